/** nspell checkers for English (en-GB) and Welsh, plus the reviewed allowlist. */
import nspell from 'nspell';
import dictionaryCy from 'dictionary-cy';
import dictionaryEn from 'dictionary-en-gb';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fixturesDir } from './fixtures';
import type { Locale } from '../../src/lib/i18n/locale';

const spellers: Record<Locale, ReturnType<typeof nspell>> = { en: nspell(dictionaryEn), cy: nspell(dictionaryCy) };

export const allowlistFile = join(fixturesDir, 'spelling-allowlist.yaml');

/** Allowed words per language; words under "both" are allowed in either. */
export function loadAllowlist(file = allowlistFile): Record<Locale, Set<string>> {
  const data = parse(readFileSync(file, 'utf8')) as Record<'both' | Locale, Record<string, string[]>>;
  const flat = (groups: Record<string, string[]> | undefined) => Object.values(groups ?? {}).flat();
  const both = flat(data.both);
  return { en: new Set([...both, ...flat(data.en)]), cy: new Set([...both, ...flat(data.cy)]) };
}

/** Welsh enclitic pronouns and particles written after an apostrophe: gwiriadau'r, unedau'n, â'i. */
const WELSH_CLITICS = new Set(['r', 'n', 'i', 'u', 'w', 'm', 'th', 'ch', 'ni', 'ti', 'ch']);

/**
 * Whether a word is spelt right in a language. dictionary-cy accepts mutated forms itself
 * (brentisiaeth, mhrentisiaeth, phrentisiaeth, nghyflogwr: see spelling.test.ts), so no
 * demutation step is needed. It knows common contractions (i'r, sy'n) but not every noun with
 * an enclitic, so a Welsh "word'r" is accepted when "word" is and the ending is a clitic.
 * A hyphenated word the dictionary lacks is accepted when each part is. An allowlisted word is
 * also accepted with a capital first letter, at the start of a sentence.
 */
export function isKnown(word: string, lang: Locale, allowlist: Record<Locale, Set<string>>): boolean {
  const allowed = (w: string) =>
    allowlist[lang].has(w) || allowlist[lang].has(w.charAt(0).toLowerCase() + w.slice(1)) || spellers[lang].correct(w);
  if (allowed(word)) return true;
  if (lang === 'cy') {
    const clitic = /^(.+)'([\p{L}]+)$/u.exec(word);
    if (clitic && WELSH_CLITICS.has(clitic[2]!.toLowerCase()) && isKnown(clitic[1]!, lang, allowlist)) return true;
  }
  return word.includes('-') && word.split('-').every((part) => part === '' || allowed(part));
}
