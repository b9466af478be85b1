/**
 * Index-time help for Welsh mutations. Pure: strings in, strings out.
 *
 * For every Welsh word that could be a mutated form, the radical forms it could come from are
 * added to the copy of the page that the indexer reads (never to the page readers get), right
 * after the block they came from, so the match is counted in the right section. Each added word
 * carries the ROOT_MARK prefix, so the search page can tell added words from the page's own text
 * and build excerpts from the real text only.
 */
import { radicalCandidates } from './welsh-mutations';

/** Prefixes each added word in the indexed text. Not a letter, so the indexer drops it from the word. */
export const ROOT_MARK = '~';

const BLOCK_END = /<\/(?:p|li|td|th|dd|dt|h[1-6]|caption|figcaption|blockquote|summary)>/gi;
const HEADING_START = /<h[1-6][\s>]/i;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'", '#x27': "'" };

/** The text of an HTML fragment, tags removed and the common entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? (name.startsWith('#') ? String.fromCodePoint(Number(name.startsWith('#x') ? `0${name.slice(1)}` : name.slice(1))) : whole));
}

export function wordsOf(text: string): string[] {
  return text.split(/[\s\u2019'\u2018"(),.;:!?/]+/u).filter(Boolean);
}

export interface RootsResult { html: string; added: string[] }

/**
 * Adds the radical candidates of the mutated words of the `data-pagefind-body` element, block by
 * block. A root already present (as text or added) in the same section is not added again.
 */
export function addMutationRoots(html: string): RootsResult {
  const bodyStart = html.search(/<[a-z]+[^>]*\sdata-pagefind-body[\s>=]/i);
  if (bodyStart < 0) return { html, added: [] };
  const added: string[] = [];
  let seen = new Set<string>();
  let out = html.slice(0, bodyStart);
  let last = bodyStart;
  const rootsFor = (segment: string): string => {
    const text = textOf(segment);
    const roots: string[] = [];
    for (const word of wordsOf(text)) seen.add(word.toLocaleLowerCase('cy'));
    for (const word of wordsOf(text)) {
      for (const root of radicalCandidates(word).slice(1)) {
        if (seen.has(root)) continue;
        seen.add(root);
        roots.push(root);
      }
    }
    added.push(...roots);
    return roots.length ? ` <span>${roots.map((r) => ROOT_MARK + r).join(' ')}</span> ` : '';
  };
  const tag = /^<([a-z]+)/i.exec(html.slice(bodyStart))![1]!;
  const bodyEnd = html.indexOf(`</${tag}>`, bodyStart);
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
