/**
 * A pathway.yaml with one mistake fails with the message an author can act on: the line and
 * column, the field named by the ids and levels the author wrote, and the reason in words. Each
 * case is the shipped pathway plus one named edit, so the cases never go stale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFile, fileSchema } from '../../src/validation/check-content-files';
import { contentDir } from '../support/fixtures';

const FILE = 'pathway.yaml';
const real = readFileSync(join(contentDir, 'pathways', 'clinical-coding', FILE), 'utf8');
const check = (text: string) => checkContentFile(FILE, text, fileSchema('pathways'));

/** The real file with `from` (which must be there) replaced by `to`, the first time it occurs after `after`. */
function edit(from: string, to: string, after = ''): string {
  const start = after ? real.indexOf(after) : 0;
  const at = real.indexOf(from, start);
  if (start < 0 || at < 0) throw new Error(`the edit's text is not in ${FILE}: ${after ? `"${after}" … ` : ''}"${from}"`);
  return real.slice(0, at) + to + real.slice(at + from.length);
}

/** The line (from 1) on which `text` first occurs in `file`, after `after`. */
const lineOf = (file: string, text: string, after = '') =>
  file.slice(0, file.indexOf(text, after ? file.indexOf(after) : 0)).split('\n').length;

const today = new Date().toISOString().slice(0, 10);

describe('the shipped pathway', () => {
  it('passes', () => {
    expect(check(real)).toEqual([]);
  });

  it('passes with its date left unquoted, as YAML reads it as a date', () => {
    expect(check(edit('revisionDate: "2025-02-21"', 'revisionDate: 2025-02-21'))).toEqual([]);
  });
});

describe('a pathway with one mistake', () => {
  const cases: [name: string, file: string, expected: (file: string) => string[]][] = [
    [
      'a right-to-left override in the Welsh title',
      edit('  cy: Codio Clinigol\n', '  cy: Codio \u202EClinigol\n'),
      (f) => [
        `${lineOf(f, '\u202E')}:3: title.cy: holds the bidirectional control character U+202E (RIGHT-TO-LEFT OVERRIDE) at character 7: it can make text display differently from what it says; delete it`,
      ],
    ],
    [
      "a qualification worth fewer credits than its level's minimum",
      edit('creditValue: 48\n          totalQualificationTime: 480', 'creditValue: 12\n          totalQualificationTime: 120'),
      (f) => [
        `${lineOf(f, 'creditValue: 12')}:11: levels[level 4].qualifications.items[diploma-in-clinical-coding].creditValue: is 12, below this level's minimumCredits of 48: the mandatory qualification must reach the minimum`,
      ],
    ],
    [
      'two entry routes with one id',
      edit('- id: work-experience', '- id: school'),
      (f) => [
        `${lineOf(f, '- id: school', '- id: school') + 2}:9: levels[level 4].entryRoutes[school].id: "school" is listed earlier too: each must be different`,
      ],
    ],
    [
      'a page listed twice',
      edit('  - responsibilities\n', '  - responsibilities\n  - overview\n'),
      (f) => [
        `${lineOf(f, '  - overview', '  - responsibilities')}:5: pages["overview"]: "overview" is listed earlier too: each must be different`,
      ],
    ],
    [
      'an Essential Skills unit of 6.5 credits',
      edit('credits: 6\n', 'credits: 6.5\n'),
      (f) => [`${lineOf(f, 'credits: 6.5')}:9: levels[level 4].essentialSkills[communication].credits: must be a whole number`],
    ],
    [
      'on-the-job hours that are not whole',
      edit('onTheJob: 280', 'onTheJob: 280.5'),
      (f) => [`${lineOf(f, 'onTheJob:')}:7: levels[level 4].trainingHours.onTheJob: must be a whole number`],
    ],
    [
      'a revision date still to come',
      edit('revisionDate: "2025-02-21"', 'revisionDate: "2099-01-01"'),
      (f) => [`${lineOf(f, 'revisionDate:')}:1: revisionDate: is 2099-01-01, which is in the future (today is ${today})`],
    ],
    [
      'more guided learning hours than the credits stand for',
      edit('glh: 60', 'glh: 300'),
      (f) => [
        `${lineOf(f, 'glh: 300')}:9: levels[level 4].essentialSkills[communication].glh: is 300 hours, more than the 60 hours of learning its 6 credits stand for`,
      ],
    ],
    [
      'a total qualification time that disagrees with the credits',
      edit('totalQualificationTime: 480', 'totalQualificationTime: 400'),
      (f) => [
        `${lineOf(f, 'totalQualificationTime:')}:11: levels[level 4].qualifications.items[diploma-in-clinical-coding].totalQualificationTime: is 400 hours, which is 40 credits at 10 hours a credit, but creditValue is 48`,
      ],
    ],
    [
      "HTML in the awarding body's name",
      edit('{ en: Agored Cymru,', '{ en: <b>Agored</b> Cymru,'),
      (f) => [
        `${lineOf(f, '<b>Agored')}:35: levels[level 4].qualifications.items[diploma-in-clinical-coding].awardingBody.name.en: holds HTML ("<b>Agored</b…"): write plain text; the site adds the markup`,
      ],
    ],
    [
      'HTML in an entry route',
      edit('text: { en: School,', 'text: { en: <b>only</b> School,'),
      (f) => [
        `${lineOf(f, '<b>only')}:17: levels[level 4].entryRoutes[school].text.en: holds HTML ("<b>only</b> …"): write plain text; the site adds the markup`,
      ],
    ],
    [
      'a date that does not exist',
      edit('revisionDate: "2025-02-21"', 'revisionDate: "2025-02-30"'),
      (f) => [`${lineOf(f, 'revisionDate:')}:1: revisionDate: must be a real date written YYYY-MM-DD, for example "2025-02-21"`],
    ],
    [
      'a qualification title with no Welsh',
      edit('            cy: Diploma Lefel 4 mewn Codio Clinigol (Cymru)\n', ''),
      (f) => [
        `${lineOf(f, 'title:', 'diploma-in-clinical-coding')}:11: levels[level 4].qualifications.items[diploma-in-clinical-coding].title.cy: is missing`,
      ],
    ],
    [
      'a misspelt key',
      edit('    minimumCredits: 48', '    minimumCredit: 48'),
      (f) => [
        `${lineOf(f, '  - level: 4')}:5: levels[level 4].minimumCredits: is missing`,
        `${lineOf(f, 'minimumCredit:')}:5: levels[level 4].minimumCredit: unknown key "minimumCredit" (did you mean "minimumCredits"?)`,
      ],
    ],
    [
      'negative off-the-job hours',
      edit('offTheJob: 200', 'offTheJob: -200'),
      (f) => [`${lineOf(f, 'offTheJob:')}:7: levels[level 4].trainingHours.offTheJob: must be greater than zero`],
    ],
    [
      'an Essential Skills unit without credits',
      edit('        credits: 6\n', ''),
      (f) => [`${lineOf(f, '- id: communication')}:9: levels[level 4].essentialSkills[communication].credits: is missing`],
    ],
    [
      'an Essential Skills unit without a level',
      edit('        level: 2\n', ''),
      (f) => [`${lineOf(f, '- id: communication')}:9: levels[level 4].essentialSkills[communication].level: is missing`],
    ],
    [
      'a published address that is not https',
      edit('  en: https://findanapprenticeship', '  en: http://findanapprenticeship'),
      (f) => [
        `${lineOf(f, 'http://')}:3: published.en: must be an https address, for example "https://findanapprenticeship.service.gov.wales/…", or not-stated`,
      ],
    ],
    [
      'a Welsh qualification title left as the English',
      edit('cy: Diploma Lefel 4 mewn Codio Clinigol (Cymru)', 'cy: level 4 diploma in clinical coding (wales).'),
      (f) => [
        `${lineOf(f, 'cy: level 4 diploma')}:13: levels[level 4].qualifications.items[diploma-in-clinical-coding].title.cy: is the same as the English: write it in Welsh`,
      ],
    ],
    [
      'a list left open, which YAML cannot read',
      edit('assessmentLanguages: [english, welsh]', 'assessmentLanguages: [english, welsh'),
      () => [
        expect.stringMatching(
          new RegExp(
            `^${FILE}:\\d+:\\d+: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a \\]`,
          ),
        ) as unknown as string,
      ],
    ],
    [
      'minimum credits of 0',
      edit('minimumCredits: 48', 'minimumCredits: 0'),
      (f) => [`${lineOf(f, 'minimumCredits:')}:5: levels[level 4].minimumCredits: must be greater than zero`],
    ],
    [
      'an empty list where the pathway gives none, instead of not-stated',
      edit('    essentialSkillsAssessmentLanguages: [english, welsh]', '    essentialSkillsAssessmentLanguages: []'),
      (f) => [
        `${lineOf(f, 'essentialSkillsAssessmentLanguages:')}:5: levels[level 4].essentialSkillsAssessmentLanguages: is empty: list what the pathway gives, or write not-stated if it gives nothing here`,
      ],
    ],
    [
      'a fact left unknown in other words than not-stated',
      edit('frameworkNumber: not-stated', 'frameworkNumber: unknown'),
      (f) => [`${lineOf(f, 'frameworkNumber:')}:1: frameworkNumber: must look like a framework number, for example FR05113v2`],
    ],
    [
      'a level out of range',
      edit('  - level: 4', '  - level: 7'),
      (f) => [`${lineOf(f, '  - level: 7')}:5: levels[level 7].level: must be from 2 to 5`],
    ],
    [
      'two levels with one number',
      edit(
        '\ndeliveryMethods:',
        `  - level: 4\n    name: { en: Clinical Coding again, cy: Codio Clinigol eto }\n    minimumCredits: not-stated\n    entryRoutes: not-stated\n    priorQualifications: not-stated\n    qualifications: { choice: one-of, items: [{ id: q, title: { en: A diploma, cy: Diploma arall }, awardingBody: not-stated, number: not-stated, creditValue: not-stated, totalQualificationTime: not-stated, type: not-stated, assessmentLanguages: not-stated }] }\n    essentialSkills: not-stated\n    essentialSkillsAssessmentLanguages: not-stated\n    trainingHours: { onTheJob: not-stated, offTheJob: not-stated }\n\ndeliveryMethods:`,
      ),
      (f) => [
        `${lineOf(f, '  - level: 4\n    name: { en: Clinical Coding again')}:5: levels[level 4].level: "4" is listed earlier too: each must be different`,
      ],
    ],
  ];

  it.each(cases)('%s', (_name, file, expected) => {
    expect(check(file)).toEqual(expected(file).map((message) => (typeof message === 'string' ? `${FILE}:${message}` : message)));
  });

  it("never gives a validator's own wording", () => {
    const messages = cases.flatMap(([, file]) => check(file));
    expect(messages.filter((message) => /Too small|Too big|Invalid input|expected \w+ to have|received undefined/.test(message))).toEqual(
      [],
    );
  });
});
