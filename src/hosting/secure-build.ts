/**
 * The last step of a build, before the search index: each language's "page not found" moved to
 * where hosts look for it, every page checked, its small entry scripts put inline, each page given
 * its own Content-Security-Policy, and the host files written. A page that breaks the site's rules stops the build, naming the file.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { htmlFiles } from './dist-files.ts';
import { hostFiles } from './host-files.ts';
import { inlineEntryScripts } from './inline-scripts.ts';
import { pageNeeds, pageProblems, withPolicy } from './page-security.ts';
import { NOT_FOUND_PAGES, sitePolicy, type PageNeeds } from './policy.ts';

export interface SecureBuildReport {
  pages: number;
  siteCsp: string;
  hostFiles: string[];
}

/** Astro writes a page at /cy/404/index.html; hosts look for /cy/404.html. */
function moveNotFoundPages(dist: string): void {
  for (const { file } of NOT_FOUND_PAGES) {
    const built = join(dist, file.replace(/\.html$/, '/index.html'));
    if (!existsSync(built)) throw new Error(`dist${file}: the build made no "page not found" for this language (expected ${built})`);
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    renameSync(built, join(dist, file));
    rmdirSync(dirname(built));
  }
}

/** Script files now only inside pages: no page loads them and no other script imports them. */
function removeUnused(dist: string, pages: string[], scripts: Set<string>): void {
  const html = pages.map((file) => readFileSync(join(dist, file), 'utf8'));
  for (const src of scripts) {
    const folder = dirname(join(dist, src));
    const name = basename(src);
    const others = readdirSync(folder).filter((file) => file.endsWith('.js') && file !== name).map((file) => readFileSync(join(folder, file), 'utf8'));
    if (!html.some((text) => text.includes(`src="${src}"`)) && !others.some((text) => text.includes(name))) rmSync(join(dist, src));
  }
}

/** The policy every response carries, from the pages as they are in `dist` now. */
export function siteCspOf(dist: string): string {
  return sitePolicy(htmlFiles(dist).map((file) => pageNeeds(readFileSync(join(dist, file), 'utf8'))));
}

export function secureBuild(dist: string): SecureBuildReport {
  moveNotFoundPages(dist);
  const files = htmlFiles(dist);
  const problems = files.flatMap((file) => pageProblems(readFileSync(join(dist, file), 'utf8')).map((problem) => `dist/${file}: ${problem}`));
  if (problems.length) throw new Error(`The built site breaks its Content-Security-Policy rules:\n  - ${problems.join('\n  - ')}`);

  const readScript = (src: string) => readFileSync(join(dist, src), 'utf8');
  const inlined = new Set<string>();
  const needs: PageNeeds[] = [];
  for (const file of files) {
    const path = join(dist, file);
    const page = inlineEntryScripts(readFileSync(path, 'utf8'), readScript);
    page.inlined.forEach((src) => inlined.add(src));
    const html = page.html;
    const pageNeed = pageNeeds(html);
    needs.push(pageNeed);
    writeFileSync(path, withPolicy(html, pageNeed));
  }
  removeUnused(dist, files, inlined);
  const siteCsp = sitePolicy(needs);
  const written = Object.entries(hostFiles(siteCsp));
  for (const [name, text] of written) writeFileSync(join(dist, name), text);
  return { pages: files.length, siteCsp, hostFiles: written.map(([name]) => name) };
}
