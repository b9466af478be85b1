/**
 * Reads every structured content file (YAML, and the front matter of MDX pages) and checks it
 * against its schema before Astro loads anything, so that each mistake is reported once, as
 * `<file>:<line>:<column>: <field>: <reason>`, with the field named by the ids the author wrote.
 * Astro's content collections validate the same files with the same schemas afterwards.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { collectionSources, inCollection, type CollectionSource } from '../schemas/collections';
import { identifier } from '../schemas/localized';
import { readYaml } from './yaml-source';
import { fieldName, issuePath, type SchemaIssue } from './describe-issue';

export interface CheckOptions {
  /** What must not be published in an MDX file's text (src/mdx/), each problem with its line. */
  unsafeMdx?: (source: string) => { line: number; column: number; reason: string }[];
}

/** The schema a whole file must match: a file of entries by key is a record of them. */
export const fileSchema = (source: CollectionSource): z.ZodType => (source.entriesByKey ? z.record(identifier, source.schema) : source.schema);

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/** The YAML between an MDX file's opening `---` and the next, and the line it starts on. */
function frontMatter(text: string): { yaml: string; firstLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?(?:\n|$)/.exec(text);
  return match ? { yaml: match[1]!, firstLine: 1 } : undefined;
}

/** Problems in one file; `shown` is the file's name as messages give it. */
export function checkContentFile(shown: string, text: string, schema: z.ZodType, isFrontMatter = false): string[] {
  let yamlText = text;
  let lineOffset = 0;
  if (isFrontMatter) {
    const found = frontMatter(text);
    if (!found) return [`${shown}:1:1: front matter: is missing (start the file with --- id, slug, title, description ---)`];
    yamlText = found.yaml;
    lineOffset = found.firstLine;
  }
  const source = readYaml(yamlText, lineOffset);
  if (source.errors.length) return source.errors.map((error) => `${shown}:${error}`);

  const result = schema.safeParse(source.data);
  if (result.success) return [];
  return (result.error.issues as SchemaIssue[]).map((issue) => {
    const path = issuePath(issue);
    const { line, column } = source.positionOf(path);
    return `${shown}:${line}:${column}: ${fieldName(path, source.data)}: ${issue.message}`;
  });
}

/**
 * Every problem in the content folder `contentDir`, files named relative to `root`.
 * Files that no schema governs (notes for translators, say) are left alone.
 */
export function checkContentFiles(contentDir: string, root: string, options: CheckOptions = {}): string[] {
  const problems: string[] = [];
  for (const file of filesUnder(contentDir)) {
    const source = Object.values(collectionSources as Record<string, CollectionSource>).find(
      (candidate) => file.startsWith(`${candidate.base}/`) && inCollection(candidate, file.slice(candidate.base.length + 1)),
    );
    if (!source) continue;
    const path = join(contentDir, file);
    const shown = relative(root, path).split(sep).join('/');
    const text = readFileSync(path, 'utf8');
    problems.push(...checkContentFile(shown, text, fileSchema(source), source.mdx));
    if (file.endsWith('.mdx') && options.unsafeMdx) {
      // The front matter's own check (above) has already reported what is wrong in it: once is enough.
      const found = frontMatter(text);
      const frontMatterLines = found ? found.yaml.split('\n').length + 2 : 0;
      problems.push(
        ...options.unsafeMdx(text)
          .filter((problem) => problem.line > frontMatterLines)
          .map((problem) => `${shown}:${problem.line}:${problem.column}: ${problem.reason}`),
      );
    }
  }
  return [...new Set(problems)];
}
