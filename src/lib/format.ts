/** How text is written in each language: lists, dates and numbers. Pure. */
import { htmlLang, type Locale } from './locale';

/** Aspirate mutation after Welsh "a" (and): c → ch, p → ph, t → th. */
function aspirate(word: string): string {
  const match = /^([cptCPT])(?![hH])/.exec(word);
  if (!match) return word;
  const letter = match[1]!;
  return `${letter}h${word.slice(1)}`;
}

/** Soft mutation after Welsh "neu" (or), for the initials a list item may start with. */
function soften(word: string): string {
  const soft: [RegExp, string][] = [[/^Ll/, 'L'], [/^Rh/, 'R'], [/^C/, 'G'], [/^P/, 'B'], [/^T/, 'D'], [/^G/, ''], [/^B/, 'F'], [/^D(?!d)/, 'Dd'], [/^M/, 'F']];
  for (const [from, to] of soft) if (from.test(word)) return word.replace(from, to);
  return word;
}

/** Joins alternatives for a sentence: "English or Welsh"; "Saesneg neu Gymraeg" (neu, with the soft mutation). */
export function formatChoice(items: string[], lang: Locale): string {
  if (items.length <= 1) return items.join('');
  const head = items.slice(0, -1).join(', ');
  const last = items[items.length - 1]!;
  return lang === 'en' ? `${head} or ${last}` : `${head} neu ${soften(last)}`;
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
  return /^[aeiouwyâêîôûŵŷAEIOUWY]/.test(last) ? `${head} ac ${last}` : `${head} a ${aspirate(last)}`;
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
const dateFormat = once((lang) => new Intl.DateTimeFormat(htmlLang[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
const numberFormat = once((lang) => new Intl.NumberFormat(htmlLang[lang]));
