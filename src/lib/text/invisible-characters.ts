/**
 * The one definition of the characters content must not hold, used by the MDX check
 * (src/mdx/unsafe-content.ts), the plain-text rule for YAML and front matter (./plain-text.ts)
 * and the search box (./search/query.ts, which removes them from a query). Pure.
 *
 * They are the characters a reader cannot see, so that what a reviewer reads is not what the page
 * says, or that make text display in another order than it is stored in:
 *
 * - Unicode format characters (general category Cf): the soft hyphen U+00AD, zero-width space
 *   U+200B, the zero-width non-joiner and joiner U+200C and U+200D (Welsh and English never need
 *   them; they can hide a word from search or split one invisibly), the bidirectional marks,
 *   embeddings, overrides and isolates, U+2060–U+2064, U+FEFF, the interlinear annotation
 *   characters U+FFF9–U+FFFB, U+180E and the tag characters U+E0001 and U+E0020–U+E007F;
 * - every other default-ignorable code point, which fonts draw as nothing: U+034F, the Hangul
 *   fillers U+115F, U+1160, U+3164 and U+FFA0, variation selectors, the rest of U+E0000–U+E0FFF;
 * - the line and paragraph separators U+2028 and U+2029, which some editors show as nothing;
 * - C0 and C1 control characters, except the tab and the line feed, and the carriage return as
 *   part of a CR LF line ending (a carriage return alone can hide the text before it in a terminal).
 *
 * The no-break space U+00A0 and the other visible spaces are allowed.
 */

const INVISIBLE_CHARACTER = /\r(?!\n)|(?![\t\n\r])[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2028\u2029]/gu;

const BIDI_CONTROLS = new Map<number, string>([
  [0x061c, 'ARABIC LETTER MARK'],
  [0x200e, 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RIGHT-TO-LEFT MARK'],
  [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
  [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FIRST STRONG ISOLATE'],
  [0x2069, 'POP DIRECTIONAL ISOLATE'],
]);

/** Names of the invisible characters an author is most likely to meet (pasted from a word processor or a web page). */
const NAMES = new Map<number, string>([
  [0x000d, 'CARRIAGE RETURN without a line feed'],
  [0x00ad, 'SOFT HYPHEN'],
  [0x034f, 'COMBINING GRAPHEME JOINER'],
  [0x115f, 'HANGUL CHOSEONG FILLER'],
  [0x1160, 'HANGUL JUNGSEONG FILLER'],
  [0x180e, 'MONGOLIAN VOWEL SEPARATOR'],
  [0x200b, 'ZERO WIDTH SPACE'],
  [0x200c, 'ZERO WIDTH NON-JOINER'],
  [0x200d, 'ZERO WIDTH JOINER'],
  [0x2028, 'LINE SEPARATOR'],
  [0x2029, 'PARAGRAPH SEPARATOR'],
  [0x2060, 'WORD JOINER'],
  [0x2061, 'FUNCTION APPLICATION'],
  [0x2062, 'INVISIBLE TIMES'],
  [0x2063, 'INVISIBLE SEPARATOR'],
  [0x2064, 'INVISIBLE PLUS'],
  [0x3164, 'HANGUL FILLER'],
  [0xfeff, 'ZERO WIDTH NO-BREAK SPACE, or byte order mark'],
  [0xffa0, 'HALFWIDTH HANGUL FILLER'],
  [0xfff9, 'INTERLINEAR ANNOTATION ANCHOR'],
  [0xfffa, 'INTERLINEAR ANNOTATION SEPARATOR'],
  [0xfffb, 'INTERLINEAR ANNOTATION TERMINATOR'],
  [0xe0001, 'LANGUAGE TAG'],
  [0xe007f, 'CANCEL TAG'],
]);

/** `U+202E`, `U+E0041`. */
function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

function nameOf(code: number): string | undefined {
  if (code >= 0xe0020 && code <= 0xe007e) return `TAG ${code === 0xe0020 ? 'SPACE' : String.fromCodePoint(code - 0xe0000)}`;
  if (code >= 0xfe00 && code <= 0xfe0f) return `VARIATION SELECTOR-${code - 0xfe00 + 1}`;
  if (code >= 0xe0100 && code <= 0xe01ef) return `VARIATION SELECTOR-${code - 0xe0100 + 17}`;
  return NAMES.get(code);
}

export interface InvisibleCharacter {
  /** Where it is in the text, in UTF-16 code units (as JavaScript and the parser count). */
  index: number;
  codePoint: number;
  /** "bidirectional control character U+202E (RIGHT-TO-LEFT OVERRIDE)". */
  description: string;
  /** Why it must go: "it can make text display differently from what it says". */
  why: string;
}

function describe(char: string, index: number): InvisibleCharacter {
  const codePoint = char.codePointAt(0)!;
  const code = codePointName(codePoint);
  const bidi = BIDI_CONTROLS.get(codePoint);
  if (bidi)
    return {
      index,
      codePoint,
      description: `bidirectional control character ${code} (${bidi})`,
      why: 'it can make text display differently from what it says',
    };
  const name = nameOf(codePoint);
  const shown = name ? `${code} (${name})` : code;
  if (/\p{Cc}/u.test(char)) return { index, codePoint, description: `control character ${shown}`, why: 'it is invisible on the page' };
  return {
    index,
    codePoint,
    description: `invisible character ${shown}`,
    why: 'it does not show on the page, so the text is not what it seems',
  };
}

/** Every character `text` must not hold, in order. */
export function findInvisibleCharacters(text: string): InvisibleCharacter[] {
  return [...text.matchAll(INVISIBLE_CHARACTER)].map((match) => describe(match[0], match.index));
}

/** Why `char` (one character) must not be published, or undefined when it may. */
export function invisibleCharacterProblem(char: string): string | undefined {
  const [found] = findInvisibleCharacters(char);
  return found && `${found.description}: ${found.why}`;
}

/** `text` without the characters it must not hold (a search query, say). */
export function withoutInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE_CHARACTER, '');
}
