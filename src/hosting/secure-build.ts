/**
 * The last step of a build, before the search index: each language's "page not found" moved to
 * where hosts look for it, every page checked and given its own Content-Security-Policy, and the
 * host files written. A page that breaks the site's rules stops the build, naming the file.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { htmlFiles } from './dist-files.ts';
import { hostFiles } from './host-files.ts';
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

/** The policy every response carries, from the pages as they are in `dist` now. */
export function siteCspOf(dist: string): string {
  return sitePolicy(htmlFiles(dist).map((file) => pageNeeds(readFileSync(join(dist, file), 'utf8'))));
}

export function secureBuild(dist: string): SecureBuildReport {
  moveNotFoundPages(dist);
  const files = htmlFiles(dist);
  const problems = files.flatMap((file) => pageProblems(readFileSync(join(dist, file), 'utf8')).map((problem) => `dist/${file}: ${problem}`));
  if (problems.length) throw new Error(`The built site breaks its Content-Security-Policy rules:\n  - ${problems.join('\n  - ')}`);

  const needs: PageNeeds[] = [];
  for (const file of files) {
    const path = join(dist, file);
    const html = readFileSync(path, 'utf8');
    const pageNeed = pageNeeds(html);
    needs.push(pageNeed);
    writeFileSync(path, withPolicy(html, pageNeed));
  }
  const siteCsp = sitePolicy(needs);
  const written = Object.entries(hostFiles(siteCsp));
  for (const [name, text] of written) writeFileSync(join(dist, name), text);
  return { pages: files.length, siteCsp, hostFiles: written.map(([name]) => name) };
}
