import { z } from 'astro/zod';
import { identifier, localised, requireSamePlaceholders, strictObject } from './localised';
import { repeats } from './repeats';
import { sectionRef } from './section-ref';
import { factNames, factPlaceholders } from '../lib/pathway/facts';
import { nearest } from '../lib/text/nearest';

/** The pathway sections a step or answer comes from. */
const sectionRefs = z.array(sectionRef, {
  error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a list of sections ({ page, section })'),
});

/**
 * Text in both languages that may show the pathway's facts as `{onTheJobHours}` (or a level's,
 * `{onTheJobHours@4}`), never typed again: each placeholder must be a fact (src/lib/pathway/facts.ts),
 * and both languages must fill the same ones.
 */
const textWithFacts = localised.superRefine((pair, ctx) => {
  const written = (text: string) => factPlaceholders(text).map((found) => found.written.slice(1, -1));
  for (const lang of ['en', 'cy'] as const) {
    for (const { name } of factPlaceholders(pair[lang])) {
      if (!(factNames as readonly string[]).includes(name)) {
        const suggestion = nearest(name, factNames);
        ctx.addIssue({
          code: 'custom',
          path: [lang],
          message: `{${name}} is not a fact (${suggestion ? `did you mean {${suggestion}}?` : `use one of ${factNames.join(', ')}`})`,
        });
      }
    }
  }
  requireSamePlaceholders(pair, written, ctx);
});

/** What every journey page (the step by step, the questions) has: its title, description, address and opening. */
const journeyPage = {
  title: localised,
  description: localised,
  slug: strictObject({ en: identifier, cy: identifier }),
  intro: z.array(textWithFacts).min(1),
};

/** How a step goes with the step before, shown in place of its number. */
export const stepLogics = ['and', 'or'] as const;

const step = strictObject({
  id: identifier,
  /** Instead of a number: the step goes with the one before ("and": both; "or": either). */
  logic: z.enum(stepLogics).optional(),
  title: localised,
  summary: textWithFacts,
  /** The pathway's "can I apply?" checker is this step's action, shown as a button. */
  checker: z.boolean().optional(),
  /** Where apprenticeship vacancies are published (content/site/site.yaml) is this step's action. */
  vacancies: z.boolean().optional(),
  /** The sections that set the step out; a page of the pathway shows "Part of" the first step naming it. */
  sources: sectionRefs.min(1, 'must name at least one section it comes from'),
});

/** Each item's id names it once: a second use is an error at that item. */
function requireUniqueIds(items: readonly { id: string }[], field: string, ctx: z.RefinementCtx): void {
  for (const { index, message } of repeats(items.map((item) => item.id)))
    ctx.addIssue({ code: 'custom', path: [field, index, 'id'], message });
}

/** A pathway's step by step (`content/pathways/<id>/steps.yaml`), every text in en and cy. */
export const stepsSchema = strictObject({
  ...journeyPage,
  steps: z.array(step).min(2, 'needs at least two steps'),
}).superRefine((value, ctx) => {
  if (value.steps[0]?.logic)
    ctx.addIssue({
      code: 'custom',
      path: ['steps', 0, 'logic'],
      message: 'the first step has no step before it to go with: remove "logic"',
    });
  requireUniqueIds(value.steps, 'steps', ctx);
});
export type Steps = z.infer<typeof stepsSchema>;
/** One step of the step by step. */
export type JourneyStep = Steps['steps'][number];

const question = strictObject({
  id: identifier,
  /** In the applicant's words. */
  question: localised,
  /** Short paragraphs. */
  answer: z.array(textWithFacts).min(1),
  /** The pathway does not answer this: the answer says so plainly, and who decides; it may name no section. */
  notInPathway: z.boolean().optional(),
  sources: sectionRefs,
}).superRefine((q, ctx) => {
  if (!q.notInPathway && q.sources.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['sources'],
      message: 'must name at least one section the answer comes from (or set notInPathway: true when the pathway does not answer it)',
    });
  }
});

/** A pathway's questions people ask (`content/pathways/<id>/questions.yaml`), every text in en and cy. */
export const questionsSchema = strictObject({
  ...journeyPage,
  questions: z.array(question).min(1),
}).superRefine((value, ctx) => requireUniqueIds(value.questions, 'questions', ctx));
export type Questions = z.infer<typeof questionsSchema>;
/** One of the questions people ask (not a checker question: FlowQuestion). */
export type CommonQuestion = Questions['questions'][number];
