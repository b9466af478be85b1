/**
 * The files the build may publish from the project, checked before Astro reads anything: no
 * symbolic link under `public/` or the content folder (Astro follows them, and would publish
 * whatever they point at: the checkout's .git/config, a home folder), only the files
 * PUBLISHED_PUBLIC_FILES names in `public/`, and in the content folder only text the site
 * checks and raster images. An SVG is a document that can run script and redirect, so content
 * may not hold one: a diagram is published as a PNG.
 */
import { lstatSync, readdirSync, readlinkSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PUBLISHED_PUBLIC_FILES } from '../hosting/inventory.ts';

/** Content files: text the content check reads, and images a page may show. */
const CONTENT_EXTENSIONS = new Set(['.yaml', '.mdx', '.md', '.png', '.jpg', '.jpeg', '.webp', '.avif']);

const extension = (name: string) => (name.includes('.') ? name.slice(name.lastIndexOf('.')).toLowerCase() : '');

/** Every entry under `dir`, not following links: [path relative to `dir`, is a link, is a file]. */
function entriesUnder(dir: string): { path: string; link: boolean; file: boolean }[] {
  if (!existsSync(dir)) return [];
  const found: { path: string; link: boolean; file: boolean }[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const info = lstatSync(path);
      if (info.isSymbolicLink()) found.push({ path, link: true, file: false });
      else if (info.isDirectory()) walk(path);
      else found.push({ path, link: false, file: info.isFile() });
    }
  };
  walk(dir);
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

function linkProblem(shown: string, path: string): string {
  let target = '';
  try {
    target = ` (to ${readlinkSync(path)})`;
  } catch {
    // Unreadable link: the message still names it.
  }
  return `${shown}: is a symbolic link${target}: the build publishes only files that are in the project itself, never what a link points at; put the file itself here, or remove the link`;
}

function contentFileProblem(shown: string, name: string): string | undefined {
  const ext = extension(name);
  if (ext === '.svg')
    return `${shown}: is an SVG image, which content may not hold: an SVG is a document that can run script and send the reader elsewhere; export the picture as a PNG and use that`;
  if (!CONTENT_EXTENSIONS.has(ext)) return `${shown}: is not a kind of file content may hold (${[...CONTENT_EXTENSIONS].join(', ')})`;
  return undefined;
}

/** Every problem with the files under `public/` and `contentDir`, named relative to `root`; none means the build may go on. */
export function projectFileProblems(root: string, contentDir: string): string[] {
  const shown = (path: string) => relative(root, path).split(sep).join('/');
  const problems: string[] = [];
  const publicDir = join(root, 'public');
  for (const entry of entriesUnder(publicDir)) {
    const name = relative(publicDir, entry.path).split(sep).join('/');
    if (entry.link) problems.push(linkProblem(shown(entry.path), entry.path));
    else if (!PUBLISHED_PUBLIC_FILES.includes(name)) {
      problems.push(
        `${shown(entry.path)}: is not one of the files public/ may publish (${PUBLISHED_PUBLIC_FILES.join(', ')}): everything else the site serves is made by the build; add a file to PUBLISHED_PUBLIC_FILES in src/hosting/inventory.ts only if it must be served as it is`,
      );
    }
  }
  for (const entry of entriesUnder(contentDir)) {
    if (entry.link) problems.push(linkProblem(shown(entry.path), entry.path));
    else if (!entry.file) problems.push(`${shown(entry.path)}: is not a regular file`);
    else {
      const problem = contentFileProblem(shown(entry.path), entry.path);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}
