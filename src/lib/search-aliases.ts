/**
 * Search words readers type for what the site calls by another name (content/site/search-aliases.yaml),
 * and the glossary's names in the other language. Pure: where each set of words is indexed, and
 * the indexed copy of a page with them added. Like the Welsh radicals (search-roots.ts), they go
 * only into the copy the indexer reads, each marked with ROOT_MARK, so excerpts never show them.
 */
import { bodyWords, markedWordsHtml, textOf, wordsOf } from './search-roots';
import { normalizeWord } from './welsh-mutations';
import { locales, type Locale } from './locale';
import type { GlossaryTerm } from '../schemas/glossary';
import type { SearchAlias } from '../schemas/search-aliases';

/** The built site hands the resolved places to the indexer in this file, which it then removes. */
export const SEARCH_WORDS_FILE = 'search-words.json';

/** Words to index on the page at `url`, in the part that starts at the element with id `anchor`. */
export interface SearchWordsPlace {
  lang: Locale;
  url: string;
  anchor: string;
  words: string[];
}

export interface AliasSources {
  aliases: Map<string, SearchAlias>;
  glossary: Map<string, GlossaryTerm>;
  /** The glossary page's address in `lang`. */
  glossaryUrl: (lang: Locale) => string;
  /** A pathway page's address in `lang`. */
  pageUrl: (pathway: string, page: string, lang: Locale) => string;
}

const same = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/**
 * Every place words are added, in each language: each glossary term's entry gets the aliases that
 * name it and its own name and short form in the other language (where they differ); each
 * aliased section gets its aliases.
 */
export function searchWordPlaces({ aliases, glossary, glossaryUrl, pageUrl }: AliasSources): SearchWordsPlace[] {
  const places: SearchWordsPlace[] = [];
  // In order of id, however the content was loaded: the same site gives the same index.
  const byId = <T>(map: Map<string, T>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const sortedAliases = byId(aliases).map(([, alias]) => alias);
  for (const lang of locales) {
    const other = locales.find((l) => l !== lang)!;
    for (const [id, term] of byId(glossary)) {
      const own = [term.term[lang], term.abbreviation?.[lang]].filter((w): w is string => Boolean(w));
      const fromOther = [term.term[other], term.abbreviation?.[other]].filter((w): w is string => Boolean(w) && !own.some((o) => same(o, w!)));
      const typed = sortedAliases.filter((alias) => alias.term === id).flatMap((alias) => alias.words[lang]);
      const words = [...new Set([...typed, ...fromOther])];
      if (words.length) places.push({ lang, url: glossaryUrl(lang), anchor: id, words });
    }
    for (const alias of sortedAliases) {
      if (!alias.section || alias.words[lang].length === 0) continue;
      places.push({ lang, url: pageUrl(alias.section.pathway, alias.section.page, lang), anchor: alias.section.section, words: alias.words[lang] });
    }
  }
  return places;
}

const BLOCK_END = /<\/(?:p|li|dt|dd|h[1-6]|caption|summary)>/gi;

/**
 * The page's HTML with each place's words added, marked, right after the first block that ends
 * after the element with the place's id, so they count in that section. `variants`: more forms
 * of a word to add with it (the Welsh radicals). Only words the page lacks are added: the others
 * find it already, and every added word makes the page longer, which lowers its rank for
 * everything else. An id not on the page adds nothing.
 */
export function addSearchWords(html: string, places: Pick<SearchWordsPlace, 'anchor' | 'words'>[], variants: (word: string) => string[] = () => []): { html: string; added: string[] } {
  const inserts: { at: number; text: string }[] = [];
  const added: string[] = [];
  // The words the index already has from the page: those of its indexed body.
  const onPage = new Set(bodyWords(html));
  for (const { anchor, words } of places) {
    const start = html.search(new RegExp(`\\sid="${anchor}"`));
    if (start < 0) continue;
    BLOCK_END.lastIndex = start;
    const end = BLOCK_END.exec(html);
    if (!end) continue;
    const tokens = words.flatMap((phrase) => wordsOf(textOf(phrase))).flatMap((word) => [word, ...variants(word)]);
    const unique = [...new Set(tokens.map((word) => word.toLocaleLowerCase()))].filter((word) => !onPage.has(normalizeWord(word)) && !added.includes(word));
    if (unique.length === 0) continue;
    added.push(...unique);
    inserts.push({ at: end.index + end[0].length, text: markedWordsHtml(unique) });
  }
  let out = html;
  for (const { at, text } of inserts.sort((a, b) => b.at - a.at)) out = out.slice(0, at) + text + out.slice(at);
  return { html: out, added };
}
