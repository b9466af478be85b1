/**
 * Ids for the definitions of glossary terms on a page: `term-glh`, then `term-glh-2`… when a term
 * is used again, so every id on the page is unique and every build gives the same ones.
 */

/**
 * The id of this definition of `termId`, counting it in `uses`: how many times each term has been
 * defined on this page so far. The page's context holds one map per page (Astro.locals.pageContext
 * .termUses), so the count starts afresh on each page and nothing is kept between pages.
 */
export function termDefinitionId(uses: Map<string, number>, termId: string): string {
  const n = (uses.get(termId) ?? 0) + 1;
  uses.set(termId, n);
  return n === 1 ? `term-${termId}` : `term-${termId}-${n}`;
}
