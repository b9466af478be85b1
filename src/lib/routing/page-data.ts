/**
 * Everything the frame of a single-language page needs about where it sits, worked out once for
 * a route: its language versions, the header's links (home, search, the pathway's checker), the
 * breadcrumbs, the pathway's pages with previous and next, the date it was last updated, and the
 * page's own contents list. Pure: plain data in, plain data out (as Starlight's routing/data.ts).
 * A site page belongs to no pathway, so it has no checker link and no pathway navigation.
 */
import type { Locale } from '../i18n/locale';
import {
  alternates,
  breadcrumbTrail,
  findRoute,
  pathwayFeatureRoutes,
  pathwayRoutes,
  routeKey,
  CHECKER_PAGE_ID,
  HOME_PAGE_ID,
  SEARCH_PAGE_ID,
  SITE_OWNER,
  type Crumb,
  type PathwayMeta,
  type Route,
} from './routes';

export interface PageDataInputs {
  routes: Route[];
  pathways: (PathwayMeta & { revisionDate: string })[];
  /** When the site's own pages were last reviewed (content/site/site.yaml). */
  siteLastReviewed: string;
}

export interface PageData {
  route: Route;
  lang: Locale;
  /** The page in each language, for the toggle and `hreflang` links. */
  alternates: Partial<Record<Locale, string>>;
  homeUrl: string;
  /** Absent on the search page itself. */
  searchUrl: string | undefined;
  /** The pathway's "can I apply?" checker; absent on site pages and for a pathway without one. */
  checkerUrl: string | undefined;
  /** Links above the title, home first. */
  breadcrumbs: Crumb[];
  /** The pathway's pages in reading order, with this page's place; empty on site pages. */
  pathwayPages: Route[];
  /** The pathway's other ways in (step by step, questions, checker, whole pathway), beside its pages; empty on site pages. */
  journeyPages: Route[];
  previous: Route | undefined;
  next: Route | undefined;
  /** YYYY-MM-DD: the pathway's revision date, or the site's review date for site pages. */
  lastUpdated: string;
}

export function pageData(inputs: PageDataInputs, route: Route): PageData {
  const { routes } = inputs;
  const { lang } = route;
  const pathway = inputs.pathways.find((p) => p.id === route.owner);
  const home = findRoute(routes, routeKey(SITE_OWNER, HOME_PAGE_ID), lang);
  if (!home) throw new Error(`no home page in ${lang}`);
  const search = findRoute(routes, routeKey(SITE_OWNER, SEARCH_PAGE_ID), lang);
  const pathwayPages = pathway && route.pageType === 'page' ? pathwayRoutes(routes, pathway, lang) : [];
  const index = pathwayPages.findIndex((r) => r.key === route.key);
  return {
    route,
    lang,
    alternates: alternates(routes, route.key),
    homeUrl: home.url,
    searchUrl: search && search.key !== route.key ? search.url : undefined,
    checkerUrl: pathway && findRoute(routes, routeKey(pathway.id, CHECKER_PAGE_ID), lang)?.url,
    breadcrumbs: breadcrumbTrail(routes, route, inputs.pathways),
    pathwayPages,
    journeyPages: pathwayPages.length ? pathwayFeatureRoutes(routes, pathway!.id, lang) : [],
    previous: index > 0 ? pathwayPages[index - 1] : undefined,
    next: index >= 0 && index < pathwayPages.length - 1 ? pathwayPages[index + 1] : undefined,
    lastUpdated: pathway ? pathway.revisionDate : inputs.siteLastReviewed,
  };
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** Fewer top-level sections than this and a page needs no contents list. */
const CONTENTS_MINIMUM = 3;

/** The page's "On this page" list: its top-level sections, when it has enough to need one. */
export function contentsList(headings: readonly Heading[]): Heading[] {
  const sections = headings.filter((heading) => heading.depth === 2);
  return sections.length >= CONTENTS_MINIMUM ? sections : [];
}

/**
 * A page's <title>: its own title, then the site's name ("Entry requirements | Clinical Coding
 * apprenticeship in Wales"); the site's name alone where the page's title is the site's name (the
 * home page), so that it is never said twice.
 */
export function documentTitle(title: string, siteName: string): string {
  return title.trim() === siteName.trim() ? siteName : `${title} | ${siteName}`;
}
