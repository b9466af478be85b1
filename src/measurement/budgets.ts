/**
 * The budgets in the design (shared design.md, "Budgets"), in one place: the benchmarks
 * (npm run bench, npm run bench:scale) and every test that checks weight read them from here.
 * Bytes are gzip, as the page travels.
 */
const KB = 1024;

export const BUDGETS = {
  /** A content page on load: HTML, CSS, JavaScript and fonts. */
  contentPageBytes: 10 * KB,
  /**
   * The open data page on load: the reference for the data's reusers, its field table (every field,
   * described in the page's language) and an example document in the page. From December 2026, when
   * its table gained the markup that keeps it a table when stacked on a phone and every page its
   * one small script, the Welsh page came to 10.4 KB; every other content page is under 8 KB.
   */
  openDataPageBytes: 12 * KB,
  /** The whole pathway on one page (every page of a pathway, for printing and offline) on load. */
  wholePathwayPageBytes: 40 * KB,
  /** The JavaScript a page with a script of its own (the checker, search) may add on load. */
  pageScriptBytes: 10 * KB,
  /**
   * Scripts run on load by a page without a script of its own: one, inline, which on load only
   * listens, and acts when the reader uses the language toggle (keeping their place) or a term's
   * "?" (src/browser/page-enhancements.ts: 0.9 KB, 0.5 KB gzip, on 6 December 2026). The page
   * works as before without it.
   */
  contentPageScripts: 1,
  /** The JavaScript, gzip, that one script of a content page may be. */
  contentPageScriptBytes: 1 * KB,
  /** Requests to any origin but the site's own. */
  foreignRequests: 0,
  /** Bytes fetched for a first search, per language, with one pathway: any query in FIRST_SEARCHES. */
  firstSearchBytes: 100 * KB,
  /** Results whose excerpts (pagefind fragments) a first search fetches before the reader asks for more. */
  firstSearchExcerpts: 5,
  /** Bytes fetched for a first search, per language, with 100 pathways. */
  firstSearchBytesAtScale: 150 * KB,
  /** A full build including the search index, on the 2-core machine (printed, never asserted in tests). */
  buildSeconds: 10,
  /** A full build of 100 pathways (about 2,000 pages), and how many times one pathway's build it may take. */
  scaleBuildSeconds: 60,
  scaleBuildRatio: 9,
  /** Lighthouse, mobile: every category of every page type in both languages (median of three runs). */
  lighthouseScore: 100,
} as const;

/**
 * The first searches the budgets are held to, in each language: a word nearly every page uses (the
 * most results, so the most excerpts there could be to fetch), a word one or two pages use, and an
 * abbreviation both languages share.
 */
export const FIRST_SEARCHES: Record<'en' | 'cy', Record<'common' | 'rare' | 'shared', string>> = {
  en: { common: 'apprenticeship', rare: 'portfolio', shared: 'DBS' },
  cy: { common: 'prentisiaeth', rare: 'portffolio', shared: 'DBS' },
};

/** The page type with a budget of its own: every page of a pathway on one page. */
export const WHOLE_PATHWAY_TYPE = 'whole pathway';
/** The site's open data page (its page id). */
export const OPEN_DATA_TYPE = 'open-data';

/** Page types that have a script of their own (see ./page-types.ts). */
export const TYPES_WITH_SCRIPT: readonly string[] = ['checker', 'search'];

export interface PageLoad {
  total: number;
  jsRunBytes: number;
  scriptsRun: number;
  foreignRequests: readonly string[];
}

/** The gzip bytes a page of this type may fetch on load. */
export function loadBudgetBytes(type: string): number {
  if (type === WHOLE_PATHWAY_TYPE) return BUDGETS.wholePathwayPageBytes;
  if (type === OPEN_DATA_TYPE) return BUDGETS.openDataPageBytes;
  return BUDGETS.contentPageBytes + (TYPES_WITH_SCRIPT.includes(type) ? BUDGETS.pageScriptBytes : 0);
}

/** What a page of this type breaks of its budgets on load, in words; empty when it keeps them all. */
export function loadBudgetProblems(type: string, load: PageLoad): string[] {
  const problems: string[] = [];
  const hasScript = TYPES_WITH_SCRIPT.includes(type);
  const bytes = loadBudgetBytes(type);
  if (load.total > bytes) problems.push(`loads ${load.total} B gzip (budget ${bytes} B)`);
  if (hasScript && load.jsRunBytes > BUDGETS.pageScriptBytes)
    problems.push(`runs ${load.jsRunBytes} B gzip of JavaScript (budget ${BUDGETS.pageScriptBytes} B)`);
  if (!hasScript && load.scriptsRun > BUDGETS.contentPageScripts)
    problems.push(`runs ${load.scriptsRun} scripts on load (budget ${BUDGETS.contentPageScripts})`);
  if (!hasScript && load.jsRunBytes > BUDGETS.contentPageScriptBytes)
    problems.push(`runs ${load.jsRunBytes} B gzip of JavaScript (budget ${BUDGETS.contentPageScriptBytes} B)`);
  if (load.foreignRequests.length > BUDGETS.foreignRequests) problems.push(`requests another origin: ${load.foreignRequests.join(', ')}`);
  return problems;
}
