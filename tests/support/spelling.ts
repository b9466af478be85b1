/** nspell checkers for English (en-GB) and Welsh, plus the reviewed allowlist. */
import nspell from 'nspell';
import dictionaryCy from 'dictionary-cy';
import dictionaryEn from 'dictionary-en-gb';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fixturesDir } from './fixtures';
import type { Locale } from '../../src/lib/locale';

const spellers: Record<Locale, ReturnType<typeof nspell>> = { en: nspell(dictionaryEn), cy: nspell(dictionaryCy) };

export const allowlistFile = join(fixturesDir, 'spelling-allowlist.yaml');

/** Allowed words per language; words under "both" are allowed in either. */
export function loadAllowlist(file = allowlistFile): Record<Locale, Set<string>> {
  const data = parse(readFileSync(file, 'utf8')) as Record<'both' | Locale, Record<string, string[]>>;
  const flat = (groups: Record<string, string[]> | undefined) => Object.values(groups ?? {}).flat();
  const both = flat(data.both);
  return { en: new Set([...both, ...flat(data.en)]), cy: new Set([...both, ...flat(data.cy)]) };
}

/**
 * Whether a word is spelt right in a language. dictionary-cy accepts mutated forms itself
 * (brentisiaeth, mhrentisiaeth, phrentisiaeth, nghyflogwr: see spelling.test.ts), so no
 * demutation step is needed. A hyphenated word the dictionary lacks is accepted when each part is.
 */
export function isKnown(word: string, lang: Locale, allowlist: Record<Locale, Set<string>>): boolean {
  const allowed = (w: string) => allowlist[lang].has(w) || spellers[lang].correct(w);
  if (allowed(word)) return true;
  return word.includes('-') && word.split('-').every((part) => part === '' || allowed(part));
}
