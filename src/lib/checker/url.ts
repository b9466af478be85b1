/**
 * Answers in the page address, in the form's own encoding: `?route=school&prior=gcse&prior=a-level`.
 * Pure: parsing keeps only what the flow knows, in the order the questions are asked, and counts
 * what it ignored so the page can say so. It reports no text from the address, only a number and
 * the ids of the questions whose answers were not kept. Nothing here produces HTML.
 */
import { answeredSoFar, findQuestion, isValidAnswer } from './engine';
import type { Answers, Flow } from './types';

/** Which step to show, besides the one the answers lead to. */
const STEP_KEY = 'step';
/** `from=check`: a Change link, so Continue returns to check your answers. */
const FROM_KEY = 'from';
export const CHECK_STEP = 'check';
export const START_STEP = 'start';

/** A place in the checker, as an address names it. */
export interface Place {
  answers: Answers;
  /** A question id, "check" or "start"; absent when the answers alone say where to go. */
  step?: string | undefined;
  /** Reached by a Change link: Continue returns to check your answers. */
  fromCheck?: boolean | undefined;
}

/** What an address says: the place, and what in it was not used. */
export interface CheckerState extends Place {
  fromCheck: boolean;
  /** How many `key=value` parts of the address were not used. */
  ignoredCount: number;
  /** The questions (ids, in the flow's order) that the address answered but whose answers were not kept. */
  droppedQuestions: string[];
}

/**
 * Reads the query string (with or without "?"). A question's answer is kept only when every value
 * given for it is one of its options and together they are an allowed answer (one value for a
 * "one of" question; "None of these" alone); otherwise all of them are dropped and it is asked
 * again. Answers are kept only in the order the questions are asked: up to the first question on
 * the path without an answer. Answers to later questions, or to questions the path does not
 * pass through, are dropped, so nothing is ever chosen for a question the reader has not reached.
 */
export function parseQuery(flow: Flow<unknown>, search: string): CheckerState {
  const params = new URLSearchParams(search);
  const given = new Map<string, string[]>();
  let ignoredCount = 0;
  let step: string | undefined;
  let fromCheck = false;
  for (const [key, value] of params) {
    if (findQuestion(flow, key)) given.set(key, [...(given.get(key) ?? []), value]);
    else if (key === STEP_KEY && step === undefined && (value === CHECK_STEP || value === START_STEP || findQuestion(flow, value)))
      step = value;
    else if (key === FROM_KEY && !fromCheck && value === CHECK_STEP) fromCheck = true;
    else ignoredCount++;
  }

  const dropped = new Set<string>();
  const drop = (id: string) => {
    ignoredCount += given.get(id)!.length;
    dropped.add(id);
  };
  const answers: Answers = {};
  for (const question of flow.questions) {
    const values = given.get(question.id);
    if (!values) continue;
    // The same value twice is the same answer.
    const distinct = [...new Set(values)];
    if (isValidAnswer(question, distinct)) answers[question.id] = question.options.map((o) => o.value).filter((v) => distinct.includes(v));
    else drop(question.id);
  }

  // Keep answers up to the first question on the path left unanswered; drop every other one.
  const kept = answeredSoFar(flow, answers);
  for (const id of Object.keys(answers)) if (!kept[id]) drop(id);
  const droppedQuestions = flow.questions.filter((question) => dropped.has(question.id)).map((question) => question.id);
  return { answers: kept, step, fromCheck, ignoredCount, droppedQuestions };
}

/** Writes a place's answers (in question and option order), then its step, as a query string without "?". */
export function serialiseQuery(flow: Flow<unknown>, { answers, step, fromCheck }: Place): string {
  const params = new URLSearchParams();
  for (const question of flow.questions) {
    for (const option of question.options) if (answers[question.id]?.includes(option.value)) params.append(question.id, option.value);
  }
  if (step) params.append(STEP_KEY, step);
  if (fromCheck) params.append(FROM_KEY, CHECK_STEP);
  return params.toString();
}
