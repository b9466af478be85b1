/**
 * The shape of an eligibility checker flow (`content/pathways/<id>/checker.yaml`): questions,
 * outcomes, the rules that lead from answers to an outcome and the notes shown beside it, every
 * text in en and cy. Shape only: the flow as a whole (references between its parts, loops, every
 * combination of answers reaching an outcome) is checked once, before the build, by
 * src/validation/checker-flow.ts, which runs the checker's own analysis.
 */
import { z } from 'astro/zod';
import { identifier, localised, strictObject } from './localised.ts';
import { sectionRef } from './section-ref.ts';

/** question id → the option values that make the condition true (any one of them). */
const condition = z.record(identifier, z.array(identifier).min(1, 'must list at least one option'));

const option = strictObject({
  value: identifier,
  label: localised,
  /** On an "any" question: choosing it clears the others (for "None of these"). */
  exclusive: z.boolean().optional(),
  /** Overrides the question's `next` when this option is chosen ("one" questions only). */
  next: identifier.optional(),
});

const question = strictObject({
  id: identifier,
  /** "one": radios, exactly one answer; "any": checkboxes, one or more. */
  kind: z.enum(['one', 'any']),
  title: localised,
  hint: localised.optional(),
  /** Shown when Continue is pressed with nothing chosen. */
  error: localised,
  /** The requirement in one sentence, for the checklist shown without JavaScript. */
  requirement: localised,
  source: sectionRef,
  options: z.array(option).min(2, 'needs at least two options'),
  /** The next question's id, or "end" for the check-your-answers step. */
  next: identifier,
});

export const checkerSchema = strictObject({
  title: localised,
  description: localised,
  slug: strictObject({ en: identifier, cy: identifier }),
  /** Opening paragraphs of the start page, specific to this pathway. */
  intro: z.array(localised).min(1),
  start: identifier,
  questions: z.array(question).min(1),
  /** Listed from the most serious: the result is the first outcome that any matching rule leads to. */
  outcomes: z
    // The first next step is the one the result gives beside the outcome, on the first screen.
    .array(strictObject({ id: identifier, title: localised, summary: localised, nextSteps: z.array(localised).min(1) }))
    .min(1),
  rules: z.array(strictObject({ id: identifier, when: condition, outcome: identifier, reason: localised, source: sectionRef })).min(1),
  /** "note": shown under "Things to know"; "next-step": under "Next steps". */
  notes: z.array(
    strictObject({ id: identifier, kind: z.enum(['note', 'next-step']), when: condition, text: localised, source: sectionRef }),
  ),
});

export type CheckerFlow = z.infer<typeof checkerSchema>;
