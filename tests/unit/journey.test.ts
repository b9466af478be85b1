/**
 * A pathway's journey pages, as pure logic: their routes, the sections their steps and answers
 * name (so the build can reject one that points nowhere), step numbers with "and"/"or", the step a
 * page belongs to, ids on the whole-pathway page, facts filled into content text, and a page's
 * full address on paper.
 */
import { describe, expect, it } from 'vitest';
import { journeyPages, numberSteps, stepForPage } from '../../src/lib/journey/pages';
import { sectionRefsIn } from '../../src/lib/section-refs';
import { demotedDepth, wholePathwayId } from '../../src/lib/journey/whole-pathway';
import { buildRoutes, STEPS_PAGE_ID, type PathwayMeta } from '../../src/lib/routing/routes';
import { checkAcrossFiles } from '../support/cross-file';
import { withFacts } from '../../src/lib/pathway/facts';
import { mapTexts } from '../../src/lib/checker/client';
import { pathwaySchema, type Pathway } from '../../src/schemas/pathway';
import type { Questions, JourneyStep, Steps } from '../../src/schemas/journey';
import { realPathwayData } from '../support/fixtures';
import { content } from '../support/content';

const pathway: Pathway = pathwaySchema.parse(realPathwayData());
const text = (en: string, cy: string) => ({ en, cy });
const step = (id: string, sources: { page: string; section: string }[], logic?: 'and' | 'or'): JourneyStep => ({
  id,
  logic,
  title: text(id, `${id} cy`),
  summary: text('s', 's cy'),
  sources,
});
const page = {
  title: text('T', 'T cy'),
  description: text('D', 'D cy'),
  slug: { en: 'step-by-step', cy: 'cam-wrth-gam' },
  intro: [text('I', 'I cy')],
};

describe('step numbers', () => {
  it('numbers steps in order, and a step that goes with the one before shares its number', () => {
    const steps = [step('a', []), step('b', []), step('c', [], 'and'), step('d', [], 'or'), step('e', [])];
    expect(numberSteps(steps).map(({ number, logic }) => [number, logic])).toEqual([
      [1, undefined],
      [2, undefined],
      [2, 'and'],
      [2, 'or'],
      [3, undefined],
    ]);
  });

  it('puts a page in the first step that names one of its sections, and in none when no step does', () => {
    const steps = [
      step('apply', [{ page: 'entry', section: 'who' }]),
      step('train', [{ page: 'training', section: 'hours' }]),
      step('more', [{ page: 'training', section: 'evidence' }], 'and'),
    ];
    expect(stepForPage(steps, 'training')).toMatchObject({ step: { id: 'train' }, number: 2 });
    expect(stepForPage(steps, 'equality')).toBeUndefined();
  });

  it('puts every page of the real pathway but its overview in a step', () => {
    const steps = content.steps.get(pathway.id)!.steps;
    expect(pathway.pages.filter((id) => !stepForPage(steps, id))).toEqual(['overview']);
  });
});

describe('sections named by steps and answers', () => {
  const steps: Steps = {
    ...page,
    steps: [
      step('apply', [{ page: 'training', section: 'hours' }]),
      step('train', [
        { page: 'training', section: 'hour' },
        { page: 'trianing', section: 'hours' },
      ]),
    ],
  };
  const questions: Questions = {
    ...page,
    questions: [
      { id: 'hours', question: text('Q', 'Q cy'), answer: [text('A', 'A cy')], sources: [{ page: 'training', section: 'evidence' }] },
    ],
  };

  it("are named by the step or question id and the source's place in its list", () => {
    expect(sectionRefsIn.steps(steps).map((ref) => ref.field)).toEqual([
      'steps[apply].sources[0]',
      'steps[train].sources[0]',
      'steps[train].sources[1]',
    ]);
    expect(sectionRefsIn.questions(questions)).toEqual([{ field: 'questions[hours].sources[0]', page: 'training', section: 'evidence' }]);
  });

  it('that point at a page or section that does not exist are errors naming file, field and reason', () => {
    const file = 'content/pathways/demo/steps.yaml';
    const sourcePage = (lang: 'en' | 'cy') => ({
      file: `content/pathways/demo/pages/${lang}/training.mdx`,
      owner: 'demo',
      lang,
      id: 'training',
      slug: 'training',
      sectionIds: ['hours', 'evidence'],
      body: '',
    });
    const errors = checkAcrossFiles({
      pages: [sourcePage('en'), sourcePage('cy')],
      pathways: [{ file: 'content/pathways/demo/pathway.yaml', id: 'demo', pages: ['training'], refs: [] }],
      glossaryIds: [],
      refs: sectionRefsIn.steps(steps).map((ref) => ({ file, owner: 'demo', ...ref })),
    });
    expect(errors).toEqual([
      `${file}: steps[train].sources[0]: refers to unknown section "hour" of page "training" (it has "hours", "evidence")`,
      `${file}: steps[train].sources[1]: refers to unknown page "trianing" in pathway "demo"`,
    ]);
  });
});

describe('journey routes', () => {
  const meta: PathwayMeta = { id: pathway.id, slug: pathway.slug, pages: pathway.pages };
  const questionsPage = { ...page, slug: { en: 'questions', cy: 'cwestiynau' } };
  const routes = buildRoutes(
    journeyPages(pathway, { steps: { ...page, steps: [] }, questions: { ...questionsPage, questions: [] } }, content.translators),
    [meta],
  );
  const urls = (pageType: string) => routes.filter((r) => r.pageType === pageType).map((r) => r.url);

  it('gives the step by step and the questions a page in each language under the pathway, at their slugs', () => {
    expect(urls('steps')).toEqual([`/cy/${pathway.slug.cy}/cam-wrth-gam/`, `/en/${pathway.slug.en}/step-by-step/`]);
    expect(urls('questions')).toEqual([`/cy/${pathway.slug.cy}/cwestiynau/`, `/en/${pathway.slug.en}/questions/`]);
  });

  it('gives every pathway the whole pathway on one page, its slug and title from the interface strings', () => {
    const whole = routes.filter((r) => r.pageType === 'whole');
    expect(whole.map((r) => r.url)).toEqual(
      ['cy', 'en'].map(
        (lang) => `/${lang}/${pathway.slug[lang as 'en' | 'cy']}/${content.ui.get('whole-pathway-slug')![lang as 'en' | 'cy']}/`,
      ),
    );
    expect(whole.find((r) => r.lang === 'cy')!.title).toContain(pathway.title.cy);
  });

  it('leaves out the step by step and the questions for a pathway that has neither', () => {
    expect(buildRoutes(journeyPages(pathway, {}, content.translators), [meta]).map((r) => r.pageType)).toEqual(['whole', 'whole']);
  });

  it('hands each page file its own parameters', () => {
    const steps = routes.find((r) => r.pageType === 'steps' && r.lang === 'en')!;
    expect(steps.params).toEqual({ lang: 'en', pathway: pathway.slug.en, steps: 'step-by-step' });
    expect(steps.pageId).toBe(STEPS_PAGE_ID);
  });
});

describe('the whole pathway on one page', () => {
  it("keeps two pages' sections of the same name apart", () => {
    expect(wholePathwayId('entry-requirements', 'pre-employment-checks')).not.toBe(
      wholePathwayId('additional-requirements', 'pre-employment-checks'),
    );
    expect(wholePathwayId('training')).toBe('training');
  });

  it("puts each page's headings a level below its title, never below h6", () => {
    expect([2, 3, 4, 5, 6].map(demotedDepth)).toEqual([3, 4, 5, 6, 6]);
  });
});

describe('facts in content text', () => {
  const forms: Record<string, string> = {
    'count-hour-one': 'awr',
    'count-hour-other': 'awr',
    'count-hour-gender': 'benywaidd',
    'count-credit-one': 'credyd',
    'count-credit-other': 'credyd',
    'count-credit-gender': 'gwrywaidd',
  };
  const interfaceString = (key: string) => forms[key] ?? `(${key})`;

  const level = pathway.levels[0]!;
  const withHours = (onTheJob: number) => ({ ...pathway, levels: [{ ...level, trainingHours: { ...level.trainingHours, onTheJob } }] });

  it("fills each placeholder with the fact in the page's language", () => {
    expect(withFacts('Y {qualificationTitle}, Lefel {level}.', pathway, 'cy', interfaceString)).toBe(
      `Y ${level.qualifications.items[0]!.title.cy}, Lefel ${level.level}.`,
    );
  });

  it("fills a level's fact where the placeholder names the level, and asks for one where the pathway has several", () => {
    const twoLevels = { ...pathway, levels: [{ ...level, level: 3, minimumCredits: 37 }, level] };
    expect(
      withFacts(
        '{minimumCredits@3} / {minimumCredits@4}',
        { ...twoLevels },
        'en',
        (key) => ({ 'count-credit-other': 'credits' })[key] ?? key,
      ),
    ).toBe(`37 credits / ${level.minimumCredits} credits`);
    expect(() => withFacts('{minimumCredits}', twoLevels, 'en', interfaceString)).toThrow(
      /is a fact of one level, and clinical-coding has levels 3 and 4/,
    );
  });

  it('fills the facts in every text of a checker flow, in each language, and leaves ids and values alone', () => {
    const flow = {
      start: 'q',
      questions: [
        { id: 'q', requirement: { en: 'At least {onTheJobHours}.', cy: 'O leiaf {onTheJobHours}.' }, options: [{ value: 'yes' }] },
      ],
    };
    const filled = mapTexts(flow, (text, lang) => withFacts(text, withHours(280), lang, interfaceString));
    expect(filled.questions[0]!.requirement).toEqual({ en: 'At least 280 awr.', cy: 'O leiaf 280 awr.' });
    expect(filled.start).toBe('q');
    expect(filled.questions[0]!.options).toEqual([{ value: 'yes' }]);
  });

  it('writes a fact that counts hours or credits with its noun, as prose counts', () => {
    expect(withFacts('O leiaf {onTheJobHours} hyfforddiant.', withHours(280), 'cy', interfaceString)).toBe('O leiaf 280 awr hyfforddiant.');
    expect(withFacts('O leiaf {onTheJobHours} hyfforddiant.', withHours(1), 'cy', interfaceString)).toBe('O leiaf un awr hyfforddiant.');
    expect(withFacts('O leiaf {onTheJobHours} hyfforddiant.', withHours(2), 'cy', interfaceString)).toBe('O leiaf dwy awr hyfforddiant.');
    expect(
      withFacts('pob un ag o leiaf {minimumCredits}', { ...pathway, levels: [{ ...level, minimumCredits: 6 }] }, 'cy', interfaceString),
    ).toBe('pob un ag o leiaf chwe chredyd');
  });

  it('gives a count in words a capital where it starts a sentence, and only there', () => {
    const credits = (minimumCredits: number) => ({ ...pathway, levels: [{ ...level, minimumCredits }] });
    const text = "Dyma'r tystysgrifau. {minimumCredits} yw'r isafswm credydau gofynnol.";
    expect(withFacts(text, credits(6), 'cy', interfaceString)).toBe("Dyma'r tystysgrifau. Chwe chredyd yw'r isafswm credydau gofynnol.");
    expect(withFacts('{minimumCredits} yw’r isafswm.', credits(3), 'cy', interfaceString)).toBe('Tri chredyd yw’r isafswm.');
    expect(withFacts(text, credits(48), 'cy', interfaceString)).toBe("Dyma'r tystysgrifau. 48 credyd yw'r isafswm credydau gofynnol.");
    expect(withFacts('Isafswm: {minimumCredits}.', credits(6), 'cy', interfaceString)).toBe('Isafswm: chwe chredyd.');
  });

  it("names the Essential Skills as a list in the page's language", () => {
    const names = (level.essentialSkills as { name: { cy: string } }[]).map((skill) => skill.name.cy);
    expect(withFacts('{essentialSkillNames}', pathway, 'cy', interfaceString)).toBe(`${names.slice(0, -1).join(', ')} a ${names.at(-1)}`);
  });
});
