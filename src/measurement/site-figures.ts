/**
 * The figures the budgets are held to, for a built site: every page opened in Chromium with its
 * cache turned off (grouped by type and language, the heaviest page of each group reported), a
 * first search in each language, and each checker started.
 */
import { BUDGETS, FIRST_SEARCHES, loadBudgetProblems } from './budgets.ts';
import { measureCheckerStart, measureFirstSearch, measureLoad, openSite, type LoadFigures } from './measure.ts';
import { typedPages, type Lang } from './page-types.ts';

export interface GroupFigures {
  type: string;
  lang: Lang;
  pages: number;
  /** The heaviest page of the group on load. */
  heaviest: LoadFigures;
  /** The most scripts and JavaScript any page of the group ran on load. */
  scriptsRun: number;
  jsRunBytes: number;
  problems: string[];
  /** Errors on load of any page of the group: Content-Security-Policy violations, console errors, uncaught errors. */
  errors: string[];
  /** What the scripts of any page of the group changed in its document on load. */
  changesOnLoad: string[];
}

export interface SearchFigures {
  lang: 'en' | 'cy';
  /** Which of the budgets' first searches (FIRST_SEARCHES): common, rare or shared. */
  kind: string;
  query: string;
  url: string;
  bytes: number;
  requests: number;
  /** Results whose excerpts were fetched (pagefind fragments). */
  fragments: number;
  /** Results shown. */
  results: number;
  /** Whether the page offers more results ("Show more results"). */
  more: boolean;
  problems: string[];
}

/** A checker started from its start page: what pressing Start fetches, and the JavaScript of loader and checker together. */
export interface CheckerStartFigures {
  lang: Lang;
  url: string;
  bytes: number;
  requests: number;
  jsBytes: number;
  problems: string[];
}

export interface SiteFigures {
  groups: GroupFigures[];
  searches: SearchFigures[];
  checkerStarts: CheckerStartFigures[];
  problems: string[];
}

/**
 * Pages measured at once, each in a tab of its own with its cache off. Only bytes and counts are
 * measured, never time, so measuring several at once changes no figure; it overlaps the wait for
 * the network to settle after each load.
 */
const AT_ONCE = 4;

/** `fn` over `items`, `limit` at a time, the results in the order of `items`. */
async function inTurn<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export async function measureSite(dist: string, content: string): Promise<SiteFigures> {
  const pages = typedPages(dist, content);
  const site = await openSite(dist);
  try {
    const loads = new Map<string, { type: string; lang: Lang; figures: LoadFigures[] }>();
    const loaded = await inTurn(pages, AT_ONCE, (page) => measureLoad(site, page.url));
    pages.forEach((page, i) => {
      const key = `${page.type}\u0000${page.lang}`;
      const group = loads.get(key) ?? { type: page.type, lang: page.lang, figures: [] };
      group.figures.push(loaded[i]!);
      loads.set(key, group);
    });
    const groups = [...loads.values()].map(({ type, lang, figures }) => {
      const problems = figures.flatMap((load) => loadBudgetProblems(type, load).map((problem) => `${load.url} ${problem}`));
      return {
        type,
        lang,
        pages: figures.length,
        heaviest: figures.reduce((a, b) => (b.total > a.total ? b : a)),
        scriptsRun: Math.max(...figures.map((f) => f.scriptsRun)),
        jsRunBytes: Math.max(...figures.map((f) => f.jsRunBytes)),
        problems,
        errors: figures.flatMap((load) => load.errors.map((error) => `${load.url} ${error}`)),
        changesOnLoad: figures.flatMap((load) => load.changesOnLoad.map((change) => `${load.url} ${change}`)),
      };
    });
    const searchesToMake = (['en', 'cy'] as const).flatMap((lang) => {
      const searchPage = pages.find((page) => page.type === 'search' && page.lang === lang);
      return searchPage ? Object.entries(FIRST_SEARCHES[lang]).map(([kind, query]) => ({ lang, kind, query, url: searchPage.url })) : [];
    });
    const searches: SearchFigures[] = await inTurn(searchesToMake, AT_ONCE, async ({ lang, kind, query, url }) => {
      const figures = await measureFirstSearch(site, url, query);
      const first = `a first search on ${url} for "${query}"`;
      const problems = [
        ...(figures.bytes > BUDGETS.firstSearchBytes
          ? [`${first} fetches ${figures.bytes} B gzip (budget ${BUDGETS.firstSearchBytes} B)`]
          : []),
        ...(figures.fragments > BUDGETS.firstSearchExcerpts
          ? [
              `${first} fetches ${figures.fragments} results' excerpts before the reader asks for more (budget ${BUDGETS.firstSearchExcerpts})`,
            ]
          : []),
        ...(figures.results === 0 ? [`${first} found nothing`] : []),
      ];
      return { lang, kind, query, url, ...figures, problems };
    });
    const checkerStarts: CheckerStartFigures[] = await inTurn(
      pages.filter((page) => page.type === 'checker'),
      AT_ONCE,
      async (checkerPage) => {
        const { started, ...figures } = await measureCheckerStart(site, checkerPage.url);
        const problems = [
          ...(started ? [] : [`${checkerPage.url}: pressing Start did not bring up the first question`]),
          ...(figures.jsBytes > BUDGETS.pageScriptBytes
            ? [`${checkerPage.url} runs ${figures.jsBytes} B gzip of JavaScript once started (budget ${BUDGETS.pageScriptBytes} B)`]
            : []),
        ];
        return { lang: checkerPage.lang, url: checkerPage.url, ...figures, problems };
      },
    );
    return {
      groups,
      searches,
      checkerStarts,
      problems: [...groups.flatMap((g) => g.problems), ...searches.flatMap((s) => s.problems), ...checkerStarts.flatMap((c) => c.problems)],
    };
  } finally {
    await site.close();
  }
}
