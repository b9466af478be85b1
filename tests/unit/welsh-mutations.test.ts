import { describe, expect, it } from 'vitest';
import { isImmutable, mutatedForms, normaliseWord, radicalCandidates, relatedForms } from '../../src/lib/search/welsh-mutations';

/** radical → its soft, nasal and aspirate forms (and h- before a vowel), as a Welsh grammar lists them. */
const TABLE: [string, string[]][] = [
  ['cyflogwr', ['gyflogwr', 'nghyflogwr', 'chyflogwr']],
  ['prentisiaeth', ['brentisiaeth', 'mhrentisiaeth', 'phrentisiaeth']],
  ['tystysgrif', ['dystysgrif', 'nhystysgrif', 'thystysgrif']],
  ['gwaith', ['waith', 'ngwaith']],
  ['gradd', ['radd', 'ngradd']],
  ['gloywi', ['loywi', 'ngloywi']],
  ['budd', ['fudd', 'mudd']],
  ['darparwr', ['ddarparwr', 'narparwr']],
  ['modiwl', ['fodiwl']],
  ['llwybr', ['lwybr']],
  ['rhaglen', ['raglen']],
  ['asesiad', ['hasesiad']],
  ['oriau', ['horiau']],
  ['Cymru', ['gymru', 'nghymru', 'chymru']],
];

describe('mutatedForms', () => {
  it.each(TABLE)('%s takes every mutated form', (radical, forms) => {
    expect(mutatedForms(radical)).toEqual([normaliseWord(radical), ...forms]);
  });

  it.each(['chwilio', 'ffurflen', 'theatr', 'phonetics'])('%s starts with a letter that does not mutate', (word) => {
    expect(mutatedForms(word)).toEqual([normaliseWord(word)]);
  });
});

describe('radicalCandidates', () => {
  it.each(TABLE.flatMap(([radical, forms]) => forms.map((form) => [form, normaliseWord(radical)])))(
    '%s can come from %s',
    (form, radical) => {
      const candidates = radicalCandidates(form);
      expect(candidates[0]).toBe(form);
      expect(candidates).toContain(radical);
    },
  );

  it('keeps the word itself first, because it may already be the radical', () => {
    expect(radicalCandidates('gyflogwr')).toEqual(['gyflogwr', 'cyflogwr']);
    expect(radicalCandidates('brentisiaeth')).toEqual(['brentisiaeth', 'prentisiaeth']);
    expect(radicalCandidates('nghyflogwr')).toEqual(['nghyflogwr', 'cyflogwr']);
    expect(radicalCandidates('mhrentisiaeth')).toEqual(['mhrentisiaeth', 'prentisiaeth']);
    expect(radicalCandidates('phrentisiaeth')).toEqual(['phrentisiaeth', 'prentisiaeth']);
  });

  it('reads ngh, mh and nh as nasal mutations, not as n + h', () => {
    expect(radicalCandidates('nhystysgrif')).toEqual(['nhystysgrif', 'tystysgrif']);
    expect(radicalCandidates('ngwaith')).toEqual(['ngwaith', 'gwaith']);
  });

  it('offers both radicals of f (b and m) and of l and r (ll/rh, or a lost g)', () => {
    expect(radicalCandidates('fodiwl')).toEqual(['fodiwl', 'bodiwl', 'modiwl']);
    expect(radicalCandidates('lwybr')).toEqual(['lwybr', 'llwybr', 'glwybr']);
    expect(radicalCandidates('raglen')).toEqual(['raglen', 'rhaglen', 'graglen']);
  });

  it('undoes h-prothesis and a soft-mutated g before a vowel', () => {
    expect(radicalCandidates('hasesiad')).toContain('asesiad');
    expect(radicalCandidates('waith')).toContain('gwaith');
  });

  it('folds case and trims punctuation from running text', () => {
    expect(radicalCandidates('Brentisiaeth,')).toEqual(['brentisiaeth', 'prentisiaeth']);
    expect(radicalCandidates('(Gyflogwr)')).toEqual(['gyflogwr', 'cyflogwr']);
  });

  it('leaves radical-only letters alone', () => {
    expect(radicalCandidates('llwybr')).toEqual(['llwybr']);
    expect(radicalCandidates('rhaglen')).toEqual(['rhaglen']);
    expect(radicalCandidates('ffurflen')).toEqual(['ffurflen']);
  });
});

describe('words that must not change', () => {
  /** What the indexer passes: the words of the English pages, where the English names appear. */
  const english = new Set('Welsh Baccalaureate Health Education and Improvement Wales Essential Skills'.split(' ').map(normaliseWord));
  it.each(['Baccalaureate', 'Health', 'Wales', 'Improvement'])('%s, an English name, keeps its letters when named as English', (word) => {
    expect(radicalCandidates(word, english)).toEqual([normaliseWord(word)]);
    expect(mutatedForms(word, english)).toEqual([normaliseWord(word)]);
  });
  it('still mutates Welsh words when given English words to keep', () => {
    expect(radicalCandidates('nghyflogwr', english)).toEqual(['nghyflogwr', 'cyflogwr']);
  });

  const unchanged = [
    'a',
    'ac',
    'i',
    'o',
    'y',
    'yr',
    'yn',
    'ei',
    'eu',
    'dy',
    'fy',
    'ar',
    'am',
    'mae',
    'gan',
    'neu',
    'pan',
    'gyda',
    'wedi',
    'bod',
    'drwy',
    'hefyd',
    'DBS',
    'NHS',
    'GLH',
    'C00/4514/4',
    '2025',
    'Skills',
    'Education',
    'Qualifications',
    'check',
    'Books',
    'Knowledge',
  ];
  it.each(unchanged)('%s keeps its letters', (word) => {
    expect(isImmutable(word)).toBe(true);
    expect(radicalCandidates(word)).toEqual([normaliseWord(word)]);
    expect(mutatedForms(word)).toEqual([normaliseWord(word)]);
  });
});

describe('relatedForms', () => {
  it('links any mutated form to the radical and to every other form', () => {
    const forms = relatedForms('mhrentisiaeth');
    for (const form of ['prentisiaeth', 'brentisiaeth', 'mhrentisiaeth', 'phrentisiaeth']) expect(forms).toContain(form);
  });
  it('links a radical to its mutated forms', () => {
    expect(relatedForms('cyflogwr')).toEqual(['cyflogwr', 'gyflogwr', 'nghyflogwr', 'chyflogwr']);
  });
});
