/**
 * One definition of the characters content must not hold (src/lib/text/invisible-characters.ts), and
 * the MDX check, the plain-text rule for YAML and front matter, and the search box all use it.
 */
import { describe, expect, it } from 'vitest';
import { findInvisibleCharacters, invisibleCharacterProblem, withoutInvisibleCharacters } from '../../src/lib/text/invisible-characters';
import { unsafeTextProblem } from '../../src/lib/text/plain-text';
import { cleanQuery } from '../../src/lib/search/query';
import { problemsInMdx } from '../support/mdx';

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** Every kind the definition covers, by code point. */
const INVISIBLE = [
  0x00ad, // soft hyphen
  0x034f, // combining grapheme joiner
  0x061c,
  0x200e,
  0x200f,
  0x202a,
  0x202b,
  0x202c,
  0x202d,
  0x202e,
  0x2066,
  0x2067,
  0x2068,
  0x2069, // bidi
  0x115f,
  0x1160,
  0x3164,
  0xffa0, // Hangul fillers
  0x180e, // Mongolian vowel separator
  0x200b,
  0x200c,
  0x200d, // zero-width space, non-joiner, joiner
  0x2028,
  0x2029, // line and paragraph separators
  0x2060,
  0x2061,
  0x2062,
  0x2063,
  0x2064,
  0x2065, // word joiner, invisible operators
  0xfe0f,
  0xe0100, // variation selectors
  0xfeff, // zero-width no-break space / byte order mark
  0xfff9,
  0xfffa,
  0xfffb, // interlinear annotation
  0xe0000,
  0xe0001,
  0xe0020,
  0xe0041,
  0xe007f, // tags
  0x0000,
  0x0007,
  0x0008,
  0x000b,
  0x000c,
  0x001b,
  0x001f,
  0x007f,
  0x0080,
  0x0085,
  0x009f, // C0 and C1 controls
];
const cases = INVISIBLE.map((code) => [hex(code), String.fromCodePoint(code)] as const);

describe('the characters content must not hold', () => {
  it.each(cases)('%s is found, named by its code point', (code, char) => {
    expect(findInvisibleCharacters(`a${char}b`)).toEqual([
      expect.objectContaining({ index: 1, codePoint: char.codePointAt(0), description: expect.stringContaining(code) }),
    ]);
  });

  it('says what a bidirectional control does, and names the common ones', () => {
    expect(invisibleCharacterProblem('\u202e')).toBe(
      'bidirectional control character U+202E (RIGHT-TO-LEFT OVERRIDE): it can make text display differently from what it says',
    );
    expect(invisibleCharacterProblem('\u00ad')).toMatch(/^invisible character U\+00AD \(SOFT HYPHEN\): /);
    expect(invisibleCharacterProblem('\u{e0041}')).toMatch(/^invisible character U\+E0041 \(TAG A\): /);
    expect(invisibleCharacterProblem('\u0007')).toMatch(/^control character U\+0007: it is invisible on the page/);
  });

  it('allows tabs, line endings (LF and CR LF), no-break spaces and the letters and punctuation the pages use', () => {
    expect(findInvisibleCharacters('a\tb\r\nc\nŵŷâ “’” – … £ \u00a0é ÂÊÎÔÛŴŶ')).toEqual([]);
  });

  it('a carriage return on its own is not a line ending', () => {
    expect(findInvisibleCharacters('a\rb').map((c) => c.description)).toEqual([
      'control character U+000D (CARRIAGE RETURN without a line feed)',
    ]);
  });

  it('gives the index of each one, in UTF-16 code units', () => {
    expect(findInvisibleCharacters('ab\u202ec\u0007\u{e0041}d\u200d').map((c) => c.index)).toEqual([2, 4, 5, 8]);
  });

  it('can be taken out of a text', () => {
    expect(withoutInvisibleCharacters('Call\u00ad 0900\u202e654\u{e0041}\u200b now')).toBe('Call 0900654 now');
  });
});

describe('every check uses the one definition', () => {
  it.each(cases)('%s: the MDX check rejects it where it is written', (code, char) => {
    const problems = problemsInMdx(`First line.\n\nThe fee is${char}paid.`);
    expect(problems.map((p) => `${p.line}:${p.column}`)).toEqual(['3:11']);
    expect(problems[0]!.reason).toContain(code);
  });

  it.each(cases)('%s: the plain-text rule for YAML and front matter rejects it', (code, char) => {
    expect(unsafeTextProblem(`The fee${char}is paid`)).toMatch(new RegExp(`^holds the .*${code.replace('+', '\\+')}.* at character 8: `));
  });

  it.each(cases)('%s: the search box takes it out of a query (a line separator is white space, so a space)', (_code, char) => {
    expect(cleanQuery(`DBS${char}check`)).toMatch(/^DBS ?check$/);
  });
});
