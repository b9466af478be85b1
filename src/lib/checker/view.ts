/**
 * Which step of the checker to show for an address, and the address that names it. Pure: the
 * browser script draws the step and puts `query` in the address bar, so reload, back and forward
 * and the language toggle agree on what is shown.
 */
import { findQuestion, isValidAnswer, nextStep, route } from './engine';
import { CHECK_STEP, START_STEP, serialiseQuery, type CheckerState } from './url';
import type { Answers, Flow, FlowQuestion } from './types';

export type CheckerView<T> =
  /** The start page; `answers` are kept for "Start now" (after Back from the first question). */
  | { kind: 'start'; answers: Answers; query: string }
  | { kind: 'question'; question: FlowQuestion<T>; fromCheck: boolean; query: string }
  | { kind: 'check'; answers: Answers; query: string }
  | { kind: 'result'; answers: Answers; query: string };

/**
 * The start page when asked for, or when the address holds no answers at all; a question the
 * address asks for once every question before it has an answer; otherwise the first question
 * without an answer; once all are answered, check your answers when asked for, or the result.
 * An address whose answers were all dropped goes to the first question, not the start page.
 */
export function viewFor<T>(flow: Flow<T>, state: CheckerState): CheckerView<T> {
  const { answers } = state;
  const answered = Object.keys(answers).length > 0;
  if (state.step === START_STEP || (!state.step && !answered && state.droppedQuestions.length === 0)) {
    return { kind: 'start', answers, query: serialiseQuery(flow, answers, answered ? START_STEP : undefined) };
  }
  const path = route(flow, answers);
  const requested = state.step ? findQuestion(flow, state.step) : undefined;
  if (requested && path.includes(requested) && path.slice(0, path.indexOf(requested)).every((q) => isValidAnswer(q, answers[q.id]))) {
    return { kind: 'question', question: requested, fromCheck: state.fromCheck, query: serialiseQuery(flow, answers, requested.id, state.fromCheck) };
  }
  const next = nextStep(flow, answers);
  if (next.kind === 'question') {
    return { kind: 'question', question: next.question, fromCheck: false, query: serialiseQuery(flow, answers, next.question.id) };
  }
  if (state.step === CHECK_STEP) return { kind: 'check', answers: next.answers, query: serialiseQuery(flow, next.answers, CHECK_STEP) };
  return { kind: 'result', answers: next.answers, query: serialiseQuery(flow, next.answers) };
}
