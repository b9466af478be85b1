/** Lists and reads the pages of a built site. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { distDir } from './paths';

export interface BuiltPage {
  /** The URL path the page is served at: "/en/glossary/", "/404.html". */
  url: string;
  file: string;
}

/** The pages in both languages at once: the landing page and the "page not found" pages (/404.html, /cy/404.html, /en/404.html). */
export function isBilingual(url: string): boolean {
  return url === '/' || url.endsWith('/404.html');
}

export function builtPages(root = distDir): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('_') && entry.name !== 'pagefind') walk(path);
      } else if (entry.name.endsWith('.html')) {
        const rel = relative(root, path).split(sep).join('/');
        pages.push({ url: rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`, file: path });
      }
    }
  };
  walk(root);
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}

export function readPage(page: BuiltPage): string {
  return readFileSync(page.file, 'utf8');
}
