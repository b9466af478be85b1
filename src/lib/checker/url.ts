/**
 * Answers in the page address, in the form's own encoding: `?route=school&prior=gcse&prior=a-level`.
 * Pure: parsing keeps only what the flow knows and reports everything it dropped, so the page can
 * say so. Nothing here produces HTML.
 */
import { findQuestion, isValidAnswer, route } from './engine';
import type { Answers, Flow } from './types';

/** Which step to show, besides the one the answers lead to. */
export const STEP_KEY = 'step';
/** `from=check`: a Change link, so Continue returns to check your answers. */
export const FROM_KEY = 'from';
export const CHECK_STEP = 'check';
export const START_STEP = 'start';

export interface Dropped {
  key: string;
  value: string;
}

export interface CheckerState {
  answers: Answers;
  /** A question id, "check" or "start"; absent when the answers alone say where to go. */
  step?: string | undefined;
  fromCheck: boolean;
  dropped: Dropped[];
}

/** Reads the query string (with or without "?"). */
export function parseQuery(flow: Flow<unknown>, search: string): CheckerState {
  const params = new URLSearchParams(search);
  const raw = new Map<string, string[]>();
  const dropped: Dropped[] = [];
  let step: string | undefined;
  let fromCheck = false;
  for (const [key, value] of params) {
    if (findQuestion(flow, key)) raw.set(key, [...(raw.get(key) ?? []), value]);
    else if (key === STEP_KEY && step === undefined && (value === CHECK_STEP || value === START_STEP || findQuestion(flow, value))) step = value;
    else if (key === FROM_KEY && !fromCheck && value === CHECK_STEP) fromCheck = true;
    else dropped.push({ key, value });
  }

  const answers: Answers = {};
  for (const question of flow.questions) {
    const given = raw.get(question.id);
    if (!given) continue;
    const known: string[] = [];
    for (const value of given) {
      if (!question.options.some((o) => o.value === value)) dropped.push({ key: question.id, value });
      else if (!known.includes(value)) known.push(value);
    }
    if (known.length === 0) continue;
    if (question.kind === 'one' && known.length > 1) {
      for (const value of known.slice(1)) dropped.push({ key: question.id, value });
      known.length = 1;
    }
    if (!isValidAnswer(question, known)) {
      for (const value of known) dropped.push({ key: question.id, value });
      continue;
    }
    answers[question.id] = question.options.map((o) => o.value).filter((v) => known.includes(v));
  }

  // Answers to questions the route no longer passes through (a branch not taken) are dropped too.
  const onRoute = new Set(route(flow, answers).map((q) => q.id));
  for (const id of Object.keys(answers)) {
    if (!onRoute.has(id)) {
      for (const value of answers[id]!) dropped.push({ key: id, value });
      delete answers[id];
    }
  }
  return { answers, step, fromCheck, dropped };
}

/** Writes answers (in question and option order), then the step, as a query string without "?". */
export function serialiseQuery(flow: Flow<unknown>, answers: Answers, step?: string, fromCheck = false): string {
  const params = new URLSearchParams();
  for (const question of flow.questions) {
    for (const option of question.options) if (answers[question.id]?.includes(option.value)) params.append(question.id, option.value);
  }
  if (step) params.append(STEP_KEY, step);
  if (fromCheck) params.append(FROM_KEY, CHECK_STEP);
  return params.toString();
}
