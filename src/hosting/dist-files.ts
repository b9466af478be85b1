/** The files of a built site: one walker for the build steps, `npm start`, the benchmark and the tests. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every .html file under `dist`, as a path relative to it with "/" separators, sorted: in every
 * folder, so that an HTML file where no page belongs (/_astro/, /pagefind/) is seen and refused.
 */
export function htmlFiles(dist: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(path);
      } else if (entry.name.endsWith('.html')) found.push(relative(dist, path).split(sep).join('/'));
    }
  };
  walk(dist);
  return found.sort();
}

/** The address a file is served at: "en/glossary/index.html" → "/en/glossary/", "404.html" → "/404.html". */
export function urlOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Every file under `dir` (relative, "/"-separated, sorted): the search index, the assets. */
export function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
