/**
 * The figures the budgets are held to, for a built site: every page opened in Chromium with an
 * empty cache (grouped by type and language, the heaviest page of each group reported), a
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

export async function measureSite(dist: string, content: string, { firstSearchBudget = BUDGETS.firstSearchBytes } = {}): Promise<SiteFigures> {
  const pages = typedPages(dist, content);
  const site = await openSite(dist);
  try {
    const loads = new Map<string, { type: string; lang: Lang; figures: LoadFigures[] }>();
    for (const page of pages) {
      const key = `${page.type}\u0000${page.lang}`;
      const group = loads.get(key) ?? { type: page.type, lang: page.lang, figures: [] };
      group.figures.push(await measureLoad(site, page.url));
      loads.set(key, group);
    }
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
      };
    });
    const searches: SearchFigures[] = [];
    for (const lang of ['en', 'cy'] as const) {
      const searchPage = pages.find((page) => page.type === 'search' && page.lang === lang);
      if (!searchPage) continue;
      for (const [kind, query] of Object.entries(FIRST_SEARCHES[lang])) {
        const figures = await measureFirstSearch(site, searchPage.url, query);
        const first = `a first search on ${searchPage.url} for "${query}"`;
        const problems = [
          ...(figures.bytes > firstSearchBudget ? [`${first} fetches ${figures.bytes} B gzip (budget ${firstSearchBudget} B)`] : []),
          ...(figures.fragments > BUDGETS.firstSearchExcerpts ? [`${first} fetches ${figures.fragments} results' excerpts before the reader asks for more (budget ${BUDGETS.firstSearchExcerpts})`] : []),
          ...(figures.results === 0 ? [`${first} found nothing`] : []),
        ];
        searches.push({ lang, kind, query, url: searchPage.url, ...figures, problems });
      }
    }
    const checkerStarts: CheckerStartFigures[] = [];
    for (const checkerPage of pages.filter((page) => page.type === 'checker')) {
      const { started, ...figures } = await measureCheckerStart(site, checkerPage.url);
      const problems = [
        ...(started ? [] : [`${checkerPage.url}: pressing Start did not bring up the first question`]),
        ...(figures.jsBytes > BUDGETS.pageScriptBytes ? [`${checkerPage.url} runs ${figures.jsBytes} B gzip of JavaScript once started (budget ${BUDGETS.pageScriptBytes} B)`] : []),
      ];
      checkerStarts.push({ lang: checkerPage.lang, url: checkerPage.url, ...figures, problems });
    }
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
