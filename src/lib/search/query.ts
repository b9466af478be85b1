/**
 * A search query: reading and cleaning ?q=, the search page's address for a query, and the
 * queries to run for it (a Welsh query expanded over mutations). Pure: no DOM, no fetch.
 */
import type { Locale } from '../i18n/locale';
import { normaliseWord, radicalCandidates, relatedForms } from './welsh-mutations';
import { withoutInvisibleCharacters } from '../text/invisible-characters';
import { PATHWAY_PARAM } from './pagefind';

/** Longer queries are cut: nobody types more, and it bounds the work. */
export const MAX_QUERY_LENGTH = 200;
/** At most this many pagefind searches for one Welsh query. */
export const MAX_VARIANTS = 8;

/** A letter carries at most this many accents; a pile of combining marks would draw over the page. */
const MAX_MARKS = 2;

/**
 * A query as the search uses and shows it, whether typed or from the address: runs of white
 * space made one space, control, bidi control and other invisible characters removed (those
 * content may not hold, ./invisible-characters: they could disguise the query when it is shown),
 * trimmed, at most MAX_QUERY_LENGTH characters. Only white space gives "". Never HTML.
 */
export function cleanQuery(text: string): string {
  return (
    withoutInvisibleCharacters(text.replace(/\s+/g, ' '))
      .replace(new RegExp(`(\\p{M}{${MAX_MARKS}})\\p{M}+`, 'gu'), '$1')
      .replace(/^\p{M}+/u, '')
      .replace(/ {2,}/g, ' ')
      .trim()
      .slice(0, MAX_QUERY_LENGTH)
      // Cutting can split a character written as two UTF-16 units: drop the half left over.
      .replace(/[\ud800-\udbff]$/, '')
      .trimEnd()
  );
}

/** The query from a URL's search string (`?q=…`), cleaned (see cleanQuery). */
export function queryFromSearch(search: string): string {
  return cleanQuery(new URLSearchParams(search).get('q') ?? '');
}

/** The search page's URL for a query, to link or bookmark: `/cy/chwilio/?q=…`; no `?q=` when it is empty; `&pathway=<id>` when the results are narrowed to one pathway. */
export function searchPageUrl(pagePath: string, query: string, pathway = ''): string {
  const q = cleanQuery(query);
  if (!q) return pagePath;
  const params = new URLSearchParams({ q });
  if (pathway) params.set(PATHWAY_PARAM, pathway);
  return `${pagePath}?${params.toString()}`;
}

/** The pathway a search is narrowed to, from the address: one of `known` (ids), or "" for all. */
export function pathwayFromSearch(search: string, known: readonly string[]): string {
  const id = new URLSearchParams(search).get(PATHWAY_PARAM) ?? '';
  return known.includes(id) ? id : '';
}

function queryWords(query: string): string[] {
  return query.split(/\s+/).map(normaliseWord).filter(Boolean);
}

/**
 * The forms of a Welsh query's words the index may hold, each to be looked up once: every form
 * related to every word (its radical candidates and their mutations, relatedForms), the typed
 * forms first. None for English, whose queries run as typed.
 */
export function queryCandidates(query: string, lang: Locale): string[] {
  if (lang !== 'cy') return [];
  return [...new Set(queryWords(query).flatMap((word) => relatedForms(word)))];
}

/**
 * The queries to run. English: the query itself. Welsh: every combination of the radical
 * candidates of its words (the index holds the radical of every mutated word), the typed query
 * first, at most MAX_VARIANTS. `known`, when given: the candidates the index holds (as a word or
 * the start of one; see queryCandidates). Only those are combined, and a word with none gives no
 * query at all: pagefind drops a word it does not know, so `Pagloriaeth Cymru`, a radical variant
 * of `Bagloriaeth Cymru` that occurs nowhere, would otherwise find every page that says `Cymru`.
 */
export function queryVariants(query: string, lang: Locale, known?: ReadonlySet<string>): string[] {
  const trimmed = query.trim();
  if (!trimmed) return [];
  if (lang !== 'cy') return [trimmed];
  const options = queryWords(trimmed).map((word) => radicalCandidates(word).filter((candidate) => !known || known.has(candidate)));
  if (options.some((candidates) => candidates.length === 0)) return [];
  let variants: string[][] = [[]];
  for (const candidates of options) {
    const next: string[][] = [];
    for (const prefix of variants) for (const candidate of candidates) next.push([...prefix, candidate]);
    variants = next.slice(0, MAX_VARIANTS);
  }
  return [...new Set(variants.map((words) => words.join(' ')))];
}

/** At most this many searches for a Welsh query's words together, in their forms. */
export const MAX_EXACT_VARIANTS = 16;

/**
 * The searches for the query as typed, its words together and in order (pagefind's exact phrase
 * search, in quotes). English: the query. Welsh: the words in any of their forms the index holds
 * (`known`, from queryCandidates), since running text mutates them ("y dystysgrif cwblhau" for
 * "tystysgrif cwblhau"), the forms as typed first, fewest changes first, at most MAX_EXACT_VARIANTS.
 */
export function exactQueries(query: string, lang: Locale, known?: ReadonlySet<string>): string[] {
  const words = queryWords(query.replace(/"/g, ' '));
  if (words.length === 0) return [];
  const quoted = (phrase: string[]) => `"${phrase.join(' ')}"`;
  if (lang !== 'cy') return [quoted(query.replace(/"/g, ' ').trim().split(/\s+/))];
  const options = words.map((word) => relatedForms(word).filter((form) => !known || known.has(form)));
  if (options.some((forms) => forms.length === 0)) return [];
  // Choices of one form a word, nearest the typed forms first (the sum of the forms' places in
  // their lists); the nearest few of each longer prefix are the only ones that can make the nearest few.
  const distance = (choice: number[]) => choice.reduce((sum, i) => sum + i, 0);
  let choices: number[][] = [[]];
  for (const forms of options) {
    choices = choices
      .flatMap((choice) => forms.map((_, i) => [...choice, i]))
      .sort((a, b) => distance(a) - distance(b))
      .slice(0, MAX_EXACT_VARIANTS);
  }
  return choices.map((choice) => quoted(choice.map((i, w) => options[w]![i]!)));
}

/** Words (normalised) that count as a match for the query in a page's text. */
export function matchForms(query: string, lang: Locale): Set<string> {
  const words = queryWords(query);
  return new Set(lang === 'cy' ? words.flatMap((word) => relatedForms(word)) : words);
}
