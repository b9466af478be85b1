/**
 * Where the reader is on a page, so that the language toggle can take them to the same place in
 * the other language. Section ids are the same in both languages (`## Heading {#id}`), so the
 * place is the id of the section being read and the query the page was opened with (a search, the
 * checker's answers). Pure: positions in, an address out.
 */

/** A part of the page that can be linked to, and how far its top is from the top of the screen. */
export interface Landmark {
  id: string;
  top: number;
}

/**
 * The section being read: the last one whose heading has reached the top fifth of the screen.
 * None at the top of the page, before the first heading: the other page opens at its top too.
 */
export function sectionInView(landmarks: readonly Landmark[], viewportHeight: number): string | undefined {
  const line = viewportHeight / 5;
  let current: string | undefined;
  for (const landmark of landmarks) {
    if (landmark.top <= line) current = landmark.id;
    else break;
  }
  return current;
}

/**
 * The toggle's address with the reader's place: the section in view and, when the toggle's own
 * address has no query of its own, the query of this page. Only the path of `toggleHref` is kept
 * as it is; anything else comes from this page, which is the same site.
 */
export function addressWithPlace(toggleHref: string, pageSearch: string, section: string | undefined): string {
  const hashAt = toggleHref.indexOf('#');
  const withoutHash = hashAt === -1 ? toggleHref : toggleHref.slice(0, hashAt);
  const query = withoutHash.includes('?') ? '' : pageSearch;
  return `${withoutHash}${query}${section ? `#${encodeURIComponent(section)}` : ''}`;
}
