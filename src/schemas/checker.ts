import { z } from 'astro/zod';
import { identifier, localized, strictObject } from './localized';
import { analyseFlow } from '../lib/checker/analyse';

/** A pathway section: the page id and the section id (`## Heading {#section}`) on that page. */
const sourceRef = strictObject({ page: identifier, section: identifier });

/** question id → the option values that make the condition true (any one of them). */
const condition = z.record(identifier, z.array(identifier).min(1, 'must list at least one option'));

const option = strictObject({
  value: identifier,
  label: localized,
  hint: localized.optional(),
  exclusive: z.boolean().optional(),
  next: identifier.optional(),
});

const question = strictObject({
  id: identifier,
  kind: z.enum(['one', 'any']),
  title: localized,
  hint: localized.optional(),
  error: localized,
  requirement: localized,
  source: sourceRef,
  options: z.array(option).min(2, 'needs at least two options'),
  next: identifier,
});

/**
 * An eligibility checker flow (`content/pathways/<id>/checker.yaml`): questions, outcomes, the rules
 * that lead from answers to an outcome and the notes shown beside it, every text in en and cy.
 * Rejects unknown references, loops, unreachable questions, and outcomes, rules or notes that no
 * combination of answers can reach.
 */
export const checkerSchema = strictObject({
  title: localized,
  description: localized,
  slug: strictObject({ en: identifier, cy: identifier }),
  intro: z.array(localized).min(1),
  start: identifier,
  questions: z.array(question).min(1),
  outcomes: z
    .array(strictObject({ id: identifier, title: localized, summary: localized, nextSteps: z.array(localized).min(1) }))
    .min(1),
  rules: z.array(strictObject({ id: identifier, when: condition, outcome: identifier, reason: localized, source: sourceRef })).min(1),
  notes: z.array(
    strictObject({ id: identifier, kind: z.enum(['note', 'next-step']), when: condition, text: localized, source: sourceRef }),
  ),
}).superRefine((flow, ctx) => {
  for (const problem of analyseFlow(flow).problems) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
});

export type CheckerFlow = z.infer<typeof checkerSchema>;
