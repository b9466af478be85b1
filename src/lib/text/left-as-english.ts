/**
 * Welsh left as the English: the same words, however the case, punctuation or spacing was
 * changed. Used for each English and Welsh pair of the structured content (src/schemas/localised.ts)
 * and for pages' titles, descriptions and prose (./untranslated-prose.ts). Pure.
 */

/** A name of this many words or fewer may be the same in both languages ("Agored Cymru", "Medr"). */
export const MAX_SHARED_NAME_WORDS = 3;

/** Runs of anything but letters, marks and digits: punctuation, symbols and spaces. */
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * Text as compared: letters and digits only, in lower case, with compatibility forms folded
 * (NFKC), so that "Level 4 Diploma (Wales)." and "level 4  diploma, Wales" are the same.
 */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(NOT_WORD, '');
}

/** How many words `text` has, a word being a run of letters or digits with a letter in it. */
export function wordCount(text: string): number {
  return text.split(NOT_WORD).filter((word) => /\p{L}/u.test(word)).length;
}

/** True when `welsh` is `english` left untranslated, and longer than a name that may be shared. */
export function isLeftAsEnglish(english: string, welsh: string): boolean {
  return wordCount(welsh) > MAX_SHARED_NAME_WORDS && foldText(welsh) === foldText(english);
}
