/**
 * A number with its noun: "6 questions", "chwe chwestiwn"; "48 credits", "48 credyd". Pure, and
 * small enough for a browser script (the search count, the checker's notice).
 *
 * The Welsh follows content/welsh-style.md, which counts the way the Welsh Government's Welsh
 * framework pages and Agored Cymru count ("57 credyd yw'r isafswm credydau gofynnol", "6 awr"):
 *
 * - A numeral takes the singular noun, unmutated, whatever the number: "0 credyd", "3 canlyniad",
 *   "48 credyd", "280 awr".
 * - In running prose (`'prose'`) a number from one to nine is a word, and the noun takes the
 *   mutation that word gives: "un awr", "dau gredyd", "dwy ran", "tri chwestiwn", "tair awr",
 *   "pum credyd", "chwe chredyd". Among figures (`'figures'`: the key facts, a list of figures, a
 *   status line such as the search count) every number stays a numeral.
 *
 * English writes every number as a numeral, in both settings: "6 questions", "1 credit".
 *
 * Each noun is three interface strings in content/site/ui/: `count-<noun>-one`, its form after 1
 * ("credit"; in Welsh the singular, "credyd"), `count-<noun>-other`, its form after any other number
 * ("credits"; in Welsh the singular again, "credyd"), and `count-<noun>-gender`, the gender of the
 * Welsh noun ("gwrywaidd" or "benywaidd"), which decides "dau" or "dwy" and the mutation. No noun is
 * typed here; the Welsh numerals and the mutations they cause are the language's grammar, as the
 * "a"/"ac" of formatList is.
 */
import { formatNumber, mutate, type Mutation } from './format';
import type { Locale } from './locale';

/** The forms a counted noun has in both languages: after 1, and after any other number. */
export const countForms = ['one', 'other'] as const;
export type CountForm = (typeof countForms)[number];
/** Every interface string a counted noun has: its two forms, and the Welsh noun's gender. */
export const countKeySuffixes = [...countForms, 'gender'] as const;

/**
 * Where a count stands. `'prose'`: in a sentence of running text (a step, an answer, a <Fact> in
 * a paragraph, the checker's start page and its notice), where Welsh writes one to nine as words.
 * `'figures'`: among figures and labels (the key facts, the Essential Skills list, the search
 * count), where every number is a numeral.
 */
export type CountSetting = 'prose' | 'figures';

/** The Welsh genders as the interface strings give them, and as the grammar here names them. */
const GENDERS: Readonly<Record<string, 'masculine' | 'feminine'>> = { gwrywaidd: 'masculine', benywaidd: 'feminine' };
type Gender = 'masculine' | 'feminine';

/** One to nine before a noun, by gender, each with the mutation it causes ("pump" is "pum" and "chwech" is "chwe" before a noun). */
const WELSH_NUMERALS: Readonly<Record<number, Readonly<Record<Gender, readonly [word: string, mutation: Mutation]>>>> = {
  1: { masculine: ['un', 'none'], feminine: ['un', 'soft-but-ll-rh'] },
  2: { masculine: ['dau', 'soft'], feminine: ['dwy', 'soft'] },
  3: { masculine: ['tri', 'aspirate'], feminine: ['tair', 'none'] },
  4: { masculine: ['pedwar', 'none'], feminine: ['pedair', 'none'] },
  5: { masculine: ['pum', 'none'], feminine: ['pum', 'none'] },
  6: { masculine: ['chwe', 'aspirate'], feminine: ['chwe', 'aspirate'] },
  7: { masculine: ['saith', 'none'], feminine: ['saith', 'none'] },
  8: { masculine: ['wyth', 'none'], feminine: ['wyth', 'none'] },
  9: { masculine: ['naw', 'none'], feminine: ['naw', 'none'] },
};

/**
 * True when what follows `before` starts a sentence: nothing but a list item's marker before it,
 * a full stop, question or exclamation mark (and any closing quote or bracket), or a table cell's
 * edge. After a colon a sentence goes on ("**Oriau hyfforddi:** o leiaf…").
 */
export function startsSentence(before: string): boolean {
  const text = before.replace(/^\s*(?:[-*+]|\d+\.)\s+/, '').trim();
  return text === '' || /(?:[.!?]["'”’)\]]*|\|)$/.test(text);
}

function countForm(n: number): CountForm {
  return n === 1 ? 'one' : 'other';
}

/** The interface string holding `noun`'s form after `n`. */
function countKey(noun: string, n: number): string {
  return `count-${noun}-${countForm(n)}`;
}

/** The gender of the Welsh noun, from its `count-<noun>-gender` string. */
function welshGender(template: (key: string) => string, noun: string): Gender {
  const key = `count-${noun}-gender`;
  const written = template(key);
  const gender = GENDERS[written];
  if (!gender)
    throw new Error(`content/site/ui: ${key}: the Welsh is "${written}"; write "gwrywaidd" (masculine) or "benywaidd" (feminine)`);
  return gender;
}

/** True when Welsh writes `n` as a word before a noun in running prose: one to nine. */
export function isWelshWordNumber(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 9;
}

/**
 * `n` with its noun in the form `n` takes, as the language writes it `where` it stands: a numeral,
 * or in Welsh prose a word from one to nine with the mutation it gives.
 */
export function formatCount(template: (key: string) => string, lang: Locale, noun: string, n: number, where: CountSetting): string {
  if (lang === 'cy') {
    const gender = welshGender(template, noun);
    if (where === 'prose' && isWelshWordNumber(n)) {
      const [word, mutation] = WELSH_NUMERALS[n]![gender];
      return `${word} ${mutate(template(`count-${noun}-one`), mutation)}`;
    }
  }
  return formatCountInFigures(template, lang, noun, n);
}

/**
 * `n` as a numeral with its noun, as figures are written in both languages ("3 canlyniad"). Apart
 * from formatCount so that the search page's script, which shows only figures, carries no numerals.
 */
export function formatCountInFigures(template: (key: string) => string, lang: Locale, noun: string, n: number): string {
  return `${formatNumber(n, lang)} ${template(countKey(noun, n))}`;
}
