/**
 * Welsh initial mutations, for search. Pure: no DOM, no Astro.
 *
 * Welsh changes the first sound of a word after certain words: `prentisiaeth` becomes
 * `brentisiaeth` (soft), `mhrentisiaeth` (nasal) or `phrentisiaeth` (aspirate); `ardal` becomes
 * `hardal` after `ei` (her). A search index that only knows the letters on the page would treat
 * those as different words, so search maps every word to the radical (dictionary) forms it could
 * come from, and a radical to every form it can take.
 *
 * A mutated form can come from more than one radical (`gyflogwr` is `cyflogwr` soft-mutated,
 * or a word that starts with g), so `radicalCandidates` returns every possibility, the word itself
 * included. Short words and function words (`a`, `ac`, `yn`, `dy`) and words that are plainly not
 * Welsh (acronyms, names spelt with letters Welsh does not use) are left alone.
 */

/** Vowels, with the accents Welsh writes on them. `w` and `y` are vowels in Welsh. */
const VOWEL = /^[aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]/;

/** Below this length a word is too likely to be a function word for mutation to help. */
const MIN_MUTABLE_LENGTH = 4;

/** Common short words and particles that cause mutations rather than take part in search. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a',
  'ac',
  'ag',
  'â',
  'am',
  'an',
  'ar',
  'at',
  'i',
  'o',
  'y',
  'yr',
  "'r",
  'yn',
  'ym',
  'yng',
  'ei',
  'eu',
  'ein',
  'eich',
  'fy',
  'dy',
  'ni',
  'na',
  'nac',
  'nad',
  'nid',
  'neu',
  'ond',
  'os',
  'pan',
  'gan',
  'heb',
  'hyd',
  'dan',
  'tan',
  'dros',
  'drwy',
  'trwy',
  'wrth',
  'mewn',
  'gyda',
  'gydag',
  'efo',
  'fel',
  'er',
  'mae',
  'mai',
  'oes',
  'sy',
  'sydd',
  'yw',
  'ydy',
  'oedd',
  'bod',
  'fod',
  'bydd',
  'fydd',
  'wedi',
  'hefyd',
  'hyn',
  'hwn',
  'hon',
  'hynny',
  'dim',
  'pob',
  'rhai',
  'beth',
  'pwy',
  'sut',
  'pam',
  'ble',
  'pryd',
  'faint',
  'chi',
  'nhw',
  'fe',
  'fo',
  'hi',
  'ef',
  'hefo',
  'iddo',
  'iddi',
  'iddynt',
  'iddyn',
  'ichi',
]);

/** Letters or spellings Welsh does not use in native words: such words are names or English. */
const NOT_WELSH = /[jkqvxz]|sh|ck|ee|oo|ou|tion/;

/** Lower-cases and trims the punctuation a word may carry from running text. */
export function normaliseWord(word: string): string {
  return word
    .normalize('NFC')
    .toLocaleLowerCase('cy')
    .replace(/[’‘`]/g, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * True when a word should keep its letters: short, a function word, an acronym, a code, spelt in a
 * way Welsh never is, or in `keep` (normalised words known to be English or names, e.g. the words
 * of the English pages, which the indexer passes).
 */
export function isImmutable(word: string, keep?: ReadonlySet<string>): boolean {
  const raw = word.normalize('NFC').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (raw.length >= 2 && raw === raw.toLocaleUpperCase('cy') && /\p{L}/u.test(raw)) return true; // DBS, NHS
  const w = normaliseWord(raw);
  if (w.length < MIN_MUTABLE_LENGTH) return true;
  if (FUNCTION_WORDS.has(w) || keep?.has(w)) return true;
  if (!/^[\p{L}'-]+$/u.test(w)) return true; // numbers, codes (C00/4514/4)
  return NOT_WELSH.test(w);
}

const unique = (items: string[]): string[] => [...new Set(items)];

/**
 * Every radical (unmutated) form the word could be, the word itself first.
 * `brentisiaeth` → [`brentisiaeth`, `prentisiaeth`]; `nghyflogwr` → [`nghyflogwr`, `cyflogwr`].
 */
export function radicalCandidates(word: string, keep?: ReadonlySet<string>): string[] {
  const w = normaliseWord(word);
  if (isImmutable(word, keep)) return [w];
  const rest = (n: number) => w.slice(n);
  const found: string[] = [w];
  // Nasal and aspirate digraphs first, so `ngh` is not read as `ng` + `h`.
  if (w.startsWith('ngh')) found.push(`c${rest(3)}`);
  else if (w.startsWith('ng')) found.push(`g${rest(2)}`);
  else if (w.startsWith('mh')) found.push(`p${rest(2)}`);
  else if (w.startsWith('nh')) found.push(`t${rest(2)}`);
  else if (w.startsWith('ch')) found.push(`c${rest(2)}`);
  else if (w.startsWith('ph')) found.push(`p${rest(2)}`);
  else if (w.startsWith('th')) found.push(`t${rest(2)}`);
  else if (w.startsWith('dd')) found.push(`d${rest(2)}`);
  else if (w.startsWith('ff') || w.startsWith('ll') || w.startsWith('rh')) {
    // radical letters: never the result of a mutation
  } else if (w.startsWith('f')) found.push(`b${rest(1)}`, `m${rest(1)}`);
  else if (w.startsWith('l')) found.push(`ll${rest(1)}`, `g${w}`);
  else if (w.startsWith('r')) found.push(`rh${rest(1)}`, `g${w}`);
  else if (w.startsWith('g')) found.push(`c${rest(1)}`);
  else if (w.startsWith('b')) found.push(`p${rest(1)}`);
  else if (w.startsWith('d')) found.push(`t${rest(1)}`);
  else if (w.startsWith('m')) found.push(`b${rest(1)}`);
  else if (w.startsWith('n')) found.push(`d${rest(1)}`);
  else if (w.startsWith('h') && VOWEL.test(rest(1))) found.push(rest(1)); // h-prothesis: ei henw → enw
  if (VOWEL.test(w)) found.push(`g${w}`); // soft mutation drops g: gwaith → waith, gradd → radd
  return unique(found);
}

/**
 * Every form a radical takes under soft, nasal and aspirate mutation (and h-prothesis before a
 * vowel), the radical itself first. `cyflogwr` → cyflogwr, gyflogwr, nghyflogwr, chyflogwr.
 */
export function mutatedForms(radical: string, keep?: ReadonlySet<string>): string[] {
  const r = normaliseWord(radical);
  if (isImmutable(radical, keep)) return [r];
  const rest = (n: number) => r.slice(n);
  const forms: string[] = [r];
  if (r.startsWith('ch') || r.startsWith('ph') || r.startsWith('th') || r.startsWith('ff') || r.startsWith('dd') || r.startsWith('ng')) {
    // these letters do not mutate
  } else if (r.startsWith('ll')) forms.push(`l${rest(2)}`);
  else if (r.startsWith('rh')) forms.push(`r${rest(2)}`);
  else if (r.startsWith('c')) forms.push(`g${rest(1)}`, `ngh${rest(1)}`, `ch${rest(1)}`);
  else if (r.startsWith('p')) forms.push(`b${rest(1)}`, `mh${rest(1)}`, `ph${rest(1)}`);
  else if (r.startsWith('t')) forms.push(`d${rest(1)}`, `nh${rest(1)}`, `th${rest(1)}`);
  else if (r.startsWith('g')) forms.push(rest(1), `ng${rest(1)}`);
  else if (r.startsWith('b')) forms.push(`f${rest(1)}`, `m${rest(1)}`);
  else if (r.startsWith('d')) forms.push(`dd${rest(1)}`, `n${rest(1)}`);
  else if (r.startsWith('m')) forms.push(`f${rest(1)}`);
  else if (VOWEL.test(r)) forms.push(`h${r}`);
  return unique(forms.filter((form) => form.length > 0));
}

/** Every form related to the word: its radicals and all their mutations. For highlighting matches. */
export function relatedForms(word: string, keep?: ReadonlySet<string>): string[] {
  return unique(radicalCandidates(word, keep).flatMap((radical) => mutatedForms(radical, keep)));
}
