/**
 * The built site as the tests see it: each page of dist/ parsed once, with the route the content
 * says it should be (for the per-language pages) or marked bilingual (the landing and 404 pages).
 */
import { HtmlValidate } from 'html-validate';
import { builtPages, isBilingual, readPage, type BuiltPage } from './built-pages';
import { parseHtml, type HTMLElement } from './html';
import { content } from './content';
import type { Route } from '../../src/lib/routing/routes';
import { langFromPath } from './lang-from-path';
import type { Locale } from '../../src/lib/i18n/locale';
import astroConfig from '../../astro.config.mjs';

export const siteUrl = new URL(astroConfig.site!);

export interface ParsedPage extends BuiltPage {
  html: string;
  doc: HTMLElement;
  /** Undefined on the pages that are in both languages at once (/, /404.html, /cy/404.html, /en/404.html). */
  lang: Locale | undefined;
  route: Route | undefined;
}

let cached: ParsedPage[] | undefined;
export function parsedPages(): ParsedPage[] {
  if (cached) return cached;
  const { routes } = content;
  cached = builtPages().map((page) => {
    const html = readPage(page);
    return {
      ...page,
      html,
      doc: parseHtml(html),
      lang: isBilingual(page.url) ? undefined : langFromPath(page.url),
      route: routes.find((r) => r.url === page.url),
    };
  });
  return cached;
}

export const singleLanguagePages = () => parsedPages().filter((p) => p.lang !== undefined);
export const bilingualPages = () => parsedPages().filter((p) => p.lang === undefined);

export function pageAt(url: string): ParsedPage {
  const page = parsedPages().find((p) => p.url === url);
  if (!page) throw new Error(`${url} was not built`);
  return page;
}

export { HtmlValidate };
