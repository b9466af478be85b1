/**
 * A pathway's journey pages (the step by step, the questions people ask, the whole pathway on one
 * page): their routes and where each pathway page sits in the step by step. Pure.
 */
import { locales, type Locale } from '../i18n/locale';
import { featurePages, QUESTIONS_PAGE_ID, STEPS_PAGE_ID, WHOLE_PATHWAY_PAGE_ID, type PageMeta } from '../routing/routes';
import type { Translate } from '../i18n/translate';
import type { Localised } from '../../schemas/localised';
import type { Questions, JourneyStep, Steps } from '../../schemas/journey';

/**
 * The routes of a pathway's journey pages: the step by step and the questions when the pathway
 * has them, and always the whole pathway on one page, whose slug and title are interface strings.
 */
export function journeyPages(
  pathway: { id: string; title: Localised },
  journey: { steps?: Steps | undefined; questions?: Questions | undefined },
  translators: Record<Locale, Translate>,
): PageMeta[] {
  const inEachLanguage = (pick: (t: Translate, lang: Locale) => string) =>
    Object.fromEntries(locales.map((lang) => [lang, pick(translators[lang], lang)])) as Record<Locale, string>;
  const whole = {
    slug: inEachLanguage((t) => t('whole-pathway-slug')),
    title: inEachLanguage((t, lang) => t('whole-pathway-title', { pathway: pathway.title[lang] })),
  };
  return [
    ...(journey.steps ? featurePages(pathway.id, STEPS_PAGE_ID, 'steps', journey.steps) : []),
    ...(journey.questions ? featurePages(pathway.id, QUESTIONS_PAGE_ID, 'questions', journey.questions) : []),
    ...featurePages(pathway.id, WHOLE_PATHWAY_PAGE_ID, 'whole', whole),
  ];
}

/** A step as shown: its number, or "and"/"or" when it goes with the step before; `number` is its group's. */
export interface NumberedStep {
  step: JourneyStep;
  number: number;
  logic: 'and' | 'or' | undefined;
}

/** Numbers the steps: a step marked "and"/"or" shares the number of the step before. */
export function numberSteps(steps: readonly JourneyStep[]): NumberedStep[] {
  let number = 0;
  return steps.map((step) => {
    if (!step.logic) number += 1;
    return { step, number: Math.max(number, 1), logic: step.logic };
  });
}

/** The step a page of the pathway belongs to: the first that names one of its sections. */
export function stepForPage(steps: readonly JourneyStep[], pageId: string): NumberedStep | undefined {
  return numberSteps(steps).find(({ step }) => step.sources.some((source) => source.page === pageId));
}
