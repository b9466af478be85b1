/**
 * The content check as the build runs it, before Astro loads anything (src/validation/
 * check-content.ts), on the real content: it passes, and a mistake that only shows across files
 * (a reference to a page, section, fact, term or question that does not exist; Welsh prose
 * copied from the English) stops it with the file, the line and column, the field and the reason.
 * Each case is a copy of content/ with named edits.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { checkContent } from '../../src/validation/check-content';
import contentCheck from '../../src/integrations/content-check';
import { ContentError } from '../../src/lib/content-error';
import { contentCopies, wholeContentCheck } from '../support/content-edit';
import { contentDir } from '../support/fixtures';
import { projectRoot } from '../support/paths';

const check = wholeContentCheck();
/** The line and column of the first place `text` is written in `file` (as editors count, from 1). */
function placeOf(file: string, text: string): string {
  const source = readFileSync(join(contentDir, file), 'utf8');
  const before = source.slice(0, source.indexOf(text));
  expect(before.length, `${file} holds ${text}`).toBeLessThan(source.length);
  return `${before.split('\n').length}:${before.length - before.lastIndexOf('\n')}`;
}
const lineOf = (file: string, text: string) => placeOf(file, text).split(':')[0];

describe('the content check', () => {
  it('passes the real content', () => {
    expect(checkContent(contentDir, projectRoot)).toEqual([]);
  });

  it('runs when Astro reads its config, before anything loads, and stops the build with every problem across files in one ContentError', () => {
    const { root, contentDir: copied } = contentCopies()([
      'site/pages/en/home.mdx',
      (text) => `${text}\n\nSee <PageLink page="no-such-page">this</PageLink>.\n`,
    ]);
    const setup = contentCheck().hooks['astro:config:setup']!;
    const config = {
      root: pathToFileURL(`${root}/`),
      markdown: { processor: satteri({ features: { headingAttributes: true, smartPunctuation: false } }) },
    };
    const logger = { info: () => undefined };
    const contentDirBefore = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = copied;
    let thrown: unknown;
    try {
      setup({ config, logger } as never);
    } catch (error) {
      thrown = error;
    } finally {
      if (contentDirBefore === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = contentDirBefore;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    const lines = readFileSync(join(copied, 'site/pages/en/home.mdx'), 'utf8').trimEnd().split('\n');
    expect((thrown as ContentError).problems).toEqual([
      `content/site/pages/en/home.mdx:${lines.length}:5: body <PageLink page="no-such-page">: refers to unknown page "no-such-page"`,
    ]);
  });
});

describe('a mistake across files stops the content check, naming file, line, field and reason', () => {
  it('an unknown <Fact>, and Welsh prose copied from the English page, lines of the files with the front matter counted', () => {
    const training = 'pathways/clinical-coding/pages/en/training.mdx';
    const englishFile = 'pathways/clinical-coding/pages/en/progression.mdx';
    const welshFile = 'pathways/clinical-coding/pages/cy/progression.mdx';
    const englishLines = readFileSync(join(contentDir, englishFile), 'utf8').split('\n');
    const english = englishLines.find((line) => /^[A-Z][^<]{40,}$/.test(line))!;
    let copiedLine = 0;
    const problems = check(
      [training, (text) => text.replace(/<Fact name="offTheJobHours"/, '<Fact name="offTheJobHour"')],
      // Copied with its full stop dropped and its first sentence broken onto a line of its own.
      [
        welshFile,
        (text) => {
          const welsh = `${text}\n${english.replace(/\.$/, '').replace(/(\S+ \S+ \S+) /, '$1\n')}\n`;
          copiedLine = welsh.trimEnd().split('\n').length - 1;
          return welsh;
        },
      ],
    );
    expect(problems.toSorted()).toEqual(
      [
        `content/${training}:${placeOf(training, '<Fact name="offTheJobHours"')}: body: <Fact name="offTheJobHour"> is not a fact (did you mean "offTheJobHours"?)`,
        `content/${welshFile}:${copiedLine}: body: is the same as content/${englishFile}:${englishLines.indexOf(english) + 1}: write it in Welsh`,
      ].toSorted(),
    );
  });

  it('a search alias naming a glossary term, a section or a question that does not exist', () => {
    const aliases = 'site/search-aliases.yaml';
    const problems = check([
      aliases,
      () => readFileSync(join(projectRoot, 'tests/fixtures/broken/build/search-aliases-dangling.yaml'), 'utf8'),
    ]);
    const fixture = 'tests/fixtures/broken/build/search-aliases-dangling.yaml';
    const at = (text: string) => {
      const source = readFileSync(join(projectRoot, fixture), 'utf8');
      const before = source.slice(0, source.indexOf(text));
      return `${before.split('\n').length}:${before.length - before.lastIndexOf('\n')}`;
    };
    expect(problems).toContain(
      `content/${aliases}:${at('term: dbss')}: dbs.term: refers to unknown glossary term "dbss" (did you mean "dbs"?)`,
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^content/site/search-aliases\\.yaml:${at('section: {')}: welsh-baccalaureate\\.section: refers to unknown section "welsh-bacc" of page "entry-requirements"`,
        ),
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^content/site/search-aliases\\.yaml:${at('question: {')}: hours-a-week\\.question: refers to unknown question "hours-a-weak" of pathway "clinical-coding" \\(`,
        ),
      ),
    );
  });

  it('a page linking to a section that does not exist', () => {
    const page = 'pathways/clinical-coding/pages/en/progression.mdx';
    const fixture = readFileSync(join(projectRoot, 'tests/fixtures/broken/build/progression-unknown-section.mdx'), 'utf8');
    const problems = check([page, () => fixture]);
    const before = fixture.slice(0, fixture.indexOf('<PageLink page="training" section="no-such-section"'));
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^content/pathways/clinical-coding/pages/en/progression\\.mdx:${before.split('\n').length}:${before.length - before.lastIndexOf('\n')}: body <PageLink page="training">: refers to unknown section "no-such-section" of page "training"`,
        ),
      ),
    );
  });

  it('a checker question whose source is a section that does not exist, and a rule naming an answer the question does not have', () => {
    const flow = 'pathways/clinical-coding/checker.yaml';
    const source = 'source: { page: additional-requirements, section: dbs-checks }';
    expect(check([flow, (yaml) => yaml.replace(source, 'source: { page: additional-requirements, section: dbs }')])).toEqual([
      expect.stringMatching(
        new RegExp(
          `^content/pathways/clinical-coding/checker\\.yaml:${lineOf(flow, source)}:\\d+: questions\\[dbs\\]\\.source: refers to unknown section "dbs" of page "additional-requirements"`,
        ),
      ),
    ]);
    const rule = 'when: { dbs: ["no"] }';
    expect(check([flow, (yaml) => yaml.replace(rule, 'when: { dbs: ["never"] }')])).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^content/pathways/clinical-coding/checker\\.yaml:${lineOf(flow, rule)}:\\d+: rules\\[dbs-no\\]\\.when\\.dbs: refers to unknown option "never" of question "dbs"`,
        ),
      ),
    );
  });

  it('a step or an answer that points nowhere', () => {
    const steps = 'pathways/clinical-coding/steps.yaml';
    const questions = 'pathways/clinical-coding/questions.yaml';
    const stepSource = '{ page: training, section: on-the-job }';
    const answerSource = '{ page: additional-requirements, section: shifts }';
    const problems = check(
      [steps, (yaml) => yaml.replace(stepSource, '{ page: training, section: on-the-jobs }')],
      [questions, (yaml) => yaml.replace(answerSource, '{ page: additional-requirement, section: shifts }')],
    );
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^content/pathways/clinical-coding/steps\\.yaml:${lineOf(steps, stepSource)}:\\d+: steps\\[on-the-job\\]\\.sources\\[0\\]: refers to unknown section "on-the-jobs" of page "training"`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^content/pathways/clinical-coding/questions\\.yaml:${lineOf(questions, answerSource)}:\\d+: questions\\[shifts\\]\\.sources\\[0\\]: refers to unknown page "additional-requirement" in pathway "clinical-coding"`,
        ),
      ),
    ]);
  });

  it('a file in the wrong folder: a page in a folder that is not a language, a pathway whose id is not its folder, a checker in a folder with no pathway.yaml', () => {
    const page = 'site/pages/en/accessibility.mdx';
    const pathway = 'pathways/clinical-coding/pathway.yaml';
    const problems = check(
      ['site/pages/fr/accessibility.mdx', () => readFileSync(join(contentDir, page), 'utf8')],
      ['pathways/nursing/checker.yaml', () => readFileSync(join(contentDir, 'pathways/clinical-coding/checker.yaml'), 'utf8')],
      [pathway, (yaml) => yaml.replace(/^id: clinical-coding$/m, 'id: clinical-codes')],
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'content/site/pages/fr/accessibility.mdx: folder: "fr" is not a language of this site (use en or cy)',
        `content/${pathway}:${placeOf(pathway, 'id: clinical-coding')}: id: is "clinical-codes" but the folder is "clinical-coding"`,
        'content/pathways/nursing/checker.yaml: file: is in folder "nursing", which has no pathway.yaml',
      ]),
    );
  });
  it('a fact placeholder its pathway cannot fill, in the questions', () => {
    const questions = 'pathways/clinical-coding/questions.yaml';
    const english = 'must achieve the Level {essentialSkillsLevel} Essential';
    const welsh = 'Sgiliau Hanfodol Cymru Lefel {essentialSkillsLevel} mewn';
    const problems = check([
      questions,
      (yaml) => yaml.replace(english, english.replace('}', '@9}')).replace(welsh, welsh.replace('}', '@9}')),
    ]);
    const level9 = '\\{essentialSkillsLevel@9\\} names level 9, which clinical-coding does not have \\(its levels: 4\\)';
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^content/pathways/clinical-coding/questions\\.yaml:${lineOf(questions, english)}:\\d+: questions\\[essential-skills-with-gcses\\]\\.answer\\[0\\]\\.en: ${level9}$`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^content/pathways/clinical-coding/questions\\.yaml:${lineOf(questions, welsh)}:\\d+: questions\\[essential-skills-with-gcses\\]\\.answer\\[0\\]\\.cy: ${level9}$`,
        ),
      ),
    ]);
  });

  it('an interface string defined in two files', () => {
    const journey = 'site/ui/journey.yaml';
    expect(check([journey, (yaml) => `${yaml}skip-link: { en: Skip, cy: Neidio }\n`])).toEqual([
      `content/${journey}: skip-link: is already defined in content/site/ui/common.yaml`,
    ]);
  });
});
