import { describe, expect, it } from 'vitest';
import { parseQuery, serialiseQuery } from '../../../src/lib/checker/url';
import { allAnswerSets, pathOf } from '../../../src/lib/checker/engine';
import { realFlow } from '../../support/checker-flow';
import { content } from '../../support/content';
import { placeholders } from '../../../src/lib/i18n/template';
import { locales } from '../../../src/lib/i18n/locale';
import { formatCount } from '../../../src/lib/i18n/count';
import { t } from '../../support/content';

const flow = realFlow();
const complete = {
  route: ['school'],
  prior: ['gcse', 'a-level'],
  'pre-employment-checks': ['yes'],
  dbs: ['yes'],
  shifts: ['not-sure'],
  language: ['either'],
};
const ids = flow.questions.map((q) => q.id);
/** A first allowed answer to each question, as `id=value`. */
const firstAnswer = (id: string) => `${id}=${flow.questions.find((q) => q.id === id)!.options[0]!.value}`;

describe('checker answers in the address', () => {
  it('writes the form\'s natural encoding, repeating "prior", in question and option order', () => {
    expect(serialiseQuery(flow, { answers: { ...complete, prior: ['a-level', 'gcse'] } })).toBe(
      'route=school&prior=gcse&prior=a-level&pre-employment-checks=yes&dbs=yes&shifts=not-sure&language=either',
    );
    expect(serialiseQuery(flow, { answers: { route: ['college'] }, step: 'prior' })).toBe('route=college&step=prior');
    expect(serialiseQuery(flow, { answers: complete, step: 'dbs', fromCheck: true })).toMatch(/&step=dbs&from=check$/);
    expect(serialiseQuery(flow, { answers: {} })).toBe('');
  });

  it('reads back what it writes, with nothing ignored', () => {
    const query = serialiseQuery(flow, { answers: complete, step: 'check' });
    expect(parseQuery(flow, `?${query}`)).toEqual({
      answers: complete,
      step: 'check',
      fromCheck: false,
      ignoredCount: 0,
      droppedQuestions: [],
    });
    expect(parseQuery(flow, serialiseQuery(flow, { answers: complete, step: 'shifts', fromCheck: true }))).toMatchObject({
      step: 'shifts',
      fromCheck: true,
      ignoredCount: 0,
    });
    expect(parseQuery(flow, '')).toEqual({ answers: {}, step: undefined, fromCheck: false, ignoredCount: 0, droppedQuestions: [] });
  });

  it('keeps every complete set of answers, and every set answered in order up to any question, as written', () => {
    const failures: string[] = [];
    for (const answers of allAnswerSets(flow, { distinct: true })) {
      const path = pathOf(flow, answers);
      for (let n = 0; n <= path.length; n++) {
        const partial = Object.fromEntries(path.slice(0, n).map((q) => [q.id, answers[q.id]!]));
        const state = parseQuery(flow, serialiseQuery(flow, { answers: partial }));
        if (JSON.stringify(state.answers) !== JSON.stringify(partial) || state.ignoredCount !== 0)
          failures.push(serialiseQuery(flow, { answers: partial }));
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('counts unknown keys and values, and names only the questions whose answers it did not keep', () => {
    const state = parseQuery(flow, '?route=school&utm_source=mail&dbs=perhaps&prior=gcse&prior=phd&step=nowhere');
    expect(state.answers).toEqual({ route: ['school'] });
    expect(state.step).toBeUndefined();
    // utm_source=mail, step=nowhere, prior=gcse and prior=phd (an answer is kept whole or not at all), dbs=perhaps.
    expect(state.ignoredCount).toBe(5);
    expect(state.droppedQuestions).toEqual(['prior', 'dbs']);
  });

  it('reports no text from the address: only a number and question ids from the flow', () => {
    const hostile = ['Call 0900 123 456', 'https://evil.example/phish', 'x'.repeat(2000), '\u202Eexe.txt', '<script>alert(1)</script>'];
    for (const text of hostile) {
      const value = encodeURIComponent(text);
      const state = parseQuery(flow, `?${value}=${value}&route=${value}&step=${value}&from=${value}`);
      expect(state).toEqual({ answers: {}, step: undefined, fromCheck: false, ignoredCount: 4, droppedQuestions: ['route'] });
    }
  });

  it('drops every answer to a question given more than one answer, or "None of these" with others', () => {
    const state = parseQuery(flow, 'route=school&route=college&prior=none&prior=gcse');
    expect(state.answers).toEqual({});
    expect(state.ignoredCount).toBe(4);
    expect(state.droppedQuestions).toEqual(['route', 'prior']);
  });

  it('takes the same answer given twice as one answer', () => {
    const state = parseQuery(flow, 'route=school&route=school&prior=gcse&prior=gcse&prior=a-level');
    expect(state.answers).toEqual({ route: ['school'], prior: ['gcse', 'a-level'] });
    expect(state.ignoredCount).toBe(0);
  });

  it('treats markup in a key or value as an unknown key or value, nothing more', () => {
    const state = parseQuery(flow, `?route=${encodeURIComponent('<script>alert(1)</script>')}&${encodeURIComponent('<img src=x>')}=1`);
    expect(state.answers).toEqual({});
    expect(state.ignoredCount).toBe(2);
    expect(state.droppedQuestions).toEqual(['route']);
  });

  it('drops answers on a branch the route does not take', () => {
    const branched = structuredClone(flow);
    branched.questions[0]!.options.find((o) => o.value === 'other')!.next = 'language';
    const state = parseQuery(branched, 'route=other&prior=gcse&language=welsh');
    expect(state.answers).toEqual({ route: ['other'], language: ['welsh'] });
    expect(state.ignoredCount).toBe(1);
    expect(state.droppedQuestions).toEqual(['prior']);
  });
});

describe('answers after the first unanswered question are dropped, never kept for later', () => {
  it('the flow asks its questions in this order (the tests below rely on it)', () => {
    expect(ids).toEqual(['route', 'prior', 'pre-employment-checks', 'dbs', 'shifts', 'language']);
  });

  it('"?dbs=no" alone keeps nothing and names the DBS question', () => {
    expect(parseQuery(flow, '?dbs=no')).toEqual({
      answers: {},
      step: undefined,
      fromCheck: false,
      ignoredCount: 1,
      droppedQuestions: ['dbs'],
    });
  });

  for (const [index, id] of ids.entries()) {
    it(`an answer to question ${index + 1} (${id}) alone is ${index === 0 ? 'kept' : 'dropped'}`, () => {
      const state = parseQuery(flow, firstAnswer(id));
      if (index === 0) {
        expect(state).toMatchObject({ answers: { [id]: [firstAnswer(id).split('=')[1]] }, ignoredCount: 0, droppedQuestions: [] });
      } else {
        expect(state).toMatchObject({ answers: {}, ignoredCount: 1, droppedQuestions: [id] });
      }
    });

    it(`with every question but question ${index + 1} (${id}) answered, keeps the answers before it and drops those after it`, () => {
      const state = parseQuery(
        flow,
        ids
          .filter((other) => other !== id)
          .map(firstAnswer)
          .join('&'),
      );
      expect(Object.keys(state.answers)).toEqual(ids.slice(0, index));
      expect(state.droppedQuestions).toEqual(ids.slice(index + 1));
      expect(state.ignoredCount).toBe(ids.length - index - 1);
    });
  }

  it('an unusable answer is a gap too: answers after it are dropped', () => {
    const state = parseQuery(flow, 'route=school&prior=gcse&pre-employment-checks=perhaps&dbs=yes&shifts=yes&language=welsh');
    expect(state.answers).toEqual({ route: ['school'], prior: ['gcse'] });
    expect(state.droppedQuestions).toEqual(['pre-employment-checks', 'dbs', 'shifts', 'language']);
    expect(state.ignoredCount).toBe(4);
  });

  it('keeps the step asked for, which the page shows only once the questions before it are answered', () => {
    expect(parseQuery(flow, 'route=school&step=dbs')).toMatchObject({ answers: { route: ['school'] }, step: 'dbs', ignoredCount: 0 });
  });
});

describe("the notice's interface strings", () => {
  const { ui } = content;

  it('fill {parts} with a count and its noun, and nothing else', () => {
    for (const lang of locales) expect(placeholders(ui.get('checker-notice-count')![lang]), lang).toEqual(['parts']);
    for (const key of ['checker-notice-heading', 'checker-notice-questions', 'checker-notice-check']) {
      for (const lang of locales) expect(placeholders(ui.get(key)![lang]), key).toEqual([]);
    }
  });

  it('count the parts as prose: "un rhan", "dwy ran", "chwe rhan", then a numeral with the singular, "11 rhan" (content/welsh-style.md)', () => {
    const welsh = (count: number) => t.cy('checker-notice-count', { parts: formatCount(t.cy, 'cy', 'address-part', count, 'prose') });
    expect([1, 2, 3, 6, 9, 10, 11].map(welsh)).toEqual([
      "Rydyn ni wedi anwybyddu un rhan o'r cyfeiriad gwe.",
      "Rydyn ni wedi anwybyddu dwy ran o'r cyfeiriad gwe.",
      "Rydyn ni wedi anwybyddu tair rhan o'r cyfeiriad gwe.",
      "Rydyn ni wedi anwybyddu chwe rhan o'r cyfeiriad gwe.",
      "Rydyn ni wedi anwybyddu naw rhan o'r cyfeiriad gwe.",
      "Rydyn ni wedi anwybyddu 10 rhan o'r cyfeiriad gwe.",
      "Rydyn ni wedi anwybyddu 11 rhan o'r cyfeiriad gwe.",
    ]);
    const english = (count: number) => t.en('checker-notice-count', { parts: formatCount(t.en, 'en', 'address-part', count, 'prose') });
    expect([1, 2].map(english)).toEqual(['We ignored 1 part of the web address.', 'We ignored 2 parts of the web address.']);
  });
});
