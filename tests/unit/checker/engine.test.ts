import { describe, expect, it } from 'vitest';
import { allAnswerSets, decide, nextStep, possibleAnswers } from '../../../src/lib/checker/engine';
import { localise } from '../../../src/lib/checker/client';
import { realFlow } from '../../support/checker-flow';

const flow = realFlow();

describe('checker engine, every combination of answers', () => {
  // Every allowed answer to every question: 6 routes × 512 sets of qualifications × 3 × 3 × 3 × 3.
  it('enumerates every combination', () => {
    const expected = flow.questions.reduce((product, q) => product * possibleAnswers(q).length, 1);
    expect(possibleAnswers(flow.questions.find((q) => q.id === 'prior')!)).toHaveLength(2 ** 9);
    let count = 0;
    for (const _answers of allAnswerSets(flow)) count++;
    expect(count).toBe(expected);
    expect(expected).toBe(248_832);
  });

  // One answer to an "any of" question per pattern of the rules' and notes' conditions it meets
  // (distinct): every other answer meeting the same conditions is decided the same way, and leads
  // to the same next question, as long as no option of it has a next question of its own.
  const combinations = [...allAnswerSets(flow, { distinct: true })];
  const results = combinations.map((answers) => ({ answers, step: nextStep(flow, answers), decision: decide(flow, answers) }));

  it('reads every answer to each "one of" question with each pattern of "any of" answers, which choose no next question', () => {
    const anyOf = flow.questions.filter((q) => q.kind !== 'one');
    expect(anyOf.length).toBeGreaterThan(0);
    for (const question of anyOf)
      for (const option of question.options) expect(option, `${question.id}: ${option.value}`).not.toHaveProperty('next');
    const oneOf = flow.questions.filter((q) => q.kind === 'one');
    const oneOfAnswers = new Set(combinations.map((answers) => oneOf.map((q) => answers[q.id]).join('|')));
    expect(oneOfAnswers.size).toBe(oneOf.reduce((product, q) => product * q.options.length, 1));
    expect(combinations.length).toBeGreaterThan(oneOfAnswers.size);
  });

  it('each combination completes the questions and reaches exactly one outcome, with a reason', () => {
    const failures: string[] = [];
    for (const { answers, step, decision } of results) {
      const problem =
        step.kind !== 'complete'
          ? 'questions left'
          : !decision
            ? 'no outcome'
            : decision.reasons.length === 0
              ? 'no reason'
              : decision.reasons[0]!.outcome !== decision.outcome.id
                ? 'first reason does not lead to the outcome'
                : undefined;
      if (problem) failures.push(`${JSON.stringify(answers)}: ${problem}`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('reaches every outcome, every rule and every note', () => {
    const outcomes = new Set(results.map((r) => r.decision!.outcome.id));
    const rules = new Set(results.flatMap((r) => r.decision!.reasons.map((x) => x.id)));
    const notes = new Set(results.flatMap((r) => r.decision!.notes.map((x) => x.id)));
    expect([...outcomes].sort()).toEqual(flow.outcomes.map((o) => o.id).sort());
    expect([...rules].sort()).toEqual(flow.rules.map((o) => o.id).sort());
    expect([...notes].sort()).toEqual(flow.notes.map((o) => o.id).sort());
  });

  it('says "not eligible" only when someone is not willing to have DBS checks or cannot comply with pre-employment checks', () => {
    for (const { answers, decision } of results) {
      const refuses = answers.dbs![0] === 'no' || answers['pre-employment-checks']![0] === 'no';
      const unsettled =
        [answers.dbs![0], answers['pre-employment-checks']![0], answers.shifts![0]].includes('not-sure') || answers.shifts![0] === 'no';
      const expected = refuses ? 'not-eligible' : unsettled ? 'check-first' : 'likely-eligible';
      if (decision!.outcome.id !== expected) expect.fail(`${JSON.stringify(answers)} → ${decision!.outcome.id}, expected ${expected}`);
    }
  });

  it('never lets the route, qualifications or assessment language change the outcome', () => {
    const key = (a: Record<string, string[]>) => [a.dbs, a['pre-employment-checks'], a.shifts].join('|');
    const byRequirements = new Map<string, Set<string>>();
    for (const { answers, decision } of results) {
      const set = byRequirements.get(key(answers)) ?? new Set();
      set.add(decision!.outcome.id);
      byRequirements.set(key(answers), set);
    }
    for (const outcomes of byRequirements.values()) expect(outcomes.size).toBe(1);
  });
});

describe('checker engine, step by step', () => {
  it('asks the questions in order, numbering them "N of M"', () => {
    const answers: Record<string, string[]> = {};
    const asked: string[] = [];
    for (;;) {
      const step = nextStep(flow, answers);
      if (step.kind === 'complete') break;
      asked.push(`${step.number}/${step.total} ${step.question.id}`);
      answers[step.question.id] = [step.question.options[0]!.value];
    }
    expect(asked).toEqual(['1/6 route', '2/6 prior', '3/6 pre-employment-checks', '4/6 dbs', '5/6 shifts', '6/6 language']);
  });

  it('does not treat an invalid answer as given', () => {
    expect(nextStep(flow, { route: ['school', 'college'] })).toMatchObject({ kind: 'question', question: { id: 'route' } });
    expect(nextStep(flow, { route: ['school'], prior: ['none', 'gcse'] })).toMatchObject({ kind: 'question', question: { id: 'prior' } });
  });

  it('gives the notes that match the answers', () => {
    const decision = decide(flow, {
      route: ['training-portfolio'],
      prior: ['esw-communication', 'welsh-bacc'],
      'pre-employment-checks': ['yes'],
      dbs: ['yes'],
      shifts: ['not-sure'],
      language: ['welsh'],
    })!;
    expect(decision.outcome.id).toBe('check-first');
    expect(decision.reasons[0]!.id).toBe('shifts-not-sure');
    expect(decision.notes.map((n) => n.id)).toEqual([
      'shifts',
      'welsh-bacc-credit-transfer',
      'essential-skills-held',
      'prior-learning',
      'welsh-assessment',
      'next-training-portfolio',
    ]);
  });
});

describe('checker flow text', () => {
  // The schema lets a short name read the same in both languages; an answer never should.
  it('gives every answer a Welsh label of its own', () => {
    for (const question of flow.questions) {
      for (const option of question.options) expect(option.label.cy, `${question.id}: ${option.value}`).not.toBe(option.label.en);
    }
  });

  it('gives Welsh yes/no answers that agree with the verb of the question', () => {
    const cy = localise(flow, 'cy');
    const labels = (id: string) => cy.questions.find((q) => q.id === id)!.options.map((o) => o.label);
    expect(cy.questions.find((q) => q.id === 'dbs')!.title).toMatch(/^Ydych chi/);
    expect(labels('dbs')).toEqual(['Ydw', 'Nac ydw', 'Ddim yn siŵr']);
    expect(cy.questions.find((q) => q.id === 'pre-employment-checks')!.title).toMatch(/^Allech chi/);
    expect(labels('pre-employment-checks')).toEqual(['Gallwn', 'Na allwn', 'Ddim yn siŵr']);
    expect(cy.questions.find((q) => q.id === 'shifts')!.title).toMatch(/^Fyddech chi/);
    expect(labels('shifts')).toEqual(['Byddwn', 'Na fyddwn', 'Ddim yn siŵr']);
  });
});

describe('how many questions a reader answers', () => {
  it('counts the shortest and the longest way through, not every question there is', async () => {
    const { questionsOnPaths } = await import('../../../src/lib/checker/engine');
    const q = (id: string, next: string, branch?: string) => ({
      id,
      kind: 'one',
      next,
      options: [{ value: 'a' }, { value: 'b', ...(branch ? { next: branch } : {}) }],
    });
    const flow = {
      start: 'one',
      questions: [q('one', 'two', 'three'), q('two', 'three'), q('three', 'end')],
      outcomes: [],
      rules: [],
      notes: [],
    } as never;
    expect(questionsOnPaths(flow)).toEqual({ fewest: 2, most: 3 });
    const straight = { start: 'one', questions: [q('one', 'two'), q('two', 'end')], outcomes: [], rules: [], notes: [] } as never;
    expect(questionsOnPaths(straight)).toEqual({ fewest: 2, most: 2 });
  });
});
