/**
 * A number with its noun: "8 questions", "8 o gwestiynau"; "1 question", "1 cwestiwn". Pure, and
 * small enough for a browser script (the search count).
 *
 * The Welsh follows content/welsh-style.md: after 1 the singular (already mutated in the content
 * where the noun needs it: "1 dudalen"), after any other number, 0 included, "o" and the plural,
 * whose form never depends on the number ("2 o gwestiynau", "3 o gwestiynau", "100 o
 * gwestiynau"). English takes the same two forms. So each noun is two interface strings, written
 * in content/site/ui/ as `count-<noun>-one` and `count-<noun>-other`, and no word is typed here.
 */
import { formatNumber } from './format';
import type { Locale } from './locale';

/** The two forms a counted noun has in both languages: after 1, and after any other number. */
export const countForms = ['one', 'other'] as const;
export type CountForm = (typeof countForms)[number];

export function countForm(n: number): CountForm {
  return n === 1 ? 'one' : 'other';
}

/** The interface string holding `noun`'s form after `n`. */
export function countKey(noun: string, n: number): string {
  return `count-${noun}-${countForm(n)}`;
}

/** `n`, written as the language writes numbers, and its noun in the form `n` takes. */
export function formatCount(template: (key: string) => string, lang: Locale, noun: string, n: number): string {
  return `${formatNumber(n, lang)} ${template(countKey(noun, n))}`;
}
