/**
 * The budgets in the design (shared design.md, "Budgets"), in one place: the benchmark
 * (scripts/benchmark.mjs) and every test that checks weight read them from here.
 * Bytes are gzip, as the page travels.
 */
const KB = 1024;

export const BUDGETS = {
  /** A content page on load: HTML, CSS, JavaScript and fonts. */
  contentPageBytes: 10 * KB,
  /** The whole pathway on one page (every page of a pathway, for printing and offline) on load. */
  wholePathwayPageBytes: 40 * KB,
  /** The JavaScript a page with a script of its own (the checker, search) may add on load. */
  pageScriptBytes: 10 * KB,
  /** Bytes fetched for a first search, per language, with one pathway. */
  firstSearchBytes: 100 * KB,
  /** A full build including the search index, on the 2-core machine (printed, never asserted in tests). */
  buildSeconds: 10,
} as const;
