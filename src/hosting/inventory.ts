/**
 * What a built dist/ may hold, and the list of what this build made and checked. The build ends by
 * walking dist/ (links not followed), giving each file its kind by the rules below, and writing
 * the list with each file's SHA-256 to INVENTORY_FILE; a file that fits no rule stops the build.
 * `npm run check:dist` walks dist/ again and refuses anything not on the list or changed since.
 *
 * The kinds: the pages and data files Astro wrote for the site's routes; the host files; the
 * few files `public/` may publish; scripts, styles and raster images the bundler wrote under
 * /_astro/; the search index and script under /pagefind/. Nothing else: HTML anywhere but the
 * site's own pages, and SVG from content, are refused by name.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HOST_FILE_NAMES, INVENTORY_FILE } from './host-files.ts';

/** The only files copied from `public/` into dist/, as they are (src/validation/project-files.ts). */
export const PUBLISHED_PUBLIC_FILES: readonly string[] = ['favicon.svg'];

export { INVENTORY_FILE };

export type FileKind = 'page' | 'data' | 'host' | 'public' | 'asset' | 'search';

export interface Inventory {
  /** What the content still lacks before the site may be published (src/hosting/readiness.ts); empty when it lacks nothing. */
  unfinished: string[];
  /** Every file of dist/ but the inventory itself, with its kind and `sha256-…` of its bytes. */
  files: Record<string, { kind: FileKind; sha256: string }>;
}

const ASSET_EXTENSIONS = new Set(['.js', '.css', '.png', '.jpg', '.jpeg', '.webp', '.avif']);
const SEARCH_EXTENSIONS = new Set(['.js', '.json', '.pagefind', '.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter']);
const DATA_EXTENSIONS = new Set(['.json', '.xml', '.txt', '.png']);

const extension = (name: string) => {
  const base = name.slice(name.lastIndexOf('/') + 1);
  return base.includes('.') ? base.slice(base.lastIndexOf('.')).toLowerCase() : '';
};

/**
 * The kind of `file` (relative to dist/, "/"-separated), or why the build may not publish it.
 * `routeFiles` are the files Astro wrote for the site's routes (pages at their final place).
 */
export function kindOf(file: string, routeFiles: ReadonlySet<string>): FileKind | { problem: string } {
  const ext = extension(file);
  if (routeFiles.has(file)) {
    if (ext === '.html') return 'page';
    if (DATA_EXTENSIONS.has(ext)) return 'data';
    return { problem: `is a ${ext || 'file without an extension'} written for a route, which the site does not publish` };
  }
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') {
    return { problem: "is HTML, but not one of the site's pages: only the pages the build made may be HTML, anywhere in dist/" };
  }
  if (ext === '.svg' && file !== 'favicon.svg') {
    return { problem: 'is an SVG document the build did not make (an image beside a content file?): content may not hold SVG' };
  }
  if (HOST_FILE_NAMES.includes(file)) return 'host';
  if (PUBLISHED_PUBLIC_FILES.includes(file)) return 'public';
  if (file.startsWith('_astro/') && ASSET_EXTENSIONS.has(ext)) return 'asset';
  if (file.startsWith('pagefind/') && SEARCH_EXTENSIONS.has(ext)) return 'search';
  return {
    problem: "is not a file the build makes: nothing but the site's pages, data, assets, search index and host files may be published",
  };
}

export const sha256Of = (bytes: Buffer) => `sha256-${createHash('sha256').update(bytes).digest('base64')}`;

/** Every entry under dist/ (relative, "/"-separated, sorted), links and other odd entries flagged, not followed. */
export function distEntries(dist: string): { file: string; regular: boolean; link: boolean }[] {
  const found: { file: string; regular: boolean; link: boolean }[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const info = lstatSync(path);
      const file = relative(dist, path).split(sep).join('/');
      if (info.isDirectory()) walk(path);
      else found.push({ file, regular: info.isFile(), link: info.isSymbolicLink() });
    }
  };
  walk(dist);
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

const oddEntry = (entry: { link: boolean }) =>
  entry.link ? 'is a symbolic link: dist/ may hold only files the build wrote' : 'is not a regular file';

/** The inventory of `dist` as the build leaves it, or every file it may not publish; `unfinished` is what the content still lacks. */
export function takeInventory(
  dist: string,
  routeFiles: ReadonlySet<string>,
  unfinished: string[] = [],
): { inventory: Inventory; problems: string[] } {
  const problems: string[] = [];
  const files: Inventory['files'] = {};
  for (const entry of distEntries(dist)) {
    if (entry.file === INVENTORY_FILE) continue;
    if (!entry.regular) {
      problems.push(`dist/${entry.file}: ${oddEntry(entry)}`);
      continue;
    }
    const kind = kindOf(entry.file, routeFiles);
    if (typeof kind === 'object') problems.push(`dist/${entry.file}: ${kind.problem}`);
    else files[entry.file] = { kind, sha256: sha256Of(readFileSync(join(dist, entry.file))) };
  }
  return { inventory: { unfinished, files }, problems };
}

/** The inventory the build wrote into `dist`, or why it cannot be read. */
export function readInventory(dist: string): Inventory | { problem: string } {
  const path = join(dist, INVENTORY_FILE);
  if (!existsSync(path)) return { problem: `dist/${INVENTORY_FILE}: is missing: the build writes it last; build again (npm run build)` };
  try {
    const inventory = JSON.parse(readFileSync(path, 'utf8')) as Inventory;
    if (!inventory || typeof inventory.files !== 'object' || inventory.files === null) throw new Error('no "files"');
    if (!Array.isArray(inventory.unfinished) || !inventory.unfinished.every((item) => typeof item === 'string'))
      throw new Error('no "unfinished"');
    return inventory;
  } catch (error) {
    return { problem: `dist/${INVENTORY_FILE}: cannot be read (${(error as Error).message}): build again` };
  }
}

/** What the build recorded that the content still lacks before the site may be published (none if the inventory cannot be read: inventoryProblems says so). */
export function unfinishedIn(dist: string): string[] {
  const inventory = readInventory(dist);
  return 'problem' in inventory ? [] : inventory.unfinished;
}

/** Problems with `dist` against the inventory the build wrote: anything added, changed, missing or not allowed. */
export function inventoryProblems(dist: string): string[] {
  const inventory = readInventory(dist);
  if ('problem' in inventory) return [inventory.problem];
  const listed = new Map(Object.entries(inventory.files));
  const routeFiles = new Set([...listed].filter(([, entry]) => entry.kind === 'page' || entry.kind === 'data').map(([file]) => file));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of distEntries(dist)) {
    if (entry.file === INVENTORY_FILE) continue;
    seen.add(entry.file);
    if (!entry.regular) {
      problems.push(`dist/${entry.file}: ${oddEntry(entry)}`);
      continue;
    }
    const expected = listed.get(entry.file);
    if (!expected) {
      const kind = kindOf(entry.file, routeFiles);
      problems.push(
        `dist/${entry.file}: is not a file the build made and checked (not in ${INVENTORY_FILE})${typeof kind === 'object' ? `, and ${kind.problem}` : ''}`,
      );
      continue;
    }
    const kind = kindOf(entry.file, routeFiles);
    if (typeof kind === 'object') problems.push(`dist/${entry.file}: ${kind.problem}`);
    else if (kind !== expected.kind) problems.push(`dist/${entry.file}: is listed as ${expected.kind} but is ${kind}`);
    if (sha256Of(readFileSync(join(dist, entry.file))) !== expected.sha256)
      problems.push(`dist/${entry.file}: has changed since the build made and checked it`);
  }
  for (const file of listed.keys()) if (!seen.has(file)) problems.push(`dist/${file}: is missing (the build made it)`);
  return problems;
}
