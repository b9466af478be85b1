/**
 * The checker's steps. Pure: which step an address shows, where its Back, Change and other links
 * lead, and where Continue goes. The browser script draws the step, puts its `query` in the
 * address bar and follows the places it names, so reload, back and forward and the language
 * toggle agree on what is shown.
 */
import { answeredSoFar, decide, findQuestion, isValidAnswer, nextOf, nextStep, pathOf, type Decision } from './engine';
import { CHECK_STEP, START_STEP, serialiseQuery, type CheckerState, type Place } from './url';
import { END, type Answers, type Flow, type FlowQuestion } from './types';

/** A row of "check your answers": a question, the labels of its answer, and where its Change link goes. */
export interface AnswerRow<T> {
  question: FlowQuestion<T>;
  labels: T[];
  change: Place;
}

/** What the page says when the address held parts it did not use: how many, and which questions lost their answers. */
export interface Notice<T> {
  count: number;
  questions: FlowQuestion<T>[];
}

/**
 * The checker screen to show, one of four told apart by `kind`: the start page, a question, check
 * your answers, or the result.
 */
export type CheckerView<T = string> = {
  /** The address of the step shown, without "?". */
  query: string;
  notice: Notice<T> | undefined;
} & CheckerScreen<T>;

/**
 * What the screen is: the start page ("Start now" keeps any answers given, after Back from the
 * first question); a question (`chosen`: what to show ticked; `error`: Continue was pressed without
 * an answer); check your answers; or the result.
 */
type CheckerScreen<T> =
  | { kind: 'start'; start: Place }
  | { kind: 'question'; question: FlowQuestion<T>; number: number; total: number; chosen: string[]; error: boolean; back: Place }
  | { kind: 'check'; rows: AnswerRow<T>[]; back: Place; result: Place }
  | { kind: 'result'; decision: Decision<T>; rows: AnswerRow<T>[]; back: Place; restart: Place };

function rowsFor<T>(flow: Flow<T>, answers: Answers): AnswerRow<T>[] {
  return pathOf(flow, answers).map((question) => ({
    question,
    labels: answers[question.id]!.map((value) => question.options.find((o) => o.value === value)!.label),
    change: { answers, step: question.id, fromCheck: true },
  }));
}

/**
 * The start page when asked for, or when the address holds no answers at all; a question the
 * address asks for once every question before it has an answer; otherwise the first question
 * without an answer; once all are answered, check your answers when asked for, or the result.
 * An address whose answers were all dropped goes to the first question, not the start page.
 * `invalid`: what Continue sent that was not an answer, shown with the question's error.
 */
export function viewFor<T>(flow: Flow<T>, state: CheckerState, invalid?: string[]): CheckerView<T> {
  const { answers } = state;
  const notice = state.ignoredCount
    ? { count: state.ignoredCount, questions: state.droppedQuestions.map((id) => findQuestion(flow, id)!) }
    : undefined;
  const at = (place: Place) => ({ query: serialiseQuery(flow, place), notice });
  const answered = Object.keys(answers).length > 0;
  if (state.step === START_STEP || (!state.step && !answered && state.droppedQuestions.length === 0)) {
    return { kind: 'start', ...at({ answers, step: answered ? START_STEP : undefined }), start: { answers, step: flow.start } };
  }
  const path = pathOf(flow, answers);
  const next = nextStep(flow, answers);
  const requested = state.step ? findQuestion(flow, state.step) : undefined;
  const canAsk =
    requested && path.includes(requested) && path.slice(0, path.indexOf(requested)).every((q) => isValidAnswer(q, answers[q.id]));
  const question = canAsk ? requested : next.kind === 'question' ? next.question : undefined;
  if (question) {
    const fromCheck = canAsk && state.fromCheck;
    const index = path.indexOf(question);
    return {
      kind: 'question',
      ...at({ answers, step: question.id, fromCheck }),
      question,
      number: index + 1,
      total: path.length,
      chosen: invalid ?? answers[question.id] ?? [],
      error: invalid !== undefined,
      back: { answers, step: fromCheck ? CHECK_STEP : (path[index - 1]?.id ?? START_STEP) },
    };
  }
  const rows = rowsFor(flow, answers);
  if (state.step === CHECK_STEP) {
    return { kind: 'check', ...at({ answers, step: CHECK_STEP }), rows, back: { answers, step: path.at(-1)!.id }, result: { answers } };
  }
  return {
    kind: 'result',
    ...at({ answers }),
    decision: decide(flow, answers)!,
    rows,
    back: { answers, step: CHECK_STEP },
    restart: { answers: {} },
  };
}

type AfterContinue<T> = { kind: 'error'; view: CheckerView<T> } | { kind: 'go'; to: Place };

/**
 * Where the reader was when they answered, with the answer they gave: the address their browser's
 * Back (or a phone's back gesture) should return to, so that the question comes back answered.
 */
export function placeAnswered(state: CheckerState, questionId: string, to: Place): Place {
  return { answers: to.answers, step: questionId, fromCheck: state.fromCheck && state.step === questionId };
}

/**
 * Where Continue on question `questionId` leads, with `values` chosen. Not an answer: the same
 * question again, with its error. After a Change, or at the last question: check your answers
 * once every question on the path is answered, or else the first question left. Otherwise: the
 * next question. Answers the new answer leaves off the path are not carried on.
 */
export function afterSubmit<T>(flow: Flow<T>, state: CheckerState, questionId: string, values: string[]): AfterContinue<T> {
  // A Change link opened this question only if the address asked for it.
  const fromCheck = state.fromCheck && state.step === questionId;
  const question = findQuestion(flow, questionId);
  if (!question || !isValidAnswer(question, values))
    return { kind: 'error', view: viewFor(flow, { ...state, step: questionId, fromCheck }, values) };
  const answers = answeredSoFar(flow, { ...state.answers, [questionId]: values });
  const next = nextOf(question, values);
  if (!fromCheck && next !== END) return { kind: 'go', to: { answers, step: next } };
  const after = nextStep(flow, answers);
  return { kind: 'go', to: { answers, step: after.kind === 'complete' ? CHECK_STEP : after.question.id } };
}
