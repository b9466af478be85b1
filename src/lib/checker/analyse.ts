/**
 * Checks a flow as a whole: references between its parts, loops, and (by walking every
 * combination of answers) that every question, outcome, rule and note can be reached and that
 * every combination reaches an outcome. Pure; src/validation/checker-flow.ts turns the problems into issues at their fields.
 */
import { allAnswerSets, conditionHolds, decide, findQuestion, nextStep } from './engine.ts';
import { END, type Condition, type Flow } from './types.ts';
import { repeats } from '../../schemas/repeats.ts';

export interface FlowProblem {
  path: (string | number)[];
  message: string;
}

function duplicates(ids: string[], path: (index: number) => (string | number)[], problems: FlowProblem[]) {
  for (const { index, message } of repeats(ids)) problems.push({ path: path(index), message });
}

export function analyseFlow(flow: Flow<unknown>, limit = 1_000_000): { problems: FlowProblem[]; combinations: number } {
  const problems: FlowProblem[] = [];
  duplicates(
    flow.questions.map((q) => q.id),
    (i) => ['questions', i, 'id'],
    problems,
  );
  duplicates(
    flow.outcomes.map((o) => o.id),
    (i) => ['outcomes', i, 'id'],
    problems,
  );
  duplicates(
    flow.rules.map((r) => r.id),
    (i) => ['rules', i, 'id'],
    problems,
  );
  duplicates(
    flow.notes.map((n) => n.id),
    (i) => ['notes', i, 'id'],
    problems,
  );

  const target = (id: string, path: (string | number)[]) => {
    if (id === END || findQuestion(flow, id)) return;
    problems.push({ path, message: `refers to unknown question "${id}" (use a question id or "${END}")` });
  };
  if (!findQuestion(flow, flow.start)) problems.push({ path: ['start'], message: `refers to unknown question "${flow.start}"` });
  flow.questions.forEach((question, qi) => {
    if (question.id === END) problems.push({ path: ['questions', qi, 'id'], message: `"${END}" is reserved for the end of the questions` });
    duplicates(
      question.options.map((o) => o.value),
      (i) => ['questions', qi, 'options', i, 'value'],
      problems,
    );
    target(question.next, ['questions', qi, 'next']);
    question.options.forEach((option, oi) => {
      if (option.next !== undefined) {
        if (question.kind === 'any')
          problems.push({
            path: ['questions', qi, 'options', oi, 'next'],
            message: 'only options of a "one" question can change the next question',
          });
        target(option.next, ['questions', qi, 'options', oi, 'next']);
      }
      if (option.exclusive && question.kind === 'one')
        problems.push({
          path: ['questions', qi, 'options', oi, 'exclusive'],
          message: 'only options of an "any" question can be exclusive',
        });
    });
  });

  const checkCondition = (when: Condition, path: (string | number)[]) => {
    if (Object.keys(when).length === 0) problems.push({ path, message: 'must name at least one question' });
    for (const [questionId, values] of Object.entries(when)) {
      const question = findQuestion(flow, questionId);
      if (!question) {
        problems.push({ path: [...path, questionId], message: `refers to unknown question "${questionId}"` });
        continue;
      }
      if (values.length === 0) problems.push({ path: [...path, questionId], message: 'must list at least one option' });
      for (const value of values) {
        if (!question.options.some((o) => o.value === value)) {
          problems.push({
            path: [...path, questionId],
            message: `refers to unknown option "${value}" of question "${questionId}" (it has ${question.options.map((o) => `"${o.value}"`).join(', ')})`,
          });
        }
      }
    }
  };
  flow.rules.forEach((rule, i) => {
    checkCondition(rule.when, ['rules', i, 'when']);
    if (!flow.outcomes.some((o) => o.id === rule.outcome))
      problems.push({ path: ['rules', i, 'outcome'], message: `refers to unknown outcome "${rule.outcome}"` });
  });
  flow.notes.forEach((note, i) => {
    checkCondition(note.when, ['notes', i, 'when']);
  });
  // Every answer a person can give is named by some rule, so the result can always say why.
  flow.questions.forEach((question, qi) => {
    question.options.forEach((option, oi) => {
      if (!flow.rules.some((rule) => rule.when[question.id]?.includes(option.value))) {
        problems.push({
          path: ['questions', qi, 'options', oi, 'value'],
          message: `no rule names the answer "${option.value}" to question "${question.id}", so a result could not say why`,
        });
      }
    });
  });
  if (problems.length) return { problems, combinations: 0 };

  // Loops and unreachable questions, over every edge a question can take.
  const edges = (id: string) => {
    const q = findQuestion(flow, id)!;
    return [...new Set([q.next, ...q.options.map((o) => o.next ?? q.next)])].filter((n) => n !== END);
  };
  const reachable = new Set<string>();
  const onStack: string[] = [];
  const visit = (id: string) => {
    if (onStack.includes(id)) {
      const loop = [...onStack.slice(onStack.indexOf(id)), id];
      const qi = flow.questions.findIndex((q) => q.id === onStack[onStack.length - 1]);
      problems.push({ path: ['questions', qi, 'next'], message: `makes a loop: ${loop.join(' → ')}` });
      return;
    }
    if (reachable.has(id)) return;
    reachable.add(id);
    onStack.push(id);
    for (const next of edges(id)) visit(next);
    onStack.pop();
  };
  visit(flow.start);
  flow.questions.forEach((q, i) => {
    if (!reachable.has(q.id))
      problems.push({ path: ['questions', i, 'id'], message: `question "${q.id}" can never be reached from the start ("${flow.start}")` });
  });
  if (problems.length) return { problems, combinations: 0 };

  // Every combination of answers: one outcome each, and everything used by some combination.
  const outcomesReached = new Set<string>();
  const rulesMatched = new Set<string>();
  const notesShown = new Set<string>();
  let combinations = 0;
  let undecided: string | undefined;
  try {
    for (const answers of allAnswerSets(flow, { distinct: true, limit })) {
      combinations++;
      if (nextStep(flow, answers).kind !== 'complete') continue;
      const decision = decide(flow, answers);
      if (!decision) {
        undecided ??= JSON.stringify(answers);
        continue;
      }
      outcomesReached.add(decision.outcome.id);
      for (const rule of flow.rules) if (conditionHolds(rule.when, answers)) rulesMatched.add(rule.id);
      for (const note of decision.notes) notesShown.add(note.id);
    }
  } catch (error) {
    problems.push({ path: ['questions'], message: `has too many answer combinations to check (${(error as Error).message})` });
    return { problems, combinations };
  }
  if (undecided) problems.push({ path: ['rules'], message: `no rule matches the answers ${undecided}, so they lead to no outcome` });
  flow.outcomes.forEach((o, i) => {
    if (!outcomesReached.has(o.id))
      problems.push({ path: ['outcomes', i, 'id'], message: `outcome "${o.id}" is never reached by any combination of answers` });
  });
  flow.rules.forEach((r, i) => {
    if (!rulesMatched.has(r.id))
      problems.push({ path: ['rules', i, 'when'], message: `rule "${r.id}" never matches any combination of answers` });
  });
  flow.notes.forEach((n, i) => {
    if (!notesShown.has(n.id))
      problems.push({ path: ['notes', i, 'when'], message: `note "${n.id}" never applies to any combination of answers` });
  });
  return { problems, combinations };
}
