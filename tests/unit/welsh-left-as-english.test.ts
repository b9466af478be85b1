/**
 * Welsh left as the English is found however it is dressed: case, punctuation and spacing are
 * folded before comparing, prose is compared by paragraph (a line split in two is still the same
 * paragraph), and the page's title and description count too. Names of three words or fewer
 * may be the same in both languages.
 */
import { describe, expect, it } from 'vitest';
import { localised } from '../../src/schemas/localised';
import { foldText, isLeftAsEnglish } from '../../src/lib/text/left-as-english';
import { checkAcrossFiles, type TestPage as PageSource } from '../support/cross-file';

const TITLE = 'Level 4 Diploma in Clinical Coding (Wales)';

describe('foldText', () => {
  it('keeps letters and digits, in lower case, and drops punctuation, symbols and spaces', () => {
    expect(foldText(`${TITLE}.`)).toBe('level4diplomainclinicalcodingwales');
    expect(foldText('Level  4 –\tDIPLOMA, in “Clinical” Coding! (Wales)')).toBe('level4diplomainclinicalcodingwales');
    expect(foldText('Ŵyr ac wyres')).toBe('ŵyracwyres');
  });
});

describe('isLeftAsEnglish', () => {
  it.each([
    [TITLE, `${TITLE}.`],
    [TITLE, TITLE.toUpperCase()],
    [TITLE, TITLE.replace(/ /g, '  ')],
    [TITLE, 'Level 4 Diploma – in Clinical Coding, Wales!'],
  ])('%j and %j are the same text', (english, welsh) => {
    expect(isLeftAsEnglish(english, welsh)).toBe(true);
  });

  it.each([
    ['Agored Cymru', 'Agored Cymru'],
    ['Level 4 Diploma', 'level 4 diploma.'],
    [TITLE, 'Diploma Lefel 4 mewn Codio Clinigol (Cymru)'],
  ])('%j and %j are not: a short name, or a translation', (english, welsh) => {
    expect(isLeftAsEnglish(english, welsh)).toBe(false);
  });
});

describe('a localised pair', () => {
  it.each([`${TITLE}.`, TITLE.toLowerCase(), TITLE.replace('in ', 'in  ')])('rejects Welsh %j for the English title', (cy) => {
    const result = localised.safeParse({ en: TITLE, cy });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['cy'], message: 'is the same as the English: write it in Welsh' }),
    ]);
  });

  it('allows a name of three words or fewer, and a translation', () => {
    expect(localised.safeParse({ en: 'Agored Cymru', cy: 'Agored Cymru' }).success).toBe(true);
    expect(localised.safeParse({ en: TITLE, cy: 'Diploma Lefel 4 mewn Codio Clinigol (Cymru)' }).success).toBe(true);
  });
});

describe('a Welsh page left as the English page', () => {
  const english = 'Learners may progress to further qualifications specific to their work context.';
  const FRONT_MATTER_LINES = 7;
  function check(englishBody: string, welshBody: string, welshExtra: Partial<PageSource> = {}, englishExtra: Partial<PageSource> = {}) {
    const base = {
      owner: 'site',
      id: 'about',
      slug: 'about',
      sectionIds: [],
      title: 'About this site and who runs it',
      description: 'What this site is for and who looks after it.',
    };
    return checkAcrossFiles({
      pages: [
        { ...base, file: 'en/about.mdx', lang: 'en', body: englishBody, bodyLine: FRONT_MATTER_LINES + 2, ...englishExtra },
        {
          ...base,
          file: 'cy/about.mdx',
          lang: 'cy',
          body: welshBody,
          bodyLine: FRONT_MATTER_LINES + 2,
          title: 'Am y wefan hon',
          description: 'Beth yw pwrpas y wefan hon a phwy sy’n gofalu amdani.',
          ...welshExtra,
        },
      ],
      pathways: [],
      glossaryIds: [],
    });
  }

  it('names the file line of the copied paragraph, counting the front matter, and the English line', () => {
    expect(check(`Intro.\n\n${english}`, `Cyflwyniad.\n\nAc yna.\n\n${english}`)).toEqual([
      'cy/about.mdx:13: body: is the same as en/about.mdx:11: write it in Welsh',
    ]);
  });

  it('finds a paragraph whose line was split in two, or re-punctuated, re-cased and re-spaced', () => {
    expect(check(english, 'Learners may progress to further qualifications\nspecific to their work context.')).toEqual([
      'cy/about.mdx:9: body: is the same as en/about.mdx:9: write it in Welsh',
    ]);
    expect(check(english, 'learners  may progress to further qualifications, specific to their work context')).toHaveLength(1);
  });

  it('finds the parts of a paragraph split into two', () => {
    expect(check(english, 'Learners may progress to further qualifications\n\nspecific to their work context.')).toEqual([
      'cy/about.mdx:9: body: is the same as en/about.mdx:9: write it in Welsh',
      'cy/about.mdx:11: body: is the same as en/about.mdx:9: write it in Welsh',
    ]);
  });

  it('compares each list item and table row as a paragraph of its own', () => {
    const list = '- Learners may study further qualifications\n- They may go on to a degree';
    expect(check(list, '- Gall dysgwyr astudio cymwysterau pellach\n- They may go on to a degree')).toEqual([
      'cy/about.mdx:10: body: is the same as en/about.mdx:10: write it in Welsh',
    ]);
  });

  it('allows names of three words or fewer, components and markup', () => {
    expect(
      check(
        '## Agored Cymru {#agored}\n\n<ItemList list="progressionAreas" />\n\n- Medr',
        '## Agored Cymru {#agored}\n\n<ItemList list="progressionAreas" />\n\n- Medr',
      ),
    ).toEqual([]);
  });

  it('finds a title or description left as the English, but not a short title', () => {
    expect(
      check('', '', { title: 'About  this site, and who runs it!', description: 'What this site is for, and who looks after it' }),
    ).toEqual([
      'cy/about.mdx: title: is the same as in en/about.mdx: write it in Welsh',
      'cy/about.mdx: description: is the same as in en/about.mdx: write it in Welsh',
    ]);
    expect(check('', '', { title: 'Hygyrchedd' }, { title: 'Hygyrchedd' })).toEqual([]);
  });
});
