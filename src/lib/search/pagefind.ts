/**
 * What the site tells pagefind, at build time and on every page: where the index and the search
 * script are served from, the attributes that file a pathway's pages under it, and how much the
 * words of pages that retell the pathway count.
 */

/** The address parameter and pagefind filter that narrow results to one pathway (by its id). */
export const PATHWAY_PARAM = 'pathway';
/**
 * On every page of a pathway, on an element carrying data-pathway-id and data-pathway-name: pagefind
 * files the page under its pathway's id (the filter) and keeps the pathway's name to show (meta).
 */
export const PATHWAY_FILTER_ATTRIBUTES = {
  'data-pagefind-filter': `${PATHWAY_PARAM}[data-pathway-id]`,
  'data-pagefind-meta': `${PATHWAY_PARAM}[data-pathway-name]`,
} as const;

/**
 * How much the words of pages that retell the pathway count in search (pagefind's
 * data-pagefind-weight: running text 1, an h2 6). The questions people ask and the checker's
 * checklist say again, in the reader's words, what the pathway's pages set out: they are indexed
 * so that a question finds its answer ("how long does it take"), but their text counts for half
 * of running text and a question for half of a heading, so the page that sets a thing out comes
 * first for its own terms (DBS, shifts, credit transfer, portfolio).
 */
export const SEARCH_WEIGHTS = { retelling: 0.5, question: 3 } as const;

/** Where the index and the search script are served from. */
export const PAGEFIND_DIR = 'pagefind';
export const SEARCH_SCRIPT_FILE = 'search.js';
export const PAGEFIND_URL = `/${PAGEFIND_DIR}/pagefind.js`;
export const SEARCH_SCRIPT_URL = `/${PAGEFIND_DIR}/${SEARCH_SCRIPT_FILE}`;
