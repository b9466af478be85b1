/**
 * An eligibility checker flow checked as a whole: its shape (src/schemas/checker.ts), then the
 * checker's own analysis (src/lib/checker/analyse.ts) of references between its parts, loops,
 * and every combination of answers reaching an outcome, each problem an issue at its field. Run
 * once, by the content check before the build; Astro's content layer reads the shape only.
 */
import { checkerSchema } from '../schemas/checker.ts';
import { analyseFlow } from '../lib/checker/analyse.ts';

export const checkedFlowSchema = checkerSchema.superRefine((flow, ctx) => {
  for (const problem of analyseFlow(flow).problems) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
});
