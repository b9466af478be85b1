/**
 * Words that are the site's, not one pathway's (the site's name, the glossary, the interface
 * strings), must fit every pathway the site holds. With more than one pathway, a site-wide text
 * that names one of them ("the Clinical Coding pathway") would misstate the others on their own
 * pages: the content check refuses it, at its line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readYaml } from './yaml-source';

/** The files of site-wide words, under the content folder. */
const SITE_WIDE_FILES = (contentDir: string) => [
  'site/site.yaml',
  'site/glossary.yaml',
  ...(existsSync(join(contentDir, 'site/ui'))
    ? readdirSync(join(contentDir, 'site/ui'))
        .filter((name) => name.endsWith('.yaml'))
        .sort()
        .map((name) => `site/ui/${name}`)
    : []),
];

/** Every pathway's names in both languages: its title and its levels' names. */
function pathwayNames(contentDir: string): { id: string; names: string[] }[] {
  const folder = join(contentDir, 'pathways');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((id) => existsSync(join(folder, id, 'pathway.yaml')))
    .map((id) => {
      const data = readYaml(readFileSync(join(folder, id, 'pathway.yaml'), 'utf8')).data as
        | { title?: Record<string, string>; levels?: { name?: Record<string, string> }[] }
        | undefined;
      const names = [data?.title, ...(data?.levels ?? []).map((level) => level.name)].flatMap((pair) => Object.values(pair ?? {}));
      return { id, names: [...new Set(names.filter((name) => typeof name === 'string' && name.trim()))] };
    });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function siteWideWordProblems(contentDir: string, root: string): string[] {
  const pathways = pathwayNames(contentDir);
  if (pathways.length < 2) return [];
  const problems: string[] = [];
  for (const file of SITE_WIDE_FILES(contentDir)) {
    const path = join(contentDir, file);
    if (!existsSync(path)) continue;
    const shown = relative(root, path).split(sep).join('/');
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (line.trimStart().startsWith('#')) return;
        for (const { id, names } of pathways) {
          for (const name of names) {
            const found = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'iu').exec(line);
            if (found)
              problems.push(
                `${shown}:${index + 1}:${found.index + 1}: names the ${id} pathway ("${name}"), but the site holds ${pathways.length} pathways: site-wide words must fit each of them; say it of "a pathway", or move it to the pathway's own content`,
              );
          }
        }
      });
  }
  return [...new Set(problems)];
}
