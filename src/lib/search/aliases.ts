/**
 * Search words readers type for what the site calls by another name (content/site/search-aliases.yaml),
 * and the glossary's names in the other language. Pure: where each set of words is indexed, and
 * the indexed copy of a page with them added. Like the Welsh radicals (roots.ts), they go
 * only into the copy the indexer reads, each marked with ROOT_MARK, so excerpts never show them.
 */
import { markedWordsHtml, stripIgnored, textOf, wordsOf } from './roots';
import { normaliseWord } from './welsh-mutations';
import { locales, type Locale } from '../i18n/locale';
import type { GlossaryTerm } from '../../schemas/glossary';
import type { SearchAlias } from '../../schemas/search-aliases';

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
  /** A pathway's questions page's address in `lang`. */
  questionsUrl: (pathway: string, lang: Locale) => string;
}

const same = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/**
 * Every place words are added, in each language: each glossary term's entry gets the aliases that
 * name it and its own name and short form in the other language (where they differ); each
 * aliased section, and each aliased question on its pathway's questions page, gets its aliases.
 */
export function searchWordPlaces({ aliases, glossary, glossaryUrl, pageUrl, questionsUrl }: AliasSources): SearchWordsPlace[] {
  const places: SearchWordsPlace[] = [];
  // In order of id, however the content was loaded: the same site gives the same index.
  const byId = <T>(map: Map<string, T>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const sortedAliases = byId(aliases).map(([, alias]) => alias);
  for (const lang of locales) {
    const other = locales.find((l) => l !== lang)!;
    for (const [id, term] of byId(glossary)) {
      const own = [term.term[lang], term.abbreviation?.[lang]].filter((w): w is string => Boolean(w));
      const fromOther = [term.term[other], term.abbreviation?.[other]].filter(
        (w): w is string => Boolean(w) && !own.some((o) => same(o, w!)),
      );
      const typed = sortedAliases.filter((alias) => alias.term === id).flatMap((alias) => alias.words[lang]);
      const words = [...new Set([...typed, ...fromOther])];
      if (words.length) places.push({ lang, url: glossaryUrl(lang), anchor: id, words });
    }
    for (const alias of sortedAliases) {
      if (alias.words[lang].length === 0) continue;
      if (alias.section)
        places.push({
          lang,
          url: pageUrl(alias.section.pathway, alias.section.page, lang),
          anchor: alias.section.section,
          words: alias.words[lang],
        });
      if (alias.question)
        places.push({ lang, url: questionsUrl(alias.question.pathway, lang), anchor: alias.question.id, words: alias.words[lang] });
    }
  }
  return places;
}

const BLOCK_END = /<\/(?:p|li|dt|dd|h[1-6]|caption|summary)>/gi;

/**
 * How much a match on an added search word counts, against 1 for running text (pagefind's
 * data-pagefind-weight; a heading counts 5 to 7). More than running text, so the place an alias
 * names comes before pages that use the same everyday word in passing, and is the section its
 * page's result lists first ("exams" lists the qualification's assessment, not a sentence with
 * "examples"); less than a heading, so a page that sets a thing out under its own heading keeps
 * its place.
 */
export const ALIAS_WEIGHT = 2;

/** The normalised words of the part of `html` that starts at `from`, the element with an id, and runs to the next like it. */
function sectionWords(html: string, from: number): string[] {
  const tagStart = html.lastIndexOf('<', from);
  const tag = /^<([a-z][a-z0-9]*)/i.exec(html.slice(tagStart))?.[1]?.toLowerCase() ?? '';
  // A heading's section runs to the next heading; any other element's (a glossary entry) to the next element like it with an id, or a heading.
  const next = new RegExp(/^h[1-6]$/.test(tag) ? '<h[1-6][\\s>]' : `<h[1-6][\\s>]|<${tag}\\b[^>]*\\sid="`, 'gi');
  next.lastIndex = from;
  const end = next.exec(html)?.index ?? html.length;
  return wordsOf(textOf(stripIgnored(html.slice(tagStart, end))))
    .map(normaliseWord)
    .filter(Boolean);
}

/** True when `phrase` (normalised words) stands in `words` as it is, in order. */
function hasPhrase(words: string[], phrase: string[]): boolean {
  return words.some((_, i) => phrase.every((word, j) => words[i + j] === word));
}

/**
 * The page's HTML with each place's words added, marked and weighted (ALIAS_WEIGHT), right after
 * the first block that ends after the element with the place's id, so they count in that section.
 * Each word or phrase is added whole, its words in order, so that a search for the phrase as typed
 * finds it ("Lefel A", "hours a week"), unless the section already says it: then it finds the
 * section as it is, and every added word makes the page longer, which lowers its rank for
 * everything else. `variants`: more forms of a word to add after the phrase (the Welsh radicals).
 * An id not on the page adds nothing.
 */
export function addSearchWords(
  html: string,
  places: Pick<SearchWordsPlace, 'anchor' | 'words'>[],
  variants: (word: string) => string[] = () => [],
): { html: string; added: string[] } {
  const inserts: { at: number; text: string }[] = [];
  const added: string[] = [];
  for (const { anchor, words } of places) {
    const start = html.search(new RegExp(`\\sid="${anchor}"`));
    if (start < 0) continue;
    BLOCK_END.lastIndex = start;
    const end = BLOCK_END.exec(html);
    if (!end) continue;
    const inSection = sectionWords(html, start);
    const tokens: string[] = [];
    for (const phrase of words) {
      const phraseWords = wordsOf(textOf(phrase)).map((word) => word.toLocaleLowerCase());
      if (phraseWords.length === 0 || hasPhrase(inSection, phraseWords.map(normaliseWord))) continue;
      tokens.push(...phraseWords, ...phraseWords.flatMap(variants).filter((variant) => !phraseWords.includes(variant)));
    }
    if (tokens.length === 0) continue;
    added.push(...tokens);
    inserts.push({ at: end.index + end[0].length, text: markedWordsHtml(tokens, ALIAS_WEIGHT) });
  }
  let out = html;
  for (const { at, text } of inserts.sort((a, b) => b.at - a.at)) out = out.slice(0, at) + text + out.slice(at);
  return { html: out, added };
}
