/** Every built page, parsed from dist/: languages, counterparts, head metadata, skip link, breadcrumbs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/paths';
import { content, t, sitePageTitle } from '../support/content';
import { bilingualPages, pageAt, singleLanguagePages, parsedPages, siteUrl, type ParsedPage } from '../support/site-pages';
import { visibleText } from '../support/html';
import { findRoute, routeKey, CHECKER_PAGE_ID, HOME_PAGE_ID, NOT_FOUND_PAGE_ID, SITE_OWNER } from '../../src/lib/routing/routes';
import { htmlLang, locales, otherLocale } from '../../src/lib/i18n/locale';

const { routes } = content;
const single = singleLanguagePages();
const absolute = (path: string) => new URL(path, siteUrl).href;
const counterpart = (page: ParsedPage) => findRoute(routes, page.route!.key, otherLocale(page.lang!));

describe('pages and counterparts', () => {
  it('builds every page the content defines, and no page it does not', () => {
    const built = single.map((p) => p.url).sort();
    expect(built).toEqual(routes.map((r) => r.url).sort());
    expect(
      bilingualPages()
        .map((p) => p.url)
        .sort(),
    ).toEqual(['/', '/404.html', '/cy/404.html', '/en/404.html']);
  });

  it('has the same pages in English and Welsh', () => {
    const keys = (lang: string) =>
      single
        .filter((p) => p.lang === lang)
        .map((p) => p.route!.key)
        .sort();
    expect(keys('cy')).toEqual(keys('en'));
  });

  it.each(single.map((p) => [p.url, p] as const))('%s: <html lang> and a language toggle to its counterpart', (_url, page) => {
    const other = otherLocale(page.lang!);
    expect(page.doc.querySelector('html')?.getAttribute('lang')).toBe(htmlLang[page.lang!]);
    const toggles = page.doc.querySelectorAll('a.language-toggle');
    expect(toggles).toHaveLength(1);
    const toggle = toggles[0]!;
    expect(toggle.getAttribute('href')).toBe(counterpart(page)?.url);
    expect(toggle.getAttribute('lang')).toBe(htmlLang[other]);
    expect(toggle.getAttribute('hreflang')).toBe(htmlLang[other]);
    // English pages offer "Cymraeg", Welsh pages "English": each language named in itself.
    expect(visibleText(toggle)).toBe(t[other]('language-name-self'));
  });

  it.each(single.map((p) => [p.url, p] as const))(
    '%s: hreflang alternates for both languages and x-default, canonical to itself',
    (_url, page) => {
      const alternate = (hreflang: string) =>
        page.doc
          .querySelectorAll('link[rel="alternate"]')
          .filter((l) => l.getAttribute('hreflang') === hreflang)
          .map((l) => l.getAttribute('href'));
      const urls = {
        en: page.lang === 'en' ? page.url : counterpart(page)!.url,
        cy: page.lang === 'cy' ? page.url : counterpart(page)!.url,
      };
      expect(alternate('en-GB')).toEqual([absolute(urls.en)]);
      expect(alternate('cy')).toEqual([absolute(urls.cy)]);
      expect(alternate('x-default')).toEqual([absolute(urls.en)]);
      expect(page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(absolute(page.url));
    },
  );

  it.each(bilingualPages().map((p) => [p.url, p] as const))('%s speaks both languages, each marked, with a way into each', (_url, page) => {
    const main = page.doc.querySelector('main')!;
    for (const lang of locales) {
      const section = main.querySelector(`[lang="${htmlLang[lang]}"]`);
      expect(section, `no part in ${lang}`).not.toBeNull();
      expect(visibleText(section!.querySelector('h1'))).not.toBe('');
      const home = findRoute(routes, routeKey(SITE_OWNER, 'home'), lang)!;
      expect(section!.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(home.url);
    }
    const alternate = (hreflang: string) => page.doc.querySelector(`link[rel="alternate"][hreflang="${hreflang}"]`)?.getAttribute('href');
    expect(alternate('en-GB')).toBe(absolute('/en/'));
    expect(alternate('cy')).toBe(absolute('/cy/'));
    expect(alternate('x-default')).toBe(absolute('/'));
  });
});

describe('head metadata', () => {
  const pages = parsedPages();
  it('every page has a title and a meta description', () => {
    for (const page of pages) {
      expect(visibleText(page.doc.querySelector('title')), page.url).not.toBe('');
      expect(page.doc.querySelector('meta[name="description"]')?.getAttribute('content')?.trim(), page.url).toBeTruthy();
    }
  });
  it("every page names the site's icon as a PNG the build drew from its SVG (an SVG icon costs the page a main-thread task)", () => {
    const icons = new Set(
      pages.map((page) =>
        page.doc
          .querySelectorAll('link[rel~="icon"]')
          .map((l) => `${l.getAttribute('type')} ${l.getAttribute('href')}`)
          .join(', '),
      ),
    );
    expect([...icons]).toEqual(['image/png /favicon.png']);
    const png = readFileSync(join(distDir, 'favicon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Width and height, from the PNG's header: square, and sharp on a phone's screen.
    expect(png.readUInt32BE(16)).toBe(png.readUInt32BE(20));
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(48);
  });
  /** "value: /url/, /url/" for each value more than one page has. */
  const shared = (value: (page: ParsedPage) => string) => {
    const byValue = new Map<string, string[]>();
    // /cy/404.html is /404.html served under /cy/: one page, not two.
    for (const page of pages.filter((p) => p.url !== '/cy/404.html'))
      byValue.set(value(page), [...(byValue.get(value(page)) ?? []), page.url]);
    return [...byValue].filter(([, urls]) => urls.length > 1).map(([v, urls]) => `${v}: ${urls.join(', ')}`);
  };
  it('no two pages share a title', () => {
    expect(shared((p) => visibleText(p.doc.querySelector('title')))).toEqual([]);
  });
  it('no two pages share a meta description', () => {
    expect(shared((p) => p.doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '')).toEqual([]);
  });
  it("no page's title names the site twice (the home page is titled with the site's name alone), in either language", () => {
    for (const page of single) {
      const title = visibleText(page.doc.querySelector('title'));
      const siteName = content.site.name[page.lang!];
      expect(title.split(siteName).length - 1, `${page.url}: ${title}`).toBe(1);
      expect(title === siteName || title.endsWith(` | ${siteName}`), `${page.url}: ${title}`).toBe(true);
    }
  });
  it("a page's title starts with its own heading, in its language", () => {
    for (const page of single)
      expect(visibleText(page.doc.querySelector('title')).startsWith(visibleText(page.doc.querySelector('h1'))), page.url).toBe(true);
  });
});

describe('skip link and landmarks', () => {
  const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  it.each(parsedPages().map((p) => [p.url, p] as const))('%s: the first focusable element is a skip link to <main>', (_url, page) => {
    const first = page.doc.querySelector('body')!.querySelector(focusable);
    expect(first?.classList.contains('skip-link')).toBe(true);
    const target = first!.getAttribute('href')!;
    expect(target).toMatch(/^#/);
    expect(page.doc.querySelector('main')?.getAttribute('id')).toBe(target.slice(1));
    expect(page.doc.querySelectorAll('main')).toHaveLength(1);
    expect(page.doc.querySelectorAll('h1')).toHaveLength(page.lang ? 1 : 2);
  });
});

describe('breadcrumbs', () => {
  const notHome = single.filter((p) => p.route!.key !== routeKey(SITE_OWNER, 'home'));
  it.each(notHome.map((p) => [p.url, p] as const))('%s: breadcrumbs from the home page to this page', (_url, page) => {
    const nav = page.doc.querySelector('nav.breadcrumbs');
    expect(nav, 'no breadcrumbs').not.toBeNull();
    const home = findRoute(routes, routeKey(SITE_OWNER, 'home'), page.lang!)!;
    const links = nav!.querySelectorAll('a');
    expect(links[0]?.getAttribute('href')).toBe(home.url);
    for (const link of links)
      expect(page.route!.url.startsWith(link.getAttribute('href')!), `${link.getAttribute('href')} is not above ${page.url}`).toBe(true);
    const current = nav!.querySelector('[aria-current="page"]');
    expect(visibleText(current)).toBe(page.route!.navTitle);
    expect(nav!.getAttribute('aria-label')).toBe(t[page.lang!]('breadcrumb-label'));
  });
  it('pathway pages below the pathway home link back to it', () => {
    const below = single.filter((p) => p.route!.owner !== SITE_OWNER && p.url.split('/').length > 4);
    expect(below.length).toBeGreaterThan(0);
    for (const page of below) {
      const pathwayHome = `/${page.url.split('/').slice(1, 3).join('/')}/`;
      expect(
        page.doc.querySelectorAll('nav.breadcrumbs a').map((a) => a.getAttribute('href')),
        page.url,
      ).toContain(pathwayHome);
    }
  });
});

describe('the 404 pages', () => {
  // Under /cy/ a missing page is Welsh first; under /en/ English first; anywhere else Welsh first.
  const firstLanguage = { '/404.html': 'cy', '/cy/404.html': 'cy', '/en/404.html': 'en' } as const;

  it.each(Object.entries(firstLanguage))(
    '%s says the page was not found in both languages, %s first, and links to both home pages',
    (url, first) => {
      const page = pageAt(url);
      expect(page.doc.querySelector('html')?.getAttribute('lang')).toBe(htmlLang[first]);
      const sections = page.doc.querySelectorAll('main > section');
      expect(sections.map((section) => section.getAttribute('lang'))).toEqual([htmlLang[first], htmlLang[otherLocale(first)]]);
      for (const lang of locales) {
        const section = page.doc.querySelector(`main [lang="${htmlLang[lang]}"]`);
        expect(visibleText(section?.querySelector('h1'))).toBe(sitePageTitle(NOT_FOUND_PAGE_ID, lang));
        expect(section?.querySelector(`a[href="/${lang}/"]`), `${url}: no link to /${lang}/`).not.toBeNull();
      }
      expect(visibleText(page.doc.querySelector('title'))).toBe(
        `${sitePageTitle(NOT_FOUND_PAGE_ID, first)} | ${sitePageTitle(NOT_FOUND_PAGE_ID, otherLocale(first))}`,
      );
    },
  );
});

describe('the landing page', () => {
  it('puts Welsh first, in its <title> and <html lang> too, as the Welsh Language Standards expect', () => {
    const page = pageAt('/');
    expect(page.doc.querySelector('html')?.getAttribute('lang')).toBe(htmlLang.cy);
    expect(page.doc.querySelectorAll('main > section').map((section) => section.getAttribute('lang'))).toEqual([htmlLang.cy, htmlLang.en]);
    expect(visibleText(page.doc.querySelector('title'))).toBe(`${sitePageTitle('landing', 'cy')} | ${sitePageTitle('landing', 'en')}`);
  });
});

describe('which pathway a page belongs to', () => {
  it.each(single.map((p) => [p.url, p] as const))(
    "%s: the header links to its own pathway's checker, or to none on a site page",
    (_url, page) => {
      const checker =
        page.route!.owner === SITE_OWNER ? undefined : findRoute(routes, routeKey(page.route!.owner, CHECKER_PAGE_ID), page.lang!);
      expect(page.doc.querySelector('header .header-checker a')?.getAttribute('href')).toBe(checker?.url);
    },
  );

  it.each(locales)('the %s home page links to every pathway and to its checker', (lang) => {
    const home = pageAt(findRoute(routes, routeKey(SITE_OWNER, HOME_PAGE_ID), lang)!.url);
    const links = home.doc.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    for (const pathway of content.pathways) {
      expect(links).toContain(findRoute(routes, routeKey(pathway.id, pathway.pages[0]!), lang)!.url);
      const checker = findRoute(routes, routeKey(pathway.id, CHECKER_PAGE_ID), lang);
      if (checker) expect(links).toContain(checker.url);
    }
  });
});
