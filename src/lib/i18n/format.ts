/** How text is written in each language: lists, dates and numbers. Pure. */
import { htmlLang, type Locale } from './locale';

/** A Welsh initial mutation, as a word before causes it. `soft-but-ll-rh`: "un" before a feminine noun ("un ferch", but "un rhan", "un llaw"). */
export type Mutation = 'none' | 'soft' | 'soft-but-ll-rh' | 'aspirate';

/** Radical initials and what each becomes; the longer initials first, so "ll" is not read as "l" and "ch" never as "c". */
const SOFT: readonly [RegExp, string][] = [
  [/^ll/, 'l'],
  [/^rh/, 'r'],
  [/^(?:ch|ph|th|dd|ff|ng)/, '$&'],
  [/^c/, 'g'],
  [/^p/, 'b'],
  [/^t/, 'd'],
  [/^g/, ''],
  [/^b/, 'f'],
  [/^d/, 'dd'],
  [/^m/, 'f'],
];
const ASPIRATE: readonly [RegExp, string][] = [
  [/^(?:ch|ph|th)/, '$&'],
  [/^c/, 'ch'],
  [/^p/, 'ph'],
  [/^t/, 'th'],
];

/** The first word of `noun` with `mutation`, its capital kept ("Cwestiwn" → "Chwestiwn"). */
export function mutate(noun: string, mutation: Mutation): string {
  if (mutation === 'none' || (mutation === 'soft-but-ll-rh' && /^(?:ll|rh)/i.test(noun))) return noun;
  const rules = mutation === 'aspirate' ? ASPIRATE : SOFT;
  const lower = noun.charAt(0).toLowerCase() + noun.slice(1);
  const rule = rules.find(([from]) => from.test(lower));
  if (!rule) return noun;
  const mutated = lower.replace(rule[0], rule[1]);
  return noun.charAt(0) === lower.charAt(0) ? mutated : capitalise(mutated);
}

/** `text` with its first letter a capital, as for a count that starts a sentence ("Chwe chredyd yw…"). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Joins alternatives for a sentence: "English or Welsh"; "Saesneg neu Gymraeg" (neu, with the soft mutation). */
export function formatChoice(items: string[], lang: Locale): string {
  if (items.length <= 1) return items.join('');
  const head = items.slice(0, -1).join(', ');
  const last = items[items.length - 1]!;
  return lang === 'en' ? `${head} or ${last}` : `${head} neu ${mutate(last, 'soft')}`;
}

/**
 * Joins a list for a sentence: "English and Welsh"; "Saesneg a Chymraeg". Intl.ListFormat writes
 * "a(c)" in Welsh and does not mutate, so Welsh is done here: "ac" before a vowel, "a" plus the
 * aspirate mutation otherwise.
 */
export function formatList(items: string[], lang: Locale): string {
  if (items.length <= 1) return items.join('');
  const head = items.slice(0, -1).join(', ');
  const last = items[items.length - 1]!;
  if (lang === 'en') return `${head} and ${last}`;
  return /^[aeiouwyâêîôûŵŷAEIOUWY]/.test(last) ? `${head} ac ${last}` : `${head} a ${mutate(last, 'aspirate')}`;
}

/** Formats an ISO calendar date (YYYY-MM-DD) as "21 February 2025" / "21 Chwefror 2025". */
export function formatDate(isoDate: string, lang: Locale): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`"${isoDate}" is not a date (expected YYYY-MM-DD)`);
  return dateFormat(lang).format(date);
}

/** Formats a whole number the way each language writes it (1,000 in both). */
export function formatNumber(value: number, lang: Locale): string {
  return numberFormat(lang).format(value);
}

/**
 * Each formatter is made once, on first use: building an Intl formatter costs far more than using
 * one. Not when the module loads: the browser scripts import this file, and building four
 * formatters there would block the page (the search page's script) for formats it may never use.
 */
function once<T>(make: (lang: Locale) => T): (lang: Locale) => T {
  const made: Partial<Record<Locale, T>> = {};
  return (lang) => (made[lang] ??= make(lang));
}
const dateFormat = once(
  (lang) => new Intl.DateTimeFormat(htmlLang[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
);
const numberFormat = once((lang) => new Intl.NumberFormat(htmlLang[lang]));
