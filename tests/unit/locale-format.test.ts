import { describe, expect, it, vi } from 'vitest';
import { htmlLang, isLocale, otherLocale, ownLanguageFirst, ownLanguageOptionsFirst } from '../../src/lib/i18n/locale';
import { formatDate, formatNumber } from '../../src/lib/i18n/format';
import { formatChoice, formatList } from '../../src/lib/i18n/format';

describe('formatDate', () => {
  it('writes the pathway revision date in each language', () => {
    expect(formatDate('2025-02-21', 'en')).toBe('21 February 2025');
    expect(formatDate('2025-02-21', 'cy')).toBe('21 Chwefror 2025');
  });
  it('does not shift the day across time zones', () => {
    expect(formatDate('2026-01-01', 'en')).toBe('1 January 2026');
    expect(formatDate('2025-12-31', 'cy')).toBe('31 Rhagfyr 2025');
  });
  it('throws, naming the value, for a string that is not a date', () => {
    expect(() => formatDate('21/02/2025', 'en')).toThrow('"21/02/2025" is not a date');
  });
});

describe('Intl formatters', () => {
  // The search page's script imports this module on load: four formatters built there blocked the page for about 40 ms.
  it('are built on first use, once per language, not when the module loads', async () => {
    const dates = vi.spyOn(Intl, 'DateTimeFormat');
    const numbers = vi.spyOn(Intl, 'NumberFormat');
    try {
      // A copy of the module of its own (the query makes it another module), loaded now; not
      // vi.resetModules(), which would make every later file in this worker load the content again.
      const freshCopy = '../../src/lib/i18n/format.ts?fresh';
      const fresh: typeof import('../../src/lib/i18n/format') = await import(/* @vite-ignore */ freshCopy);
      expect(dates).not.toHaveBeenCalled();
      expect(numbers).not.toHaveBeenCalled();
      expect(fresh.formatNumber(1000, 'cy')).toBe('1,000');
      expect(fresh.formatNumber(2000, 'cy')).toBe('2,000');
      expect(fresh.formatDate('2025-02-21', 'en')).toBe('21 February 2025');
      expect(numbers).toHaveBeenCalledTimes(1);
      expect(dates).toHaveBeenCalledTimes(1);
    } finally {
      dates.mockRestore();
      numbers.mockRestore();
    }
  });
});

describe('locale helpers', () => {
  it('maps languages to BCP 47 tags', () => {
    expect(htmlLang).toEqual({ en: 'en-GB', cy: 'cy' });
  });
  it('knows the other language', () => {
    expect(otherLocale('en')).toBe('cy');
    expect(otherLocale('cy')).toBe('en');
  });
  it('recognises only its own languages', () => {
    expect(isLocale('cy')).toBe(true);
    expect(isLocale('CY')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
  it('groups thousands in both languages', () => {
    expect(formatNumber(1480, 'en')).toBe('1,480');
    expect(formatNumber(1480, 'cy')).toBe('1,480');
  });
});

describe('formatList', () => {
  it('joins English with "and"', () => {
    expect(formatList(['English', 'Welsh'], 'en')).toBe('English and Welsh');
    expect(formatList(['IT', 'Data Analysis', 'Libraries'], 'en')).toBe('IT, Data Analysis and Libraries');
  });
  it('joins Welsh with "a" and the aspirate mutation', () => {
    expect(formatList(['Saesneg', 'Cymraeg'], 'cy')).toBe('Saesneg a Chymraeg');
    expect(formatList(['Cymraeg', 'Pwyleg'], 'cy')).toBe('Cymraeg a Phwyleg');
    expect(formatList(['Cymraeg', 'Tamileg'], 'cy')).toBe('Cymraeg a Thamileg');
  });
  it('uses "ac" before a vowel and leaves the word unmutated', () => {
    expect(formatList(['Cymraeg', 'Saesneg', 'Almaeneg'], 'cy')).toBe('Cymraeg, Saesneg ac Almaeneg');
    expect(formatList(['Cymraeg', 'Wrdw'], 'cy')).toBe('Cymraeg ac Wrdw');
  });
  it('does not mutate letters that the aspirate mutation leaves alone, or words already mutated', () => {
    expect(formatList(['Cymraeg', 'Saesneg'], 'cy')).toBe('Cymraeg a Saesneg');
    expect(formatList(['Saesneg', 'Chymraeg'], 'cy')).toBe('Saesneg a Chymraeg');
  });
  it('returns one item unchanged and nothing for none', () => {
    expect(formatList(['Cymraeg'], 'cy')).toBe('Cymraeg');
    expect(formatList([], 'en')).toBe('');
  });
});

describe('formatChoice', () => {
  it('offers alternatives with "or", and in Welsh "neu" with the soft mutation it causes', () => {
    expect(formatChoice(['English', 'Welsh'], 'en')).toBe('English or Welsh');
    expect(formatChoice(['Saesneg', 'Cymraeg'], 'cy')).toBe('Saesneg neu Gymraeg');
    expect(formatChoice(['Cymraeg', 'Saesneg'], 'cy')).toBe('Cymraeg neu Saesneg');
    expect(formatChoice(['Cymraeg', 'Llythrennedd'], 'cy')).toBe('Cymraeg neu Lythrennedd');
    expect(formatChoice(['Cymraeg'], 'cy')).toBe('Cymraeg');
  });
});

describe('ownLanguageFirst', () => {
  it('puts Welsh first on Welsh pages and keeps the order elsewhere', () => {
    expect(ownLanguageFirst(['english', 'welsh'], 'cy')).toEqual(['welsh', 'english']);
    expect(ownLanguageFirst(['english', 'welsh'], 'en')).toEqual(['english', 'welsh']);
    expect(ownLanguageFirst(['welsh', 'english'], 'en')).toEqual(['english', 'welsh']);
    expect(ownLanguageFirst(['english'], 'cy')).toEqual(['english']);
  });
});

describe('ownLanguageOptionsFirst', () => {
  const options = (...values: string[]) => values.map((value) => ({ value }));
  const values = (list: { value: string }[]) => list.map((option) => option.value);

  it('shows Cymraeg first on Welsh pages in a list of languages, other options kept in place after them', () => {
    expect(values(ownLanguageOptionsFirst(options('english', 'welsh', 'either'), 'cy'))).toEqual(['welsh', 'english', 'either']);
    expect(values(ownLanguageOptionsFirst(options('english', 'welsh', 'either'), 'en'))).toEqual(['english', 'welsh', 'either']);
    expect(values(ownLanguageOptionsFirst(options('welsh', 'english'), 'en'))).toEqual(['english', 'welsh']);
  });

  it('leaves a list that is not of languages as written', () => {
    expect(values(ownLanguageOptionsFirst(options('gcse', 'welsh-bacc', 'welsh'), 'cy'))).toEqual(['gcse', 'welsh-bacc', 'welsh']);
    expect(values(ownLanguageOptionsFirst(options('yes', 'no'), 'cy'))).toEqual(['yes', 'no']);
  });

  it('keeps each option whole', () => {
    const list = [
      { value: 'english', label: 'Saesneg' },
      { value: 'welsh', label: 'Cymraeg' },
    ];
    expect(ownLanguageOptionsFirst(list, 'cy')).toEqual([list[1], list[0]]);
  });
});
