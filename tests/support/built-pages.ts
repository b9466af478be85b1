/** Lists and reads the pages of a built site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles, urlOf } from '../../src/hosting/dist-files';
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
  return htmlFiles(root)
    .map((file) => ({ url: urlOf(file), file: join(root, file) }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

export function readPage(page: BuiltPage): string {
  return readFileSync(page.file, 'utf8');
}
