import { describe, expect, it } from 'vitest';
import { factCountText, factNames, factNumber, factText } from '../../src/lib/pathway/facts';
import { translator } from '../../src/lib/i18n/translate';
import { mergeUiStrings } from '../../src/lib/i18n/ui-strings';
import { pathwaySchema, type Pathway } from '../../src/schemas/pathway';
import { realPathwayData } from '../support/fixtures';

const pathway: Pathway = pathwaySchema.parse(realPathwayData());
const level = pathway.levels[0]!;
const qualification = level.qualifications.items[0]!;
const words = (key: string) => ({ 'fact-not-stated': 'Not stated in the pathway', 'fact-to-follow': 'To follow' })[key] ?? key;
/** The pathway with its one level changed. */
const withLevel = (change: Partial<typeof level>): Pathway => ({ ...pathway, levels: [{ ...level, ...change }] });
/** The pathway with a second level, 3, named differently. */
const twoLevels: Pathway = {
  ...pathway,
  levels: [{ ...level, level: 3, name: { en: 'Health Records', cy: 'Cofnodion Iechyd' }, minimumCredits: 'not-stated' }, level],
};

describe('factText', () => {
  it('gives every named fact a non-empty value in both languages', () => {
    for (const name of factNames) {
      for (const lang of ['en', 'cy'] as const) expect(factText(pathway, name, lang, words), `${name} ${lang}`).not.toBe('');
    }
  });

  it('reads numbers and codes from the data, the same in both languages', () => {
    for (const lang of ['en', 'cy'] as const) {
      expect(factText(pathway, 'minimumCredits', lang, words)).toBe(String(level.minimumCredits));
      expect(factText(pathway, 'qualificationNumber', lang, words)).toBe(qualification.number);
      expect(factText(pathway, 'onTheJobHours', lang, words)).toBe(String(level.trainingHours.onTheJob));
      expect(factText(pathway, 'essentialSkillGlh', lang, words)).toBe(String((level.essentialSkills as { glh: number }[])[0]!.glh));
    }
  });

  it("gives names and dates in the page's language", () => {
    expect(factText(pathway, 'qualificationTitle', 'cy', words)).toBe(qualification.title.cy);
    expect(factText(pathway, 'approvingBodyAbbreviation', 'en', words)).toBe(pathway.bodies.approving[0]!.abbreviation?.en);
    expect(factText({ ...pathway, revisionDate: '2025-02-21' }, 'revisionDate', 'cy', words)).toBe('21 Chwefror 2025');
  });

  it('says in words that a fact is not stated, never a number', () => {
    expect(factText(pathway, 'frameworkNumber', 'en', words)).toBe('Not stated in the pathway');
    expect(factText(withLevel({ trainingHours: { onTheJob: 'to-follow', offTheJob: 200 } }), 'onTheJobHours', 'en', words)).toBe(
      'To follow',
    );
    expect(factCountText(withLevel({ minimumCredits: 'not-stated' }), 'minimumCredits', 'credit', words, 'en', 'prose')).toBe(
      'Not stated in the pathway',
    );
    expect(factNumber(withLevel({ minimumCredits: 'not-stated' }), 'minimumCredits')).toBe('not-stated');
  });

  it('reads a fact of the level it names, and asks for the level where there are several', () => {
    expect(factText(twoLevels, 'minimumCredits', 'en', words, { level: 4 })).toBe(String(level.minimumCredits));
    expect(factText(twoLevels, 'minimumCredits', 'en', words, { level: 3 })).toBe('Not stated in the pathway');
    expect(factText(twoLevels, 'levelName', 'cy', words, { level: 3 })).toBe('Cofnodion Iechyd');
    expect(() => factText(twoLevels, 'minimumCredits', 'en', words)).toThrow(
      '<Fact name="minimumCredits"> is a fact of one level, and clinical-coding has levels 3 and 4: say which, for example level="3"',
    );
    expect(() => factText(twoLevels, 'minimumCredits', 'en', words, { level: 5 })).toThrow(
      '<Fact name="minimumCredits"> names level 5, which clinical-coding does not have (its levels: 3, 4)',
    );
    // A fact of the framework needs no level.
    expect(factText(twoLevels, 'fundingBody', 'en', words)).toBe(pathway.bodies.funding.name.en);
  });

  it('asks which qualification where a level has several', () => {
    const other = { ...qualification, id: 'other-diploma', number: 'C00/0000/1' };
    const several = withLevel({ qualifications: { ...level.qualifications, items: [qualification, other] } });
    expect(factText(several, 'qualificationNumber', 'en', words, { qualification: 'other-diploma' })).toBe('C00/0000/1');
    expect(() => factText(several, 'qualificationNumber', 'en', words)).toThrow(
      `<Fact name="qualificationNumber"> is a fact of one qualification, and level 4 has 2 (${qualification.id}, other-diploma): say which, with qualification="…"`,
    );
  });

  it('refuses a shared Essential Skills value when the units differ', () => {
    const skills = level.essentialSkills as Exclude<typeof level.essentialSkills, string>;
    const mixed = withLevel({ essentialSkills: [skills[0]!, { ...skills[0]!, id: 'other', credits: 9 }] });
    expect(() => factText(mixed, 'essentialSkillCredits', 'en', words)).toThrow(
      'needs every Essential Skills unit of level 4 to have the same value',
    );
  });

  it('names the valid facts when given an unknown one', () => {
    expect(() => factText(pathway, 'minimumCredit', 'en', words)).toThrow(
      /<Fact name="minimumCredit"> is not a fact; use one of level, levelName, minimumCredits/,
    );
  });
});

describe('factCountText', () => {
  const forms: Record<string, string> = {
    'count-credit-one': 'credyd',
    'count-credit-other': 'credyd',
    'count-credit-gender': 'gwrywaidd',
    'count-hour-one': 'awr',
    'count-hour-other': 'awr',
    'count-hour-gender': 'benywaidd',
  };
  const template = (key: string) => forms[key]!;

  it('writes a number fact with its noun as every count is written: the singular after a numeral', () => {
    expect(factCountText(withLevel({ minimumCredits: 48 }), 'minimumCredits', 'credit', template, 'cy', 'prose')).toBe('48 credyd');
    expect(
      factCountText(
        withLevel({ trainingHours: { ...level.trainingHours, onTheJob: 280 } }),
        'onTheJobHours',
        'hour',
        template,
        'cy',
        'prose',
      ),
    ).toBe('280 awr');
  });

  it('in prose, one to nine in words with their mutation; among figures, a numeral', () => {
    expect(factCountText(withLevel({ minimumCredits: 6 }), 'minimumCredits', 'credit', template, 'cy', 'prose')).toBe('chwe chredyd');
    expect(factCountText(withLevel({ minimumCredits: 3 }), 'minimumCredits', 'credit', template, 'cy', 'prose')).toBe('tri chredyd');
    expect(
      factCountText(
        withLevel({ trainingHours: { ...level.trainingHours, onTheJob: 2 } }),
        'onTheJobHours',
        'hour',
        template,
        'cy',
        'prose',
      ),
    ).toBe('dwy awr');
    expect(factCountText(withLevel({ minimumCredits: 6 }), 'minimumCredits', 'credit', template, 'cy', 'figures')).toBe('6 credyd');
  });

  it('refuses to count a fact that is not a number, naming the ones it can count', () => {
    expect(() => factCountText(pathway, 'qualificationTitle', 'credit', template, 'en', 'prose')).toThrow(
      /<Fact name="qualificationTitle" count="credit"> counts a fact that is not a number; use count only with minimumCredits, creditValue/,
    );
  });
});

describe('translator', () => {
  const strings = new Map([
    ['n-credits', { en: '{n} credits', cy: '{n} credyd' }],
    ['home', { en: 'Home', cy: 'Hafan' }],
  ]);
  it("looks a string up in the page's language and fills in values", () => {
    expect(translator(strings, 'cy')('home')).toBe('Hafan');
    expect(translator(strings, 'cy')('n-credits', { n: 48 })).toBe('48 credyd');
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
