/**
 * Search results as the search page shows them: one ranked list from every query's results, the
 * line with the result count, and excerpts and sections built from a page's real text. Pure: no
 * DOM, no fetch. Excerpts are returned as segments; the caller writes them as text nodes.
 */
import type { Locale } from '../i18n/locale';
import { formatCountInFigures } from '../i18n/count';
import { normaliseWord } from './welsh-mutations';
import { ROOT_MARK } from './roots';
import { fillIsolating, type Piece } from '../i18n/template';

/** A result as pagefind ranks it, before its excerpt is fetched. */
export interface FoundResult {
  id: string;
  score: number;
}

/**
 * One list from the results of every variant of a query, best first, at most `max`: a page found
 * by several variants counts once, with its best score. Pages that hold the query as typed, its
 * words together and in order (`exact`: found by exactQueries), come first: "hours a week" finds the
 * page that says so before a page that says "hours" in one place and "a week" in another, and
 * "cyflog" the page that says "cyflog" before those that say only "cyflogwr".
 */
export function rankResults<T extends FoundResult>(found: readonly T[][], exact: ReadonlySet<string>, max: number): T[] {
  const merged = new Map<string, T>();
  for (const result of found.flat()) {
    const known = merged.get(result.id);
    if (!known || known.score < result.score) merged.set(result.id, result);
  }
  return [...merged.values()].sort((a, b) => Number(exact.has(b.id)) - Number(exact.has(a.id)) || b.score - a.score).slice(0, max);
}

/** Excerpts are fetched for this many results at first; the rest when the reader asks for more. */
export const FIRST_RESULTS = 5;

/**
 * Which results to show next: the first FIRST_RESULTS, then, when the reader asks for more, all the
 * rest. `shown`: how many are shown already.
 */
export function nextBatch<T>(results: readonly T[], shown: number): T[] {
  return results.slice(shown, shown === 0 ? FIRST_RESULTS : results.length);
}

/**
 * The line that says how many results a query found, as pieces: the template's own text, and
 * the query kept apart (`isolate`) so the caller can write it in a `<bdi>` of its own. `all`:
 * the reader asked for more and every result is now shown ("Showing all 13 results for …").
 * Throws when the template needs a value it is not given.
 */
export function resultStatus(template: (key: string) => string, lang: Locale, count: number, query: string, { all = false } = {}): Piece[] {
  if (count === 0) return fillIsolating(template('search-no-results'), { query }, 'query');
  return fillIsolating(
    template(all ? 'search-count-all' : 'search-count'),
    { results: formatCountInFigures(template, lang, 'result', count), query },
    'query',
  );
}

/** A page's indexed text as pagefind splits it into words. */
export function contentWords(content: string): string[] {
  return content.split(/[^\S\uFEFF]+/);
}

/** True for a word the indexer was given but the page does not show (see ./roots). */
function isAddedWord(word: string): boolean {
  return word.startsWith(ROOT_MARK);
}

export interface Segment {
  text: string;
  mark: boolean;
}
export interface Excerpt {
  segments: Segment[];
  before: boolean;
  after: boolean;
}

const stripDiacritics = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * Positions of the real words in [start, end) that match: pagefind's own locations (it stems
 * English) that are not added words, plus any word whose normal form is one of `forms`
 * (Welsh mutated and radical forms). The last query word also matches as a prefix, as in pagefind.
 */
export function matchPositions(words: string[], forms: Set<string>, locations: number[], start = 0, end = words.length): number[] {
  const folded = new Set([...forms].map(stripDiacritics));
  const positions = new Set<number>();
  for (const location of locations) {
    if (location >= start && location < end && words[location] !== undefined && !isAddedWord(words[location]!)) positions.add(location);
  }
  for (let i = start; i < end; i++) {
    const word = words[i]!;
    if (isAddedWord(word)) continue;
    const normal = stripDiacritics(normaliseWord(word));
    if (folded.has(normal)) positions.add(i);
  }
  return [...positions].sort((a, b) => a - b);
}

/**
 * An excerpt of about `length` real words from [start, end) around the densest run of matches,
 * with the matched words marked. Added words are left out.
 */
export function buildExcerpt(words: string[], positions: number[], length = 30, start = 0, end = words.length): Excerpt {
  const real: number[] = [];
  for (let i = start; i < Math.min(end, words.length); i++) if (words[i] && !isAddedWord(words[i]!)) real.push(i);
  const marked = new Set(positions);
  let from = 0;
  if (real.length > length && positions.length) {
    let best = -1;
    for (let i = 0; i + length <= real.length; i++) {
      let count = 0;
      for (let j = i; j < i + length; j++) if (marked.has(real[j]!)) count++;
      if (count > best) {
        best = count;
        from = i;
      }
    }
    // Start a little before the first match in the window, for context.
    const firstMatch = real.slice(from, from + length).findIndex((p) => marked.has(p));
    from = Math.max(0, Math.min(from + firstMatch - 5, real.length - length));
  }
  const chosen = real.slice(from, from + length);
  const segments: Segment[] = [];
  for (const [n, position] of chosen.entries()) {
    const text = (n ? ' ' : '') + words[position]!;
    const mark = marked.has(position);
    const lastSegment = segments.at(-1);
    if (mark) {
      if (n) {
        if (lastSegment && !lastSegment.mark) lastSegment.text += ' ';
        else segments.push({ text: ' ', mark: false });
      }
      segments.push({ text: words[position]!, mark: true });
    } else if (lastSegment && !lastSegment.mark) lastSegment.text += text;
    else segments.push({ text, mark: false });
  }
  return { segments, before: from > 0, after: from + length < real.length };
}

/** A heading (or other anchor) pagefind found in a page, at a word position. */
export interface PageAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}
/** A matched word as pagefind weighs it: its weight on the page and its score for the query. */
export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}
/** A section of a page that matched, as pagefind gives it. */
export interface PageSection {
  title: string;
  url: string;
  locations: number[];
  weighted_locations?: WeightedLocation[] | undefined;
  anchor?: PageAnchor | undefined;
}
export interface RankedSection {
  section: PageSection;
  start: number;
  end: number;
  positions: number[];
}

/** A result shows at most this many of its sections. */
const MAX_SECTIONS = 3;

/**
 * The sections of a result worth showing: those with a heading of their own and a match between
 * it and the next heading, best first, at most MAX_SECTIONS. A match is a real word of the page or
 * one the indexer added (a search alias, a Welsh radical), which is never shown but says where the
 * page answers the query: "salary" finds the question about pay. Best is pagefind's own score of
 * the section's matches (words in headings and aliases count more), then the most real matches.
 */
export function bestSections(words: string[], forms: Set<string>, anchors: PageAnchor[], sections: PageSection[]): RankedSection[] {
  const headingStarts = anchors
    .filter((a) => /^h\d$/i.test(a.element))
    .map((a) => a.location)
    .sort((a, b) => a - b);
  const score = (section: PageSection, start: number, end: number) =>
    (section.weighted_locations ?? section.locations.map((location) => ({ location, balanced_score: 1 })))
      .filter(({ location }) => location >= start && location < end)
      .reduce((sum, { balanced_score }) => sum + balanced_score, 0);
  return sections
    .filter((section) => section.anchor && section.url.includes('#'))
    .map((section) => {
      const start = section.anchor!.location;
      const end = headingStarts.find((location) => location > start) ?? words.length;
      return {
        section,
        start,
        end,
        positions: matchPositions(words, forms, section.locations, start, end),
        score: score(section, start, end),
      };
    })
    .filter((ranked) => ranked.positions.length > 0 || ranked.score > 0)
    .sort((a, b) => b.score - a.score || b.positions.length - a.positions.length)
    .slice(0, MAX_SECTIONS)
    .map(({ score: _, ...ranked }) => ranked);
}
