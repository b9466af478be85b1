import { z } from 'astro/zod';
import { identifier, localized, strictObject } from './localized';
import { analyseFlow, type FlowProblem } from '../lib/checker/analyse';

/** A pathway section: the page id and the section id (`## Heading {#section}`) on that page. */
const sourceRef = strictObject({ page: identifier, section: identifier });

/** question id → the option values that make the condition true (any one of them). */
const condition = z.record(identifier, z.array(identifier).min(1, 'must list at least one option'));

const option = strictObject({
  value: identifier,
  label: localized,
  /** On an "any" question: choosing it clears the others (for "None of these"). */
  exclusive: z.boolean().optional(),
  /** Overrides the question's `next` when this option is chosen ("one" questions only). */
  next: identifier.optional(),
});

const question = strictObject({
  id: identifier,
  /** "one": radios, exactly one answer; "any": checkboxes, one or more. */
  kind: z.enum(['one', 'any']),
  title: localized,
  hint: localized.optional(),
  /** Shown when Continue is pressed with nothing chosen. */
  error: localized,
  /** The requirement in one sentence, for the checklist shown without JavaScript. */
  requirement: localized,
  source: sourceRef,
  options: z.array(option).min(2, 'needs at least two options'),
  /** The next question's id, or "end" for the check-your-answers step. */
  next: identifier,
});

const flow = strictObject({
  title: localized,
  description: localized,
  slug: strictObject({ en: identifier, cy: identifier }),
  /** Opening paragraphs of the start page, specific to this pathway. */
  intro: z.array(localized).min(1),
  start: identifier,
  questions: z.array(question).min(1),
  /** Listed from the most serious: the result is the first outcome that any matching rule leads to. */
  outcomes: z
    // The first next step is the one the result gives beside the outcome, on the first screen.
    .array(strictObject({ id: identifier, title: localized, summary: localized, nextSteps: z.array(localized).min(1) }))
    .min(1),
  rules: z.array(strictObject({ id: identifier, when: condition, outcome: identifier, reason: localized, source: sourceRef })).min(1),
  /** "note": shown under "Things to know"; "next-step": under "Next steps". */
  notes: z.array(
    strictObject({ id: identifier, kind: z.enum(['note', 'next-step']), when: condition, text: localized, source: sourceRef }),
  ),
});

/**
 * An eligibility checker flow (`content/pathways/<id>/checker.yaml`): questions, outcomes, the rules
 * that lead from answers to an outcome and the notes shown beside it, every text in en and cy.
 * Rejects unknown references, loops, unreachable questions, and outcomes, rules or notes that no
 * combination of answers can reach.
 */
export const checkerSchema = flow.superRefine((value, ctx) => {
  for (const problem of analysed(value)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
});

/**
 * A build checks each flow twice (the file check when the config loads, then Astro's content
 * layer, each with its own copy of this module), and walking every combination of answers is the
 * slow part: the problems of a flow are kept on globalThis, shared by both, keyed by its content.
 */
const ANALYSED = Symbol.for('clinical-coding.checker-flow-problems');
function analysed(value: z.infer<typeof flow>): FlowProblem[] {
  const cache = ((globalThis as Record<symbol, Map<string, FlowProblem[]>>)[ANALYSED] ??= new Map());
  const key = JSON.stringify(value);
  let problems = cache.get(key);
  if (!problems) cache.set(key, (problems = analyseFlow(value).problems));
  return problems;
}

// From the shape before the cross-checks, which use this type themselves.
export type CheckerFlow = z.infer<typeof flow>;
