/**
 * Numbers with their nouns (src/lib/i18n/count.ts) with the site's own nouns from content/site/ui/. The
 * Welsh expected here is written out from the rule in content/welsh-style.md, as the Welsh
 * Government's framework pages and Agored Cymru count: a numeral takes the singular, unmutated
 * ("48 credyd", "6 awr"); in running prose one to nine are words with the mutation each gives
 * ("chwe chwestiwn", "dwy ran", "tri chredyd"). Never "o" and the plural.
 */
import { describe, expect, it } from 'vitest';
import { countForms, countKeySuffixes, formatCount, startsSentence } from '../../src/lib/i18n/count';
import { capitalise, mutate } from '../../src/lib/i18n/format';
import { ui, t } from '../support/ui';
import { translatorFrom } from '../../src/lib/i18n/translate';

/** 0 to 11, and the figures the pathway's facts have. */
const NUMBERS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 20, 48, 60, 280] as const;
const welsh = (noun: string, where: 'prose' | 'figures') => NUMBERS.map((n) => formatCount(t.cy, 'cy', noun, n, where));
const english = (noun: string, where: 'prose' | 'figures') => NUMBERS.map((n) => formatCount(t.en, 'en', noun, n, where));
/** The numerals above ten, the same in prose and among figures. */
const figures = (noun: string) => ['10', '11', '20', '48', '60', '280'].map((n) => `${n} ${noun}`);

describe('a count in Welsh prose: one to nine in words, with the mutation each gives', () => {
  it('questions (cwestiwn, masculine): dau gwestiwn, tri chwestiwn, chwe chwestiwn', () => {
    expect(welsh('question', 'prose')).toEqual([
      '0 cwestiwn',
      'un cwestiwn',
      'dau gwestiwn',
      'tri chwestiwn',
      'pedwar cwestiwn',
      'pum cwestiwn',
      'chwe chwestiwn',
      'saith cwestiwn',
      'wyth cwestiwn',
      'naw cwestiwn',
      ...figures('cwestiwn'),
    ]);
  });

  it('credits (credyd, masculine): dau gredyd, tri chredyd, chwe chredyd', () => {
    expect(welsh('credit', 'prose')).toEqual([
      '0 credyd',
      'un credyd',
      'dau gredyd',
      'tri chredyd',
      'pedwar credyd',
      'pum credyd',
      'chwe chredyd',
      'saith credyd',
      'wyth credyd',
      'naw credyd',
      ...figures('credyd'),
    ]);
  });

  it('search results (canlyniad, masculine): dau ganlyniad, tri chanlyniad, chwe chanlyniad', () => {
    expect(welsh('result', 'prose')).toEqual([
      '0 canlyniad',
      'un canlyniad',
      'dau ganlyniad',
      'tri chanlyniad',
      'pedwar canlyniad',
      'pum canlyniad',
      'chwe chanlyniad',
      'saith canlyniad',
      'wyth canlyniad',
      'naw canlyniad',
      ...figures('canlyniad'),
    ]);
  });

  it('hours (awr, feminine): dwy awr, tair awr, pedair awr', () => {
    expect(welsh('hour', 'prose')).toEqual([
      '0 awr',
      'un awr',
      'dwy awr',
      'tair awr',
      'pedair awr',
      'pum awr',
      'chwe awr',
      'saith awr',
      'wyth awr',
      'naw awr',
      ...figures('awr'),
    ]);
  });

  it('guided learning hours (awr dysgu dan arweiniad, feminine): dwy awr dysgu dan arweiniad', () => {
    expect(welsh('guided-learning-hour', 'prose')).toEqual([
      '0 awr dysgu dan arweiniad',
      'un awr dysgu dan arweiniad',
      'dwy awr dysgu dan arweiniad',
      'tair awr dysgu dan arweiniad',
      'pedair awr dysgu dan arweiniad',
      'pum awr dysgu dan arweiniad',
      'chwe awr dysgu dan arweiniad',
      'saith awr dysgu dan arweiniad',
      'wyth awr dysgu dan arweiniad',
      'naw awr dysgu dan arweiniad',
      ...figures('awr dysgu dan arweiniad'),
    ]);
  });

  it('parts of an address (rhan, feminine, in rh): un rhan (rh does not soften after "un"), dwy ran (it does after "dwy")', () => {
    expect(welsh('address-part', 'prose')).toEqual([
      '0 rhan',
      'un rhan',
      'dwy ran',
      'tair rhan',
      'pedair rhan',
      'pum rhan',
      'chwe rhan',
      'saith rhan',
      'wyth rhan',
      'naw rhan',
      ...figures('rhan'),
    ]);
  });
});

describe('a count in Welsh among figures: a numeral and the singular, unmutated', () => {
  it.each([
    ['question', 'cwestiwn'],
    ['credit', 'credyd'],
    ['result', 'canlyniad'],
    ['hour', 'awr'],
    ['guided-learning-hour', 'awr dysgu dan arweiniad'],
    ['address-part', 'rhan'],
  ])('%s: "3 %s", never "3 o …"', (noun, singular) => {
    expect(welsh(noun, 'figures')).toEqual(NUMBERS.map((n) => `${n} ${singular}`));
  });

  it('as the framework pages write them: 48 credyd, 280 awr, 60 awr dysgu dan arweiniad, 3 canlyniad, 1,480 awr', () => {
    expect(formatCount(t.cy, 'cy', 'credit', 48, 'figures')).toBe('48 credyd');
    expect(formatCount(t.cy, 'cy', 'hour', 280, 'figures')).toBe('280 awr');
    expect(formatCount(t.cy, 'cy', 'guided-learning-hour', 60, 'figures')).toBe('60 awr dysgu dan arweiniad');
    expect(formatCount(t.cy, 'cy', 'result', 3, 'figures')).toBe('3 canlyniad');
    expect(formatCount(t.cy, 'cy', 'hour', 1480, 'prose')).toBe('1,480 awr');
  });
});

describe('a count in English', () => {
  it('singular after 1 only, always a numeral, in prose as among figures', () => {
    const questions = [
      '0 questions',
      '1 question',
      '2 questions',
      '3 questions',
      '4 questions',
      '5 questions',
      '6 questions',
      '7 questions',
      '8 questions',
      '9 questions',
      '10 questions',
      '11 questions',
      '20 questions',
      '48 questions',
      '60 questions',
      '280 questions',
    ];
    expect(english('question', 'prose')).toEqual(questions);
    expect(english('question', 'figures')).toEqual(questions);
    expect([1, 6].map((n) => formatCount(t.en, 'en', 'credit', n, 'prose'))).toEqual(['1 credit', '6 credits']);
    expect([1, 2].map((n) => formatCount(t.en, 'en', 'result', n, 'figures'))).toEqual(['1 result', '2 results']);
    expect([1, 2].map((n) => formatCount(t.en, 'en', 'address-part', n, 'prose'))).toEqual(['1 part', '2 parts']);
    expect([1, 60].map((n) => formatCount(t.en, 'en', 'guided-learning-hour', n, 'prose'))).toEqual([
      '1 guided learning hour',
      '60 guided learning hours',
    ]);
    expect(formatCount(t.en, 'en', 'hour', 1480, 'figures')).toBe('1,480 hours');
  });
});

describe('Welsh mutations after a numeral', () => {
  it('soft: c g, p b, t d, g dropped, b f, d dd, m f, ll l, rh r; ch, ph, th, ff unchanged', () => {
    expect(
      ['cwestiwn', 'punt', 'tudalen', 'gwers', 'blwyddyn', 'diwrnod', 'munud', 'llaw', 'rhan', 'chwarter', 'ffeil'].map((word) =>
        mutate(word, 'soft'),
      ),
    ).toEqual(['gwestiwn', 'bunt', 'dudalen', 'wers', 'flwyddyn', 'ddiwrnod', 'funud', 'law', 'ran', 'chwarter', 'ffeil']);
  });

  it('after "un", a feminine noun softens but not one in ll or rh', () => {
    expect(['tudalen', 'gwers', 'llaw', 'rhan', 'awr'].map((word) => mutate(word, 'soft-but-ll-rh'))).toEqual([
      'dudalen',
      'wers',
      'llaw',
      'rhan',
      'awr',
    ]);
  });

  it('aspirate: c ch, p ph, t th, and nothing else', () => {
    expect(['credyd', 'punt', 'tudalen', 'chwarter', 'awr', 'rhan'].map((word) => mutate(word, 'aspirate'))).toEqual([
      'chredyd',
      'phunt',
      'thudalen',
      'chwarter',
      'awr',
      'rhan',
    ]);
  });

  it('keeps a capital, and mutates only the first word', () => {
    expect(mutate('Cwestiwn', 'aspirate')).toBe('Chwestiwn');
    expect(mutate('Gwers', 'soft')).toBe('Wers');
    expect(mutate('credyd dysgu', 'soft')).toBe('gredyd dysgu');
  });
});

describe('a count that starts a sentence', () => {
  it('knows a sentence start: nothing before, a full stop, a list marker; not after a colon or mid-sentence', () => {
    expect(['', '  ', 'Dyma’r llwybr. ', '- ', 'Beth? ', '(Gweler isod.) ', '| Credydau | '].map(startsSentence)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['O leiaf ', '**Oriau hyfforddi:** ', 'pob un ag o leiaf ', 'sef '].map(startsSentence)).toEqual([false, false, false, false]);
  });

  it('takes a capital', () => {
    expect(capitalise('chwe chredyd')).toBe('Chwe chredyd');
    expect(capitalise('48 credyd')).toBe('48 credyd');
  });
});

describe('the counted nouns in content/site/ui/', () => {
  const nouns = [
    ...new Set([...ui.keys()].filter((key) => key.startsWith('count-')).map((key) => key.replace(/^count-|-(?:one|other|gender)$/g, ''))),
  ];

  it('are the six the site counts, each with every string', () => {
    expect(nouns.sort()).toEqual(['address-part', 'credit', 'guided-learning-hour', 'hour', 'question', 'result']);
    for (const noun of nouns)
      for (const suffix of countKeySuffixes) expect(ui.has(`count-${noun}-${suffix}`), `count-${noun}-${suffix}`).toBe(true);
  });

  it('in Welsh, the singular after every number, and a gender the numerals know', () => {
    for (const noun of nouns) {
      expect(ui.get(`count-${noun}-other`)!.cy, noun).toBe(ui.get(`count-${noun}-one`)!.cy);
      expect(['gwrywaidd', 'benywaidd'], noun).toContain(ui.get(`count-${noun}-gender`)!.cy);
    }
  });
});

describe('a noun the content lacks', () => {
  it('fails naming the missing interface string instead of showing a bare number', () => {
    const only = translatorFrom({ 'count-page-other': 'pages' });
    expect(formatCount(only, 'en', 'page', 2, 'prose')).toBe('2 pages');
    expect(() => formatCount(only, 'en', 'page', 1, 'prose')).toThrow('count-page-one');
  });

  it('fails on a Welsh gender the numerals do not know, saying what to write', () => {
    const strings = translatorFrom({ 'count-page-one': 'tudalen', 'count-page-other': 'tudalen', 'count-page-gender': 'feminine' });
    expect(() => formatCount(strings, 'cy', 'page', 2, 'prose')).toThrow(
      'count-page-gender: the Welsh is "feminine"; write "gwrywaidd" (masculine) or "benywaidd" (feminine)',
    );
  });

  it('a feminine noun the site does not count yet follows the rule too: un dudalen, dwy dudalen, tair tudalen, chwe thudalen, 1 tudalen', () => {
    const strings = translatorFrom({ 'count-page-one': 'tudalen', 'count-page-other': 'tudalen', 'count-page-gender': 'benywaidd' });
    expect([1, 2, 3, 6].map((n) => formatCount(strings, 'cy', 'page', n, 'prose'))).toEqual([
      'un dudalen',
      'dwy dudalen',
      'tair tudalen',
      'chwe thudalen',
    ]);
    expect(formatCount(strings, 'cy', 'page', 1, 'figures')).toBe('1 tudalen');
  });

  it('has two forms in both languages', () => {
    expect(countForms).toEqual(['one', 'other']);
  });
});
