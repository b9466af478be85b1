import { describe, expect, it } from 'vitest';
import { factCountText, factNames, factText } from '../../src/lib/facts';
import { translator } from '../../src/lib/translate';
import { mergeUiStrings } from '../../src/lib/ui-strings';
import { pathwaySchema, type Pathway } from '../../src/schemas/pathway';
import { realPathwayData } from '../support/fixtures';

const pathway: Pathway = pathwaySchema.parse(realPathwayData());

describe('factText', () => {
  it('gives every named fact a non-empty value in both languages', () => {
    for (const name of factNames) {
      for (const lang of ['en', 'cy'] as const) expect(factText(pathway, name, lang), `${name} ${lang}`).not.toBe('');
    }
  });

  it('reads numbers and codes from the data, the same in both languages', () => {
    for (const lang of ['en', 'cy'] as const) {
      expect(factText(pathway, 'minimumCredits', lang)).toBe(String(pathway.minimumCredits));
      expect(factText(pathway, 'qualificationNumber', lang)).toBe(pathway.qualification.number);
      expect(factText(pathway, 'onTheJobHours', lang)).toBe(String(pathway.trainingHours.onTheJob));
      expect(factText(pathway, 'essentialSkillGlh', lang)).toBe(String(pathway.essentialSkills[0]!.glh));
    }
  });

  it('gives names and dates in the page\'s language', () => {
    expect(factText(pathway, 'qualificationTitle', 'cy')).toBe(pathway.qualification.title.cy);
    expect(factText(pathway, 'approvingBodyAbbreviation', 'en')).toBe(pathway.bodies.approving.abbreviation?.en);
    expect(factText({ ...pathway, revisionDate: '2025-02-21' }, 'revisionDate', 'cy')).toBe('21 Chwefror 2025');
  });

  it('refuses a shared Essential Skills value when the units differ', () => {
    const mixed = { ...pathway, essentialSkills: [pathway.essentialSkills[0]!, { ...pathway.essentialSkills[0]!, id: 'other', credits: 9 }] };
    expect(() => factText(mixed, 'essentialSkillCredits', 'en')).toThrow('needs every Essential Skills unit to have the same value');
  });

  it('names the valid facts when given an unknown one', () => {
    expect(() => factText(pathway, 'minimumCredit', 'en')).toThrow(/<Fact name="minimumCredit"> is not a fact; use one of level, minimumCredits/);
  });
});

describe('factCountText', () => {
  const forms: Record<string, string> = { 'count-credit-one': 'credyd', 'count-credit-other': 'o gredydau', 'count-hour-one': 'awr', 'count-hour-other': 'o oriau' };
  const template = (key: string) => forms[key]!;

  it('writes a number fact with its noun as every count is written', () => {
    expect(factCountText({ ...pathway, minimumCredits: 48 }, 'minimumCredits', 'credit', template, 'cy')).toBe('48 o gredydau');
    expect(factCountText({ ...pathway, minimumCredits: 1 }, 'minimumCredits', 'credit', template, 'cy')).toBe('1 credyd');
    expect(factCountText({ ...pathway, trainingHours: { ...pathway.trainingHours, onTheJob: 280 } }, 'onTheJobHours', 'hour', template, 'cy')).toBe('280 o oriau');
  });

  it('refuses to count a fact that is not a number, naming the ones it can count', () => {
    expect(() => factCountText(pathway, 'qualificationTitle', 'credit', template, 'en')).toThrow(/<Fact name="qualificationTitle" count="credit"> counts a fact that is not a number; use count only with level, minimumCredits/);
  });
});

describe('translator', () => {
  const strings = new Map([
    ['n-credits', { en: '{n} credits', cy: '{n} o gredydau' }],
    ['home', { en: 'Home', cy: 'Hafan' }],
  ]);
  it('looks a string up in the page\'s language and fills in values', () => {
    expect(translator(strings, 'cy')('home')).toBe('Hafan');
    expect(translator(strings, 'cy')('n-credits', { n: 48 })).toBe('48 o gredydau');
    expect(translator(strings, 'en')('n-credits', { n: '6' })).toBe('6 credits');
  });
  it('fails loudly on a missing key or value, naming it', () => {
    expect(() => translator(strings, 'en')('hoem')).toThrow('content/site/ui: hoem: no such interface string');
    expect(() => translator(strings, 'en')('n-credits')).toThrow('content/site/ui: n-credits: no value for {n}');
  });
});

describe('mergeUiStrings', () => {
  it('merges every file into one lookup', () => {
    const merged = mergeUiStrings([
      { file: 'content/site/ui/common.yaml', strings: { home: { en: 'Home', cy: 'Hafan' } } },
      { file: 'content/site/ui/search.yaml', strings: { search: { en: 'Search', cy: 'Chwilio' } } },
    ]);
    expect([...merged.keys()]).toEqual(['home', 'search']);
    expect(merged.get('search')?.cy).toBe('Chwilio');
  });
  it('rejects a key defined in two files, naming both', () => {
    expect(() =>
      mergeUiStrings([
        { file: 'content/site/ui/common.yaml', strings: { search: { en: 'Search', cy: 'Chwilio' } } },
        { file: 'content/site/ui/search.yaml', strings: { search: { en: 'Find', cy: 'Canfod' } } },
      ]),
    ).toThrow('content/site/ui/search.yaml: search: is already defined in content/site/ui/common.yaml');
  });
});
