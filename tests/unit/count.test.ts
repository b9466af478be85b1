/**
 * Numbers with their nouns (src/lib/count.ts) with the site's own nouns from content/site/ui/. The
 * Welsh expected here is written from the rule in content/welsh-style.md: the singular after 1
 * (a feminine noun mutates after "un", but not one in rh: "1 rhan"), and "o" with the
 * soft-mutated plural after any other number, whatever the number ("2 o gwestiynau", never
 * "2 gwestiwn", "3 chwestiwn" or "6 chwestiwn").
 */
import { describe, expect, it } from 'vitest';
import { countForms, formatCount } from '../../src/lib/count';
import { t } from '../support/content';
import { translatorFrom } from '../../src/lib/translate';

const NUMBERS = [0, 1, 2, 3, 4, 5, 6, 8, 10, 20, 100] as const;
const welsh = (noun: string) => NUMBERS.map((n) => formatCount(t.cy, 'cy', noun, n));
const english = (noun: string) => NUMBERS.map((n) => formatCount(t.en, 'en', noun, n));

describe('a count in Welsh', () => {
  it('questions: 1 cwestiwn, otherwise "o gwestiynau"', () => {
    expect(welsh('question')).toEqual([
      '0 o gwestiynau', '1 cwestiwn', '2 o gwestiynau', '3 o gwestiynau', '4 o gwestiynau', '5 o gwestiynau',
      '6 o gwestiynau', '8 o gwestiynau', '10 o gwestiynau', '20 o gwestiynau', '100 o gwestiynau',
    ]);
  });

  it('search results: 1 canlyniad, otherwise "o ganlyniadau"', () => {
    expect(welsh('result')).toEqual([
      '0 o ganlyniadau', '1 canlyniad', '2 o ganlyniadau', '3 o ganlyniadau', '4 o ganlyniadau', '5 o ganlyniadau',
      '6 o ganlyniadau', '8 o ganlyniadau', '10 o ganlyniadau', '20 o ganlyniadau', '100 o ganlyniadau',
    ]);
  });

  it('parts of an address, a feminine noun in rh: 1 rhan (no mutation after "un"), otherwise "o rannau"', () => {
    expect(welsh('address-part')).toEqual([
      '0 o rannau', '1 rhan', '2 o rannau', '3 o rannau', '4 o rannau', '5 o rannau',
      '6 o rannau', '8 o rannau', '10 o rannau', '20 o rannau', '100 o rannau',
    ]);
  });

  it('credits and hours: 1 credyd, 6 o gredydau (never "6 credyd"); 1 awr, 480 o oriau', () => {
    expect(welsh('credit')).toEqual([
      '0 o gredydau', '1 credyd', '2 o gredydau', '3 o gredydau', '4 o gredydau', '5 o gredydau',
      '6 o gredydau', '8 o gredydau', '10 o gredydau', '20 o gredydau', '100 o gredydau',
    ]);
    expect(welsh('hour')).toEqual([
      '0 o oriau', '1 awr', '2 o oriau', '3 o oriau', '4 o oriau', '5 o oriau',
      '6 o oriau', '8 o oriau', '10 o oriau', '20 o oriau', '100 o oriau',
    ]);
    expect(formatCount(t.cy, 'cy', 'guided-learning-hour', 60)).toBe('60 o oriau dysgu dan arweiniad');
  });

  it('writes large numbers as Welsh writes them', () => {
    expect(formatCount(t.cy, 'cy', 'hour', 1480)).toBe('1,480 o oriau');
  });
});

describe('a count in English', () => {
  it('singular after 1 only', () => {
    expect(english('question')).toEqual([
      '0 questions', '1 question', '2 questions', '3 questions', '4 questions', '5 questions',
      '6 questions', '8 questions', '10 questions', '20 questions', '100 questions',
    ]);
    expect([1, 2].map((n) => formatCount(t.en, 'en', 'result', n))).toEqual(['1 result', '2 results']);
    expect([1, 480].map((n) => formatCount(t.en, 'en', 'hour', n))).toEqual(['1 hour', '480 hours']);
    expect(formatCount(t.en, 'en', 'hour', 1480)).toBe('1,480 hours');
  });
});

describe('a noun the content lacks', () => {
  it('fails naming the missing interface string instead of showing a bare number', () => {
    const only = translatorFrom({ 'count-page-other': 'pages' });
    expect(formatCount(only, 'en', 'page', 2)).toBe('2 pages');
    expect(() => formatCount(only, 'en', 'page', 1)).toThrow('count-page-one');
  });

  it('has two forms in both languages', () => {
    expect(countForms).toEqual(['one', 'other']);
  });
});
