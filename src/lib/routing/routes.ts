/**
 * Where every page lives, in each language. Pure: the same inputs always give the same URLs,
 * so the language toggle, breadcrumbs, navigation and link checks all agree.
 */
import type { Locale } from '../i18n/locale';
import { locales } from '../i18n/locale';

/**
 * Whom a page (or a share image) belongs to, its `owner`: a pathway's id, or this for the site's
 * own pages, which belong to no pathway. An owner is a plain string, as a pathway's id is.
 */
export const SITE_OWNER = 'site';
/** The site's own pages (not a pathway's) that have a fixed place. */
export const HOME_PAGE_ID = 'home';
export const NOT_FOUND_PAGE_ID = 'not-found';
/** Site pages about the site itself, linked from the footer and the search page's contents. */
export const SITE_INFO_PAGE_IDS: readonly string[] = ['glossary', 'accessibility', 'open-data'];
/** Site pages shown in both languages at once, at one URL each (`/` and `/404.html`). */
export const LANDING_PAGE_ID = 'landing';
export const BILINGUAL_PAGE_IDS: readonly string[] = [LANDING_PAGE_ID, NOT_FOUND_PAGE_ID];
/** A pathway's eligibility checker: not an MDX page, but a route like one (`/en/<pathway>/check/`). */
export const CHECKER_PAGE_ID = 'checker';
export const SEARCH_PAGE_ID = 'search';
/** A pathway's journey pages: not MDX pages, but routes like the checker's (`/en/<pathway>/step-by-step/`). */
export const STEPS_PAGE_ID = 'step-by-step';
export const QUESTIONS_PAGE_ID = 'questions';
export const WHOLE_PATHWAY_PAGE_ID = 'whole-pathway';

export interface PageMeta {
  /** The pathway's id, or SITE_OWNER for the site's own pages. */
  owner: string;
  id: string;
  lang: Locale;
  slug?: string | undefined;
  title: string;
  navTitle?: string | undefined;
  /** "page" (the default): rendered from MDX; any other type by its own page file (ROUTE_FILES). */
  pageType?: PageType | undefined;
}

/** What a page is, and so which page file renders it (ROUTE_FILES). */
export type PageType = 'page' | 'checker' | 'steps' | 'questions' | 'whole';

/**
 * The page file (under src/pages/) that renders each type of page, and the name of the param
 * that file is named by: a route gives its file `{ lang, [param] }`, with `pathway` too for a
 * pathway's own pages. A new type of page needs an entry here and its file (src/README.md,
 * "Adding a page type").
 */
export const ROUTE_FILES = {
  page: { file: '[lang]/[...path].astro', param: 'path' },
  checker: { file: '[lang]/[pathway]/[checker].astro', param: 'checker' },
  steps: { file: '[lang]/[pathway]/[steps].astro', param: 'steps' },
  questions: { file: '[lang]/[pathway]/[questions].astro', param: 'questions' },
  whole: { file: '[lang]/[pathway]/[whole].astro', param: 'whole' },
} as const satisfies Record<PageType, { file: string; param: string }>;

export interface PathwayMeta {
  id: string;
  slug: Record<Locale, string>;
  /** Page ids in reading order; the first is the pathway's own home page. */
  pages: string[];
}

export interface Route {
  /** The same for a page and its counterpart in the other language. */
  key: string;
  /** The pathway's id, or SITE_OWNER for the site's own pages. */
  owner: string;
  pageId: string;
  lang: Locale;
  /** Always starts and ends with "/". */
  url: string;
  title: string;
  navTitle: string;
  pageType: PageType;
  /**
   * The route's parameters for its page file (ROUTE_FILES): `[lang]/[...path].astro` takes
   * { lang, path }, `[lang]/[pathway]/[checker].astro` takes { lang, pathway, checker }, and so on.
   */
  params: Record<string, string | undefined>;
}

function paramsOf(pageType: PageType, url: string): Record<string, string | undefined> {
  const [lang, ...rest] = url.split('/').filter(Boolean);
  const { param } = ROUTE_FILES[pageType];
  if (pageType !== 'page') return { lang, pathway: rest[0], [param]: rest[1] };
  return { lang, [param]: rest.join('/') || undefined };
}

/** The checker's page in each language, for a pathway whose checker has these slugs and titles. */
export function checkerPages(owner: string, checker: { slug: Record<Locale, string>; title: Record<Locale, string> }): PageMeta[] {
  return featurePages(owner, CHECKER_PAGE_ID, 'checker', checker);
}

/** A pathway page that is not MDX (the checker, the step by step …) in each language. */
export function featurePages(
  owner: string,
  id: string,
  pageType: Exclude<PageType, 'page'>,
  page: { slug: Record<Locale, string>; title: Record<Locale, string> },
): PageMeta[] {
  return locales.map((lang) => ({ owner, id, lang, slug: page.slug[lang], title: page.title[lang], pageType }));
}

export function routeKey(owner: string, pageId: string): string {
  return `${owner}:${pageId}`;
}

export function pageUrl(page: PageMeta, pathways: PathwayMeta[]): string | undefined {
  const segments: string[] = [page.lang];
  if (page.owner === SITE_OWNER) {
    if (BILINGUAL_PAGE_IDS.includes(page.id)) return undefined;
    if (page.id !== HOME_PAGE_ID) segments.push(page.slug ?? page.id);
  } else {
    const pathway = pathways.find((p) => p.id === page.owner);
    if (!pathway) return undefined;
    segments.push(pathway.slug[page.lang]);
    if (pathway.pages[0] !== page.id) segments.push(page.slug ?? page.id);
  }
  return `/${segments.join('/')}/`;
}

/** Every page that has a URL, pathway pages in the order their pathway lists them. */
export function buildRoutes(pages: PageMeta[], pathways: PathwayMeta[]): Route[] {
  const order = (page: PageMeta) => {
    const pathway = pathways.find((p) => p.id === page.owner);
    return pathway ? pathway.pages.indexOf(page.id) : -1;
  };
  return pages
    .map((page) => ({ page, url: pageUrl(page, pathways) }))
    .filter((entry): entry is { page: PageMeta; url: string } => entry.url !== undefined)
    .sort((a, b) => a.page.owner.localeCompare(b.page.owner) || order(a.page) - order(b.page) || a.url.localeCompare(b.url))
    .map(({ page, url }) => ({
      key: routeKey(page.owner, page.id),
      owner: page.owner,
      pageId: page.id,
      lang: page.lang,
      url,
      title: page.title,
      navTitle: page.navTitle ?? page.title,
      pageType: page.pageType ?? 'page',
      params: paramsOf(page.pageType ?? 'page', url),
    }));
}

/** What an Astro page file's getStaticPaths returns for the routes of one type of page. */
export function staticPaths(
  routes: Route[],
  pageType: PageType,
): { params: Record<string, string | undefined>; props: { route: Route } }[] {
  return routes.filter((route) => route.pageType === pageType).map((route) => ({ params: route.params, props: { route } }));
}

export function findRoute(routes: Route[], key: string, lang: Locale): Route | undefined {
  return indexOf(routes).get(`${lang} ${key}`);
}

// Every page looks up several routes among all of them: each list of routes is indexed once, by
// language and key, so a build of many pathways does not search the whole list each time. Route
// lists are built once and never changed, so an index stays right for its list.
const indexes = new WeakMap<Route[], Map<string, Route>>();
function indexOf(routes: Route[]): Map<string, Route> {
  let index = indexes.get(routes);
  if (!index) {
    index = new Map();
    // The first route of a key and language wins, as Array.find would give.
    for (const route of [...routes].reverse()) index.set(`${route.lang} ${route.key}`, route);
    indexes.set(routes, index);
  }
  return index;
}

/** The same page in each language, for the toggle and `hreflang` links. */
export function alternates(routes: Route[], key: string): Partial<Record<Locale, string>> {
  const result: Partial<Record<Locale, string>> = {};
  for (const lang of locales) {
    const route = findRoute(routes, key, lang);
    if (route) result[lang] = route.url;
  }
  return result;
}

/** A pathway's pages in reading order, in one language. */
export function pathwayRoutes(routes: Route[], pathway: PathwayMeta, lang: Locale): Route[] {
  return pathway.pages
    .map((pageId) => findRoute(routes, routeKey(pathway.id, pageId), lang))
    .filter((route): route is Route => route !== undefined);
}

/**
 * A pathway's pages that are not MDX, those it has, in the order a reader meets them: the step by
 * step, the questions people ask, the checker, the whole pathway on one page.
 */
export function pathwayFeatureRoutes(routes: Route[], pathwayId: string, lang: Locale): Route[] {
  return [STEPS_PAGE_ID, QUESTIONS_PAGE_ID, CHECKER_PAGE_ID, WHOLE_PATHWAY_PAGE_ID]
    .map((pageId) => findRoute(routes, routeKey(pathwayId, pageId), lang))
    .filter((route): route is Route => route !== undefined);
}

export interface Crumb {
  title: string;
  url: string;
}

/**
 * The links above a page's title: the home page, then the pathway's own page for any other page
 * of the pathway (its checker included), each by its short title (navTitle). The home page has none.
 */
export function breadcrumbTrail(routes: Route[], route: Route, pathways: PathwayMeta[]): Crumb[] {
  const home = findRoute(routes, routeKey(SITE_OWNER, HOME_PAGE_ID), route.lang);
  if (!home || route.key === home.key) return [];
  const trail: Crumb[] = [{ title: home.navTitle, url: home.url }];
  const pathway = pathways.find((p) => p.id === route.owner);
  const pathwayHome = pathway && findRoute(routes, routeKey(pathway.id, pathway.pages[0]!), route.lang);
  if (pathwayHome && pathwayHome.key !== route.key) trail.push({ title: pathwayHome.navTitle, url: pathwayHome.url });
  return trail;
}
