import { describe, expect, it } from 'vitest';
import { langFromPath } from '../support/lang-from-path';
import {
  alternates,
  breadcrumbTrail,
  buildRoutes,
  featurePages,
  findRoute,
  pageUrl,
  pathwayFeatureRoutes,
  pathwayRoutes,
  routeKey,
  type PageMeta,
  type PathwayMeta,
} from '../../src/lib/routing/routes';

const pathway: PathwayMeta = {
  id: 'clinical-coding',
  slug: { en: 'clinical-coding', cy: 'codio-clinigol' },
  pages: ['overview', 'training', 'equality'],
};
const meta = (owner: string, id: string, lang: 'en' | 'cy', slug?: string): PageMeta => ({ owner, id, lang, slug, title: `${id} ${lang}` });

const pages: PageMeta[] = [
  meta('clinical-coding', 'equality', 'en', 'equality-and-diversity'),
  meta('clinical-coding', 'equality', 'cy', 'cydraddoldeb'),
  meta('clinical-coding', 'training', 'cy', 'hyfforddiant'),
  meta('clinical-coding', 'overview', 'en'),
  meta('clinical-coding', 'training', 'en', 'training'),
  meta('clinical-coding', 'overview', 'cy'),
  { ...meta('site', 'home', 'en'), navTitle: 'Home' },
  { ...meta('site', 'home', 'cy'), navTitle: 'Hafan' },
  meta('site', 'glossary', 'en', 'glossary'),
  meta('site', 'glossary', 'cy', 'geirfa'),
  meta('site', 'landing', 'en'),
  meta('site', 'not-found', 'cy'),
];

describe('pageUrl', () => {
  it("puts a pathway's first page at the pathway's own slug in each language", () => {
    expect(pageUrl(meta('clinical-coding', 'overview', 'en'), [pathway])).toBe('/en/clinical-coding/');
    expect(pageUrl(meta('clinical-coding', 'overview', 'cy'), [pathway])).toBe('/cy/codio-clinigol/');
  });
  it("uses each language's own slug for other pathway pages", () => {
    expect(pageUrl(meta('clinical-coding', 'training', 'cy', 'hyfforddiant'), [pathway])).toBe('/cy/codio-clinigol/hyfforddiant/');
  });
  it('puts the home page at /en/ and /cy/, and other site pages under them', () => {
    expect(pageUrl(meta('site', 'home', 'cy'), [pathway])).toBe('/cy/');
    expect(pageUrl(meta('site', 'glossary', 'cy', 'geirfa'), [pathway])).toBe('/cy/geirfa/');
  });
  it('gives the bilingual pages (landing, 404) no per-language URL', () => {
    expect(pageUrl(meta('site', 'landing', 'en'), [pathway])).toBeUndefined();
    expect(pageUrl(meta('site', 'not-found', 'cy'), [pathway])).toBeUndefined();
  });
  it('gives a page of an unknown pathway no URL', () => {
    expect(pageUrl(meta('nursing', 'overview', 'en'), [pathway])).toBeUndefined();
  });
});

describe('buildRoutes', () => {
  const routes = buildRoutes(pages, [pathway]);

  it('lists every page with a URL exactly once, and URLs are unique', () => {
    expect(routes).toHaveLength(10);
    expect(new Set(routes.map((r) => r.url)).size).toBe(routes.length);
    for (const route of routes) expect(route.url).toMatch(/^\/(en|cy)\/(.+\/)?$/);
  });

  it("orders a pathway's pages as pathway.yaml lists them", () => {
    expect(pathwayRoutes(routes, pathway, 'en').map((r) => r.pageId)).toEqual(['overview', 'training', 'equality']);
    expect(pathwayRoutes(routes, pathway, 'cy').map((r) => r.url)).toEqual([
      '/cy/codio-clinigol/',
      '/cy/codio-clinigol/hyfforddiant/',
      '/cy/codio-clinigol/cydraddoldeb/',
    ]);
  });

  it('gives a page and its counterpart the same key, so the toggle can find it', () => {
    expect(alternates(routes, routeKey('clinical-coding', 'equality'))).toEqual({
      en: '/en/clinical-coding/equality-and-diversity/',
      cy: '/cy/codio-clinigol/cydraddoldeb/',
    });
    expect(findRoute(routes, routeKey('site', 'glossary'), 'cy')?.url).toBe('/cy/geirfa/');
  });

  it('uses the title for navigation when there is no navTitle', () => {
    expect(findRoute(routes, routeKey('site', 'glossary'), 'en')?.navTitle).toBe('glossary en');
  });
});

describe('pathwayFeatureRoutes', () => {
  const page = (id: string) => ({ slug: { en: id, cy: `${id}-cy` }, title: { en: id, cy: `${id} cy` } });
  const routes = buildRoutes(
    [
      ...pages,
      ...featurePages('clinical-coding', 'whole-pathway', 'whole', page('whole')),
      ...featurePages('clinical-coding', 'checker', 'checker', page('check')),
      ...featurePages('clinical-coding', 'questions', 'questions', page('questions')),
    ],
    [pathway],
  );

  it('gives the pages a pathway has that are not MDX, as a reader meets them: step by step, questions, checker, whole pathway', () => {
    expect(pathwayFeatureRoutes(routes, 'clinical-coding', 'cy').map((r) => r.url)).toEqual([
      '/cy/codio-clinigol/questions-cy/',
      '/cy/codio-clinigol/check-cy/',
      '/cy/codio-clinigol/whole-cy/',
    ]);
    expect(pathwayFeatureRoutes(routes, 'nursing', 'en')).toEqual([]);
  });
});

describe('langFromPath', () => {
  it.each([
    ['/cy/geirfa/', 'cy'],
    ['/en/', 'en'],
    ['/', undefined],
    ['/fr/', undefined],
    ['/english/', undefined],
  ])('%s → %s', (path, lang) => expect(langFromPath(path)).toBe(lang));
});

describe('breadcrumbTrail', () => {
  const routes = buildRoutes(pages, [pathway]);
  const route = (owner: string, id: string, lang: 'en' | 'cy') => findRoute(routes, routeKey(owner, id), lang)!;
  it('gives the home page no trail', () => {
    expect(breadcrumbTrail(routes, route('site', 'home', 'cy'), [pathway])).toEqual([]);
  });
  it("leads from a pathway page through home and the pathway, by their short titles, in the page's language", () => {
    expect(breadcrumbTrail(routes, route('clinical-coding', 'training', 'cy'), [pathway])).toEqual([
      { title: 'Hafan', url: '/cy/' },
      { title: 'overview cy', url: '/cy/codio-clinigol/' },
    ]);
  });
  it("stops at home for the pathway's own page and for site pages", () => {
    expect(breadcrumbTrail(routes, route('clinical-coding', 'overview', 'en'), [pathway])).toEqual([{ title: 'Home', url: '/en/' }]);
    expect(breadcrumbTrail(routes, route('site', 'glossary', 'en'), [pathway])).toEqual([{ title: 'Home', url: '/en/' }]);
  });
});
