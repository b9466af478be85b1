/**
 * The shape of an eligibility checker flow, generic over its text: `Localized` ({ en, cy }) as
 * written in content, or `string` once resolved to one language for the browser. Pure types.
 */

/** Where in the pathway a question, rule or note comes from: a page id and a section id on it. */
export interface SourceRef {
  page: string;
  section: string;
}

/** Matches when, for every question named, the answer includes at least one of the values listed. */
export type Condition = Record<string, string[]>;

export interface FlowOption<T> {
  value: string;
  label: T;
  hint?: T | undefined;
  /** On an "any of" question: choosing it clears the others (for "None of these"). */
  exclusive?: boolean | undefined;
  /** Overrides the question's `next` when this option is chosen ("one of" questions only). */
  next?: string | undefined;
}

export interface FlowQuestion<T> {
  id: string;
  /** "one": radios, exactly one answer; "any": checkboxes, one or more. */
  kind: 'one' | 'any';
  title: T;
  hint?: T | undefined;
  /** Shown when Continue is pressed with nothing chosen. */
  error: T;
  /** The requirement in one sentence, for the checklist shown without JavaScript. */
  requirement: T;
  source: SourceRef;
  options: FlowOption<T>[];
  /** The next question's id, or "end" for the check-your-answers step. */
  next: string;
}

export interface FlowOutcome<T> {
  id: string;
  title: T;
  summary: T;
  nextSteps: T[];
}

export interface FlowRule<T> {
  id: string;
  when: Condition;
  outcome: string;
  reason: T;
  source: SourceRef;
}

export interface FlowNote<T> {
  id: string;
  /** "note": shown under "Things to know"; "next-step": under "Next steps". */
  kind: 'note' | 'next-step';
  when: Condition;
  text: T;
  source: SourceRef;
}

export interface Flow<T> {
  title: T;
  description: T;
  /** Opening paragraphs of the start page, specific to this pathway. */
  intro: T[];
  start: string;
  questions: FlowQuestion<T>[];
  /** Listed from the most serious: the result is the first outcome that any matching rule leads to. */
  outcomes: FlowOutcome<T>[];
  rules: FlowRule<T>[];
  notes: FlowNote<T>[];
}

/** Question id → the option values chosen (one value for a "one of" question). */
export type Answers = Record<string, string[]>;

export const END = 'end';
