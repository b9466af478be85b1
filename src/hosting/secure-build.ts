/**
 * The last step of a build, after the search index: each language's "page not found" moved to
 * where hosts look for it, every page checked, its small entry scripts put inline, each page given
 * its own Content-Security-Policy, and the host files written. A page that breaks the site's rules stops the build, naming the file.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { allFiles, htmlFiles } from './dist-files.ts';
import { hostFiles, NOT_SERVED_FILES, type SiteHosting } from './host-files.ts';
import { inlineEntryScripts } from './inline-scripts.ts';
import { pageNeeds, pageProblems, withPolicy } from './page-security.ts';
import { NOT_FOUND_PAGES, sitePolicy, type PageNeeds } from './policy.ts';

export interface SecureBuildReport {
  pages: number;
  siteCsp: string;
  hostFiles: string[];
}

/** Where Astro writes a language's "page not found" (cy/404/index.html) → where hosts look for it (cy/404.html). */
const notFoundMoves = () =>
  NOT_FOUND_PAGES.map(({ file }) => ({ built: file.slice(1).replace(/\.html$/, '/index.html'), file: file.slice(1) }));

/** The files Astro wrote for the site's routes (relative to dist/), with the "page not found" pages where this step puts them. */
export function routeFilesAfterMove(written: Iterable<string>): Set<string> {
  const moves = new Map(notFoundMoves().map((move) => [move.built, move.file]));
  return new Set([...written].map((file) => moves.get(file) ?? file));
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
    const others = readdirSync(folder)
      .filter((file) => file.endsWith('.js') && file !== name)
      .map((file) => readFileSync(join(folder, file), 'utf8'));
    if (!html.some((text) => text.includes(`src="${src}"`)) && !others.some((text) => text.includes(name))) rmSync(join(dist, src));
  }
}

/** The policy every page carries, from the pages as they are in `dist` now. */
export function siteCspOf(dist: string): string {
  return sitePolicy(htmlFiles(dist).map((file) => pageNeeds(readFileSync(join(dist, file), 'utf8'))));
}

/**
 * What the host files are made from: the pages' policy and every file that is not a page, those
 * of `files` (the build's inventory, say), or else those in `dist` now.
 */
export function siteHostingOf(dist: string, files: readonly string[] = allFiles(dist)): SiteHosting {
  const dataFiles = files.filter((file) => !file.endsWith('.html') && !NOT_SERVED_FILES.includes(file));
  return { siteCsp: siteCspOf(dist), dataFiles };
}

/** `routeFiles`: what Astro wrote for the site's routes, after the move (routeFilesAfterMove); any other HTML stops the build. */
export function secureBuild(dist: string, routeFiles: ReadonlySet<string>): SecureBuildReport {
  moveNotFoundPages(dist);
  const files = htmlFiles(dist);
  const strays = files.filter((file) => !routeFiles.has(file));
  if (strays.length) {
    throw new Error(
      `The built site has HTML that is not one of its pages (from public/, or beside a content file?); only the pages the build made may be HTML:\n  - ${strays.map((file) => `dist/${file}`).join('\n  - ')}`,
    );
  }
  const problems = files.flatMap((file) =>
    pageProblems(readFileSync(join(dist, file), 'utf8')).map((problem) => `dist/${file}: ${problem}`),
  );
  if (problems.length) throw new Error(`The built site breaks its Content-Security-Policy rules:\n  - ${problems.join('\n  - ')}`);

  const readScript = (src: string) => readFileSync(join(dist, src), 'utf8');
  const inlined = new Set<string>();
  const needs: PageNeeds[] = [];
  for (const file of files) {
    const path = join(dist, file);
    const page = inlineEntryScripts(readFileSync(path, 'utf8'), readScript);
    for (const src of page.inlined) inlined.add(src);
    const html = page.html;
    const pageNeed = pageNeeds(html);
    needs.push(pageNeed);
    writeFileSync(path, withPolicy(html, pageNeed));
  }
  removeUnused(dist, files, inlined);
  const hosting = siteHostingOf(dist);
  const written = Object.entries(hostFiles(hosting));
  for (const [name, text] of written) writeFileSync(join(dist, name), text);
  return { pages: files.length, siteCsp: hosting.siteCsp, hostFiles: written.map(([name]) => name) };
}
