/**
 * The whole pathway on one page: every page's sections are kept apart by prefixing their ids with
 * the page's id, and links between the pathway's pages become links within the page. Pure.
 */

/** The id on the whole-pathway page of a page (its heading) or of one of its sections. */
export function wholePathwayId(pageId: string, section?: string): string {
  return section ? `${pageId}-${section}` : pageId;
}

/** A heading of a page, one level down on the whole-pathway page, where each page's title is an h2. */
export function demotedDepth(depth: number): number {
  return Math.min(depth + 1, 6);
}
