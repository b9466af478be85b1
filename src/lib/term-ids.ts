/**
 * Ids for the definitions of glossary terms on a page: `term-glh`, then `term-glh-2`… when a term
 * is used again, so every id on the page is unique and every build gives the same ones. Pure.
 */
const usesByPage = new WeakMap<object, Map<string, number>>();

/** `page`: any object that stands for one rendering of one page (its context). */
export function termDefinitionId(page: object, termId: string): string {
  const uses = usesByPage.get(page) ?? new Map<string, number>();
  usesByPage.set(page, uses);
  const n = (uses.get(termId) ?? 0) + 1;
  uses.set(termId, n);
  return n === 1 ? `term-${termId}` : `term-${termId}-${n}`;
}
