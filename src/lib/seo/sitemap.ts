/**
 * sitemap.xml and robots.txt, from the routes: every page once, with its address in each language
 * as hreflang alternates (the same set its <head> gives), and the bilingual landing page as the
 * x-default of the home pages. Pure. (@astrojs/sitemap pairs pages by a shared path under each
 * language's folder; this site's Welsh pages have Welsh addresses, so it could not pair them.)
 */
import { alternates, findRoute, routeKey, HOME_PAGE_ID, SITE_OWNER, type Route } from '../routing/routes';
import { defaultLocale, htmlLang, locales } from '../i18n/locale';

const SITEMAP_PATH = '/sitemap.xml';

export interface SitemapEntry {
  loc: string;
  /** hreflang → absolute address. */
  alternates: [string, string][];
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function sitemapEntries(routes: Route[], site: URL): SitemapEntry[] {
  const absolute = (path: string) => new URL(path, site).href;
  const languagesOf = (urls: Partial<Record<string, string>>): [string, string][] =>
    locales.filter((lang) => urls[lang]).map((lang) => [htmlLang[lang], absolute(urls[lang]!)]);
  const home = alternates(routes, routeKey(SITE_OWNER, HOME_PAGE_ID));
  const landing: SitemapEntry = { loc: absolute('/'), alternates: [...languagesOf(home), ['x-default', absolute('/')]] };
  const pages = routes.map((route) => {
    const urls = alternates(routes, route.key);
    const fallback = urls[defaultLocale];
    return {
      loc: absolute(route.url),
      alternates: [...languagesOf(urls), ...(fallback ? [['x-default', absolute(fallback)] as [string, string]] : [])],
    };
  });
  return findRoute(routes, routeKey(SITE_OWNER, HOME_PAGE_ID), defaultLocale) ? [landing, ...pages] : pages;
}

export function sitemapXml(entries: SitemapEntry[]): string {
  const urls = entries.map((entry) =>
    [
      '  <url>',
      `    <loc>${escapeXml(entry.loc)}</loc>`,
      ...entry.alternates.map(([hreflang, href]) => `    <xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(href)}"/>`),
      '  </url>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

export function robotsTxt(site: URL): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_PATH, site).href}\n`;
}
