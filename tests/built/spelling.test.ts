/**
 * Spell-checks the text of every built page's <main>: Welsh with dictionary-cy, English with
 * dictionary-en-gb, each part in the language it is marked as, against the reviewed allowlist in
 * tests/fixtures/spelling-allowlist.yaml. Fails listing each unknown word with its pages.
 */
import { describe, expect, it } from 'vitest';
import { parsedPages } from '../support/site-pages';
import { textByLanguage, words } from '../support/page-text';
import { isKnown, loadAllowlist } from '../support/spelling';
import { parseHtml } from '../support/html';
import { locales, type Locale } from '../../src/lib/i18n/locale';

const allowlist = loadAllowlist();
const noAllowlist: Record<Locale, Set<string>> = { en: new Set(), cy: new Set() };

describe('the spell-checker itself', () => {
  it("rejects misspellings and the other language's words", () => {
    expect(isKnown('apprentiseship', 'en', noAllowlist)).toBe(false);
    expect(isKnown('prentisiaeth', 'en', noAllowlist)).toBe(false);
    expect(isKnown('prentisaeth', 'cy', noAllowlist)).toBe(false);
    expect(isKnown('apprenticeship', 'cy', noAllowlist)).toBe(false);
    expect(isKnown('training', 'cy', noAllowlist)).toBe(false);
  });
  it('accepts British spellings and Welsh mutated forms', () => {
    for (const word of ['organisation', 'colour', 'programme']) expect(isKnown(word, 'en', noAllowlist), word).toBe(true);
    expect(isKnown('organization', 'en', noAllowlist)).toBe(false);
    // Soft, nasal and aspirate mutations: dictionary-cy knows them, so no demutation step is needed.
    for (const word of [
      'prentisiaeth',
      'brentisiaeth',
      'mhrentisiaeth',
      'phrentisiaeth',
      'cyflogwr',
      'gyflogwr',
      'nghyflogwr',
      'Chymraeg',
      'Nghymru',
      "i'r",
      "sy'n",
    ]) {
      expect(isKnown(word, 'cy', noAllowlist), word).toBe(true);
    }
  });
  it('accepts a Welsh word with an enclitic only when the word itself is Welsh', () => {
    expect(isKnown("gwiriadau'r", 'cy', noAllowlist)).toBe(true);
    expect(isKnown("unedau'n", 'cy', noAllowlist)).toBe(true);
    expect(isKnown("checks'r", 'cy', noAllowlist)).toBe(false);
    expect(isKnown("gwiriadau'x", 'cy', noAllowlist)).toBe(false);
  });
  it('checks each part in the language it is marked as', () => {
    const main = parseHtml(
      '<main><p>Mae\'r <span lang="en">Equality Act</span> yn berthnasol.</p><p lang="cy">Hafan</p></main>',
    ).querySelector('main')!;
    const text = textByLanguage(main, 'cy');
    expect(words(text.cy)).toEqual(["Mae'r", 'yn', 'berthnasol', 'Hafan']);
    expect(words(text.en)).toEqual(['Equality', 'Act']);
  });
  it('leaves codes and numbers to the facts tests', () => {
    expect(words('Rhif C00/4514/4, 480 awr')).toEqual(['Rhif', 'awr']);
    expect(words('Cyfeiriad y dudalen: https://example.wales/cy/codio-clinigol/ heddiw')).toEqual(['Cyfeiriad', 'y', 'dudalen', 'heddiw']);
  });
});

describe('spelling of every page', () => {
  const unknown: Record<Locale, Map<string, Set<string>>> = { en: new Map(), cy: new Map() };
  const counted: Record<Locale, number> = { en: 0, cy: 0 };
  for (const page of parsedPages()) {
    const main = page.doc.querySelector('main');
    if (!main) continue;
    const text = textByLanguage(main, page.lang ?? 'en');
    for (const lang of locales) {
      for (const word of words(text[lang])) {
        counted[lang]++;
        if (!isKnown(word, lang, allowlist)) unknown[lang].set(word, (unknown[lang].get(word) ?? new Set()).add(page.url));
      }
    }
  }

  it.each(locales)('%s: every word is in the dictionary or the allowlist', (lang) => {
    expect(counted[lang]).toBeGreaterThan(100);
    const report = [...unknown[lang]].sort(([a], [b]) => a.localeCompare(b)).map(([word, urls]) => `${word}  (${[...urls].join(', ')})`);
    expect(report, `unknown ${lang} words; fix the content, or add names and codes to tests/fixtures/spelling-allowlist.yaml`).toEqual([]);
  });

  it('the allowlist has no words the dictionaries already know', () => {
    const data = loadAllowlist();
    const redundant = locales.flatMap((lang) =>
      [...data[lang]].filter((word) => isKnown(word, lang, noAllowlist)).map((w) => `${lang}: ${w}`),
    );
    // A word allowed in both languages is redundant only if both dictionaries know it.
    const both = redundant.filter((entry) => {
      const word = entry.slice(4);
      return !(data.en.has(word) && data.cy.has(word)) || (isKnown(word, 'en', noAllowlist) && isKnown(word, 'cy', noAllowlist));
    });
    expect(both).toEqual([]);
  });
});
