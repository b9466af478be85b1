import type { Locale } from './locale';

/** Aspirate mutation after Welsh "a" (and): c → ch, p → ph, t → th. */
function aspirate(word: string): string {
  const match = /^([cptCPT])(?![hH])/.exec(word);
  if (!match) return word;
  const letter = match[1]!;
  return `${letter}h${word.slice(1)}`;
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
