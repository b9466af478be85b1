/**
 * Every pathway section a content file names (src/schemas/section-ref.ts), with the field that
 * names it, by the kind of file: one entry per kind of file that names sections. The content
 * check proves each one exists; the checker page links each one. Pure.
 */
import type { CheckerFlow } from '../schemas/checker';
import type { Questions, Steps } from '../schemas/journey';
import type { Pathway } from '../schemas/pathway';
import type { PageOrSectionRef, SectionRef } from '../schemas/section-ref';

/** A section (or page) named in a file, with the field that names it, by id: `rules[dbs-no].source`. */
export type NamedSectionRef<Ref extends PageOrSectionRef = PageOrSectionRef> = Ref & { field: string };

export const sectionRefsIn = {
  checker: (flow: CheckerFlow): NamedSectionRef<SectionRef>[] => [
    ...flow.questions.map((q) => ({ field: `questions[${q.id}].source`, ...q.source })),
    ...flow.rules.map((r) => ({ field: `rules[${r.id}].source`, ...r.source })),
    ...flow.notes.map((n) => ({ field: `notes[${n.id}].source`, ...n.source })),
  ],
  steps: (steps: Steps): NamedSectionRef[] =>
    steps.steps.flatMap((step) => step.sources.map((source, index) => ({ field: `steps[${step.id}].sources[${index}]`, ...source }))),
  questions: (questions: Questions): NamedSectionRef[] =>
    questions.questions.flatMap((q) => q.sources.map((source, index) => ({ field: `questions[${q.id}].sources[${index}]`, ...source }))),
  pathway: (pathway: Pathway): NamedSectionRef[] =>
    pathway.additionalRequirements.map((item) => ({ field: `additionalRequirements[${item.id}].see`, ...item.see })),
};
