/**
 * The eligibility checker's engine. Pure: takes a flow and the answers so far, and says which
 * question comes next, or which outcome the answers lead to, why, and which notes apply.
 * No DOM and no Astro, so the same code runs in tests, at build time and in the browser.
 */
import {
  END,
  type Answers,
  type Condition,
  type Flow,
  type FlowNote,
  type FlowOutcome,
  type FlowQuestion,
  type FlowRule,
} from './types.ts';

type AnyFlow = Flow<unknown>;
/** A checker question, whatever its text is. */
type CheckerQuestion = FlowQuestion<unknown>;

export function findQuestion<T>(flow: Flow<T>, id: string): FlowQuestion<T> | undefined {
  return flow.questions.find((q) => q.id === id);
}

/** True when `values` is a complete, allowed answer to `question`. */
export function isValidAnswer(question: CheckerQuestion, values: readonly string[] | undefined): boolean {
  if (!values || values.length === 0) return false;
  if (new Set(values).size !== values.length) return false;
  const options = values.map((v) => question.options.find((o) => o.value === v));
  if (options.some((o) => !o)) return false;
  if (question.kind === 'one') return values.length === 1;
  return values.length === 1 || !options.some((o) => o!.exclusive);
}

/** Where a question leads, given its answer (or its default when not yet answered). */
export function nextOf(question: CheckerQuestion, values: readonly string[] | undefined): string {
  if (question.kind === 'one' && values?.length === 1) {
    const option = question.options.find((o) => o.value === values[0]);
    if (option?.next) return option.next;
  }
  return question.next;
}

/**
 * The questions on the way through the flow: answered ones follow their answer, unanswered ones
 * their default `next`. Stops at the end (or if the flow loops, which the schema forbids).
 */
export function pathOf<T>(flow: Flow<T>, answers: Answers): FlowQuestion<T>[] {
  const path: FlowQuestion<T>[] = [];
  const seen = new Set<string>();
  let id = flow.start;
  while (id !== END && !seen.has(id)) {
    const question = findQuestion(flow, id);
    if (!question) break;
    seen.add(id);
    path.push(question);
    const values = answers[id];
    id = nextOf(question, isValidAnswer(question, values) ? values : undefined);
  }
  return path;
}

/**
 * The answers that count: those on the path, up to the first question on it without a valid
 * answer. Any other answer is stale (on a branch no longer taken) or given out of order.
 */
export function answeredSoFar(flow: AnyFlow, answers: Answers): Answers {
  const kept: Answers = {};
  for (const question of pathOf(flow, answers)) {
    const values = answers[question.id];
    if (!isValidAnswer(question, values)) break;
    kept[question.id] = values!;
  }
  return kept;
}

export function conditionHolds(when: Condition, answers: Answers): boolean {
  return Object.entries(when).every(([questionId, values]) => (answers[questionId] ?? []).some((v) => values.includes(v)));
}

export interface Decision<T> {
  outcome: FlowOutcome<T>;
  /** Every rule the answers meet, the decisive ones (leading to `outcome`) first. */
  reasons: FlowRule<T>[];
  notes: FlowNote<T>[];
}

/** The outcome for a complete set of answers: the most serious outcome any matching rule leads to. */
export function decide<T>(flow: Flow<T>, answers: Answers): Decision<T> | undefined {
  const matched = flow.rules.filter((rule) => conditionHolds(rule.when, answers));
  const rank = (outcomeId: string) => flow.outcomes.findIndex((o) => o.id === outcomeId);
  const best = matched.reduce((min, rule) => Math.min(min, rank(rule.outcome)), Infinity);
  const outcome = flow.outcomes[best];
  if (!outcome) return undefined;
  const reasons = [...matched].sort((a, b) => rank(a.outcome) - rank(b.outcome));
  return { outcome, reasons, notes: flow.notes.filter((note) => conditionHolds(note.when, answers)) };
}

/** Where the checker goes after the answers so far: the next question to ask, or complete. */
type NextStep<T> = { kind: 'question'; question: FlowQuestion<T>; number: number; total: number } | { kind: 'complete'; answers: Answers };

/** The first question on the path without a valid answer, or "complete" with just the answers on the path. */
export function nextStep<T>(flow: Flow<T>, answers: Answers): NextStep<T> {
  const path = pathOf(flow, answers);
  const index = path.findIndex((q) => !isValidAnswer(q, answers[q.id]));
  if (index >= 0) return { kind: 'question', question: path[index]!, number: index + 1, total: path.length };
  return { kind: 'complete', answers: Object.fromEntries(path.map((q) => [q.id, answers[q.id]!])) };
}

/**
 * Every allowed answer to a question: each option, or for "any of", every non-empty set that
 * respects `exclusive`. Given `conditions`, keeps one "any of" answer per distinct pattern of
 * conditions it meets: enough to reach every outcome, rule and note, at a fraction of the cost.
 */
export function possibleAnswers(question: CheckerQuestion, conditions?: Condition[]): string[][] {
  if (question.kind === 'one') return question.options.map((o) => [o.value]);
  const free = question.options.filter((o) => !o.exclusive).map((o) => o.value);
  const sets: string[][] = [];
  for (let mask = 1; mask < 1 << free.length; mask++) sets.push(free.filter((_, i) => mask & (1 << i)));
  for (const o of question.options) if (o.exclusive) sets.push([o.value]);
  if (!conditions) return sets;
  const lists = conditions.map((c) => c[question.id]).filter((list): list is string[] => list !== undefined);
  const seen = new Set<string>();
  return sets.filter((set) => {
    const signature = lists.map((list) => (set.some((v) => list.includes(v)) ? 1 : 0)).join('');
    if (seen.has(signature)) return false;
    seen.add(signature);
    return true;
  });
}

/**
 * Walks every path through the flow with every allowed answer, yielding each complete set of
 * answers. `distinct`: only one "any of" answer per pattern of rule and note conditions it meets.
 */
export function* allAnswerSets(flow: AnyFlow, { distinct = false, limit = 5_000_000 } = {}): Generator<Answers> {
  const conditions = distinct ? [...flow.rules.map((r) => r.when), ...flow.notes.map((n) => n.when)] : undefined;
  let count = 0;
  function* walk(id: string, answers: Answers, seen: Set<string>): Generator<Answers> {
    if (id === END) {
      if (++count > limit) throw new Error(`more than ${limit} answer combinations`);
      yield { ...answers };
      return;
    }
    const question = findQuestion(flow, id);
    if (!question || seen.has(id)) return;
    seen.add(id);
    for (const values of possibleAnswers(question, conditions)) {
      answers[id] = values;
      yield* walk(nextOf(question, values), answers, seen);
    }
    delete answers[id];
    seen.delete(id);
  }
  yield* walk(flow.start, {}, new Set());
}

/**
 * How many questions a reader answers, on the shortest and the longest way through the flow: a
 * start page that says "up to 6 questions" counts the reader's path, not every question there is.
 */
export function questionsOnPaths(flow: AnyFlow): { fewest: number; most: number } {
  const memo = new Map<string, { fewest: number; most: number }>();
  const from = (id: string, seen: Set<string>): { fewest: number; most: number } => {
    if (id === END) return { fewest: 0, most: 0 };
    const known = memo.get(id);
    if (known) return known;
    const question = findQuestion(flow, id);
    // A loop or an unknown question ends the way here (the schema refuses both).
    if (!question || seen.has(id)) return { fewest: 0, most: 0 };
    const nexts = new Set([question.next, ...(question.kind === 'one' ? question.options.map((o) => o.next ?? question.next) : [])]);
    const after = [...nexts].map((next) => from(next, new Set([...seen, id])));
    const result = { fewest: 1 + Math.min(...after.map((a) => a.fewest)), most: 1 + Math.max(...after.map((a) => a.most)) };
    memo.set(id, result);
    return result;
  };
  return from(flow.start, new Set());
}
