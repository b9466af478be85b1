/**
 * The checker's steps, question by question, through the pure engine: where Continue, Back and
 * Change lead, and what happens to answers given out of order or left behind by a changed answer.
 * Ids and answers come from the real flow.
 */
import { describe, expect, it } from 'vitest';
import type { CheckerFlow } from '../../../src/schemas/checker';
import { checkedFlowSchema } from '../../../src/validation/checker-flow';
import { parseQuery, serialiseQuery } from '../../../src/lib/checker/url';
import { afterSubmit, placeAnswered } from '../../../src/lib/checker/view';
import { END, type Answers } from '../../../src/lib/checker/types';
import { realFlow } from '../../support/checker-flow';
import { from } from '../../support/checker-walk';

const flow = realFlow();
const questions = flow.questions;
const last = questions.at(-1)!;
type CheckerQuestion = (typeof questions)[number];

/** An answer to each question: its first option. */
const answerTo = (question: CheckerQuestion) => [question.options[0]!.value];
/** A different answer: its second option. */
const otherAnswerTo = (question: CheckerQuestion) => [question.options[1]!.value];
const answersBefore = (question: CheckerQuestion): Answers =>
  Object.fromEntries(questions.slice(0, questions.indexOf(question)).map((q) => [q.id, answerTo(q)]));
const address = (answers: Answers, step?: string) => serialiseQuery(flow, { answers, step });
const everyAnswer: Answers = Object.fromEntries(questions.map((q) => [q.id, answerTo(q)]));
const checkYourAnswers = address(everyAnswer, 'check');
/** Where an answer leads: its option's `next`, or the question's. */
const nextAfter = (question: CheckerQuestion, value: string) => {
  const next = question.options.find((o) => o.value === value)!.next ?? question.next;
  return next === END ? 'check' : next;
};

describe('the start page', () => {
  it('opens on a plain address, and Start now goes to the first question', () => {
    from(flow).goesTo('start').starting().goesTo(flow.start);
  });
});

for (const [index, question] of questions.entries()) {
  describe(`question ${index + 1}, ${question.id}`, () => {
    const here = () => from(flow, address(answersBefore(question), question.id)).goesTo(question.id);

    it(`each answer goes to ${nextAfter(question, question.options[0]!.value)}`, () => {
      for (const option of question.options) here().answering(question.id, [option.value]).goesTo(nextAfter(question, option.value));
    });

    it('Continue with nothing chosen shows the error on the same question', () => {
      here().answering(question.id, []).showsError().goesTo(question.id);
    });

    it('Back goes to the question before with its answer chosen, or from the first question to the start page', () => {
      const previous = questions[index - 1];
      const backed = here()
        .back()
        .goesTo(previous?.id ?? 'start');
      if (previous) expect(backed.chosen).toEqual(answerTo(previous));
    });

    it('an answer given earlier is shown chosen when the question comes round again', () => {
      const given = { ...answersBefore(question), [question.id]: otherAnswerTo(question) };
      expect(from(flow, address(given, question.id)).goesTo(question.id).chosen).toEqual(otherAnswerTo(question));
    });
  });
}

describe('an "any" question with an exclusive option', () => {
  const question = questions.find((q) => q.kind === 'any' && q.options.some((o) => o.exclusive))!;
  const exclusive = question.options.find((o) => o.exclusive)!.value;
  const others = question.options.filter((o) => !o.exclusive).map((o) => o.value);

  it('takes several answers, or the exclusive one alone', () => {
    const here = () => from(flow, address(answersBefore(question), question.id));
    here().answering(question.id, others).goesTo(question.next);
    here().answering(question.id, [exclusive]).goesTo(question.next);
    here().answering(question.id, [others[0]!, exclusive]).showsError().goesTo(question.id);
  });
});

describe('check your answers and the result', () => {
  it('come after the last question; Back from check your answers returns to it', () => {
    from(flow, address(answersBefore(last), last.id))
      .answering(last.id, answerTo(last))
      .goesTo('check')
      .back()
      .goesTo(last.id);
  });

  it('"See your result" goes to the result, whose Back returns to check your answers', () => {
    from(flow, checkYourAnswers).seeingResult().goesTo('result').back().goesTo('check');
  });

  for (const question of questions) {
    it(`Change ${question.id}: its answer is chosen, and Continue or Back returns to check your answers`, () => {
      const changing = () => from(flow, checkYourAnswers).changing(question.id).goesTo(question.id);
      expect(changing().chosen).toEqual(answerTo(question));
      changing().back().goesTo('check');
      const changed = changing().answering(question.id, otherAnswerTo(question)).goesTo('check');
      if (changed.view.kind !== 'check') throw new Error('not check your answers');
      const row = changed.view.rows.find((r) => r.question.id === question.id)!;
      expect(row.labels).toEqual([question.options[1]!.label]);
    });
  }

  it('a Change from the result also returns to check your answers', () => {
    from(flow, address(everyAnswer)).goesTo('result').changing(last.id).answering(last.id, otherAnswerTo(last)).goesTo('check');
  });

  it('Continue without a change after a Change returns to check your answers too', () => {
    from(flow, checkYourAnswers).changing(flow.start).answering(flow.start, answerTo(questions[0]!)).goesTo('check');
  });
});

describe('partial and stale answers', () => {
  it('an address asking for a later question shows the first one not yet answered', () => {
    from(flow, address(answersBefore(questions[2]!), last.id)).goesTo(questions[2]!.id);
  });

  it('Back from the first question keeps the answers, and Start now brings them back', () => {
    const first = questions[0]!;
    const backed = from(flow, address(everyAnswer, first.id)).back().goesTo('start');
    expect(backed.starting().goesTo(first.id).chosen).toEqual(answerTo(first));
  });

  describe('when an answer leads past some questions', () => {
    // The real flow asks every question; this copy lets the first question's last answer skip to the last question.
    const branched: CheckerFlow = structuredClone(flow);
    const skipping = branched.questions[0]!.options.at(-1)!;
    skipping.next = last.id;
    checkedFlowSchema.parse(branched);
    const first = branched.questions[0]!;
    const every = (answers: Answers) => serialiseQuery(branched, { answers, step: 'check' });

    it('that answer goes straight to the question it names', () => {
      from(branched, address({}, first.id)).answering(first.id, [skipping.value]).goesTo(last.id).back().goesTo(first.id);
    });

    it('changed to it, returns to check your answers without the answers it skips', () => {
      const check = from(branched, every(everyAnswer)).changing(first.id).answering(first.id, [skipping.value]).goesTo('check');
      if (check.view.kind !== 'check') throw new Error('not check your answers');
      expect(check.view.rows.map((row) => row.question.id)).toEqual([first.id, last.id]);
    });

    it('changed from it, asks the questions it skipped, then comes back to check your answers', () => {
      const skipped = branched.questions.slice(1, -1);
      let walk = from(branched, every({ [first.id]: [skipping.value], [last.id]: answerTo(last) }))
        .changing(first.id)
        .answering(first.id, answerTo(first))
        .goesTo(skipped[0]!.id);
      for (const question of [...skipped, last]) walk = walk.answering(question.id, answerTo(question));
      walk.goesTo('check');
    });
  });
});

describe("the browser's own Back after Continue", () => {
  it('returns to the question just answered, with that answer chosen, for every question', () => {
    for (const question of questions) {
      const state = parseQuery(flow, `?${address(answersBefore(question), question.id)}`);
      const next = afterSubmit(flow, state, question.id, otherAnswerTo(question));
      if (next.kind !== 'go') throw new Error(`${question.id}: Continue with an answer showed an error`);
      const left = serialiseQuery(flow, placeAnswered(state, question.id, next.to));
      expect(from(flow, left).goesTo(question.id).chosen, question.id).toEqual(otherAnswerTo(question));
    }
  });

  it('after a Change from check your answers, returns to that question still on its way back to the summary', () => {
    const question = questions[1]!;
    const state = parseQuery(flow, `?${serialiseQuery(flow, { answers: everyAnswer, step: question.id, fromCheck: true })}`);
    const next = afterSubmit(flow, state, question.id, answerTo(question));
    if (next.kind !== 'go') throw new Error('Continue with an answer showed an error');
    expect(placeAnswered(state, question.id, next.to)).toMatchObject({ step: question.id, fromCheck: true });
  });
});
