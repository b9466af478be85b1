/**
 * Index-time help for Welsh mutations. Pure: strings in, strings out.
 *
 * For every Welsh word that could be a mutated form, the radical forms it could come from are
 * added to the copy of the page that the indexer reads (never to the page readers get), right
 * after the block they came from, so the match is counted in the right section. Each added word
 * carries the ROOT_MARK prefix, so the search page can tell added words from the page's own text
 * and build excerpts from the real text only.
 */
import { normaliseWord, radicalCandidates } from './welsh-mutations';

/** Prefixes each added word in the indexed text. Not a letter, so the indexer drops it from the word. */
export const ROOT_MARK = '~';

const BLOCK_END = /<\/(?:p|li|td|th|dd|dt|h[1-6]|caption|figcaption|blockquote|summary)>/gi;
const HEADING_START = /<h[1-6][\s>]/i;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'", '#x27': "'" };

/** The text of an HTML fragment, tags removed and the common entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(
      /&(#?\w+);/g,
      (whole, name: string) =>
        ENTITIES[name.toLowerCase()] ??
        (name.startsWith('#') ? String.fromCodePoint(Number(name.startsWith('#x') ? `0${name.slice(1)}` : name.slice(1))) : whole),
    );
}

/**
 * Words added to the indexed copy, each marked, as HTML: escaped, since they are text (decoded by
 * textOf) and a word such as "<!--" would otherwise hide the rest of the page from the index.
 * `weight`: how much a match on them counts (pagefind's data-pagefind-weight; 1 is running text).
 */
export function markedWordsHtml(words: string[], weight?: number): string {
  const escaped = words.map((word) => ROOT_MARK + word.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  return ` <span${weight === undefined ? '' : ` data-pagefind-weight="${weight}"`}>${escaped.join(' ')}</span> `;
}

export function wordsOf(text: string): string[] {
  return text.split(/[\s\u2019'\u2018"(),.;:!?/]+/u).filter(Boolean);
}

/**
 * Removes every element marked `data-pagefind-ignore` (the indexer skips them anyway), so no
 * radical form is added for words the index never sees.
 */
export function stripIgnored(html: string): string {
  const start = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-ignore(?:[\s=][^>]*)?>/gi;
  let out = html;
  for (let match = start.exec(out); match; match = start.exec(out)) {
    const tag = match[1]!.toLowerCase();
    const open = new RegExp(`<${tag}\\b[^>]*>|</${tag}>`, 'gi');
    open.lastIndex = match.index + match[0].length;
    let depth = 1;
    let end = out.length;
    for (let m = open.exec(out); m; m = open.exec(out)) {
      depth += m[0].startsWith('</') ? -1 : 1;
      if (depth === 0) {
        end = m.index + m[0].length;
        break;
      }
    }
    out = out.slice(0, match.index) + out.slice(end);
    start.lastIndex = match.index;
  }
  return out;
}

/** Where the `data-pagefind-body` element starts and ends (its first closing tag; it is not nested). */
function bodyRange(html: string): { start: number; end: number } | undefined {
  const start = html.search(/<[a-z]+[^>]*\sdata-pagefind-body[\s>=]/i);
  if (start < 0) return undefined;
  const tag = /^<([a-z]+)/i.exec(html.slice(start))![1]!;
  const end = html.indexOf(`</${tag}>`, start);
  return { start, end: end < 0 ? html.length : end };
}

export interface RootsResult {
  html: string;
  added: string[];
}

/**
 * Adds the radical candidates of the mutated words of the `data-pagefind-body` element, block by
 * block. A root already present (as text or added) in the same section is not added again.
 * `keep`: words to leave alone (English names). `accept`: whether a candidate is a real word
 * (the indexer asks a Welsh dictionary and the site's own Welsh words), so `oriau` does not add
 * the non-word `goriau`.
 */
export function addMutationRoots(source: string, keep?: ReadonlySet<string>, accept: (root: string) => boolean = () => true): RootsResult {
  const html = stripIgnored(source);
  const range = bodyRange(html);
  if (!range) return { html: source, added: [] };
  const { start: bodyStart, end: bodyEnd } = range;
  const added: string[] = [];
  let seen = new Set<string>();
  let out = html.slice(0, bodyStart);
  let last = bodyStart;
  const rootsFor = (segment: string): string => {
    const text = textOf(segment);
    const roots: string[] = [];
    for (const word of wordsOf(text)) seen.add(word.toLocaleLowerCase('cy'));
    for (const word of wordsOf(text)) {
      for (const root of radicalCandidates(word, keep).slice(1)) {
        if (seen.has(root) || !accept(root)) continue;
        seen.add(root);
        roots.push(root);
      }
    }
    added.push(...roots);
    return roots.length ? markedWordsHtml(roots) : '';
  };
  BLOCK_END.lastIndex = bodyStart;
  for (let match = BLOCK_END.exec(html); match && match.index < bodyEnd; match = BLOCK_END.exec(html)) {
    const end = match.index + match[0].length;
    const segment = html.slice(last, end);
    // A heading opens a new section: what came before it was handled at its own block ends.
    const heading = segment.search(HEADING_START);
    if (heading >= 0) seen = new Set();
    out += segment + rootsFor(segment);
    last = end;
  }
  out += html.slice(last);
  return { html: out, added };
}

/** The normalised words of a page's indexed body: the indexer collects them from English pages. */
export function bodyWords(html: string): string[] {
  const stripped = stripIgnored(html);
  const range = bodyRange(stripped);
  if (!range) return [];
  return wordsOf(textOf(stripped.slice(range.start, range.end)))
    .map(normaliseWord)
    .filter(Boolean);
}
