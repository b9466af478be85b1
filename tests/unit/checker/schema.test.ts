import { describe, expect, it } from 'vitest';
import { checkedFlowSchema } from '../../../src/validation/checker-flow';
import { rawFlow } from '../../support/checker-flow';

/** The messages zod gives for a flow, as "path: message". */
function problems(flow: unknown): string[] {
  const result = checkedFlowSchema.safeParse(flow);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('checker flow schema', () => {
  it('accepts the clinical-coding flow', () => {
    expect(problems(rawFlow())).toEqual([]);
  });

  it('rejects a rule that refers to an unknown question', () => {
    const flow = rawFlow();
    flow.rules[0].when = { routes: ['school'] };
    expect(problems(flow)).toContain('rules.0.when.routes: refers to unknown question "routes"');
  });

  it('rejects a rule or note that refers to an unknown option', () => {
    const flow = rawFlow();
    flow.rules.find((r: any) => r.id === 'dbs-no').when = { dbs: ['never'] };
    flow.notes[0].when = { shifts: ['sometimes'] };
    const found = problems(flow);
    expect(found.some((p) => /^rules\.\d+\.when\.dbs: refers to unknown option "never" of question "dbs"/.test(p))).toBe(true);
    expect(found.some((p) => /^notes\.0\.when\.shifts: refers to unknown option "sometimes"/.test(p))).toBe(true);
  });

  it('rejects a rule that leads to an unknown outcome', () => {
    const flow = rawFlow();
    flow.rules[0].outcome = 'eligible';
    expect(problems(flow)).toContain('rules.0.outcome: refers to unknown outcome "eligible"');
  });

  it('rejects an outcome with no Welsh text, or empty English text', () => {
    const flow = rawFlow();
    delete flow.outcomes[0].title.cy;
    flow.outcomes[1].summary.en = '  ';
    const found = problems(flow);
    expect(found.some((p) => p.startsWith('outcomes.0.title.cy:'))).toBe(true);
    expect(found).toContain('outcomes.1.summary.en: is empty');
  });

  it('rejects a question, option or note missing a language', () => {
    const flow = rawFlow();
    delete flow.questions[2].options[1].label.cy;
    delete flow.notes[1].text.en;
    const found = problems(flow);
    expect(found.some((p) => p.startsWith('questions.2.options.1.label.cy:'))).toBe(true);
    expect(found.some((p) => p.startsWith('notes.1.text.en:'))).toBe(true);
  });

  it('rejects an unreachable question', () => {
    const flow = rawFlow();
    // prior is skipped: route now leads straight to pre-employment-checks.
    flow.questions[0].next = 'pre-employment-checks';
    expect(problems(flow)).toContain('questions.1.id: question "prior" can never be reached from the start ("route")');
  });

  it('rejects an unreachable outcome', () => {
    const flow = rawFlow();
    // No rule leads to not-eligible any more.
    for (const rule of flow.rules) if (rule.outcome === 'not-eligible') rule.outcome = 'check-first';
    expect(problems(flow)).toContain('outcomes.0.id: outcome "not-eligible" is never reached by any combination of answers');
  });

  it('rejects an outcome that a more serious one always shadows', () => {
    const flow = rawFlow();
    flow.rules.push({
      id: 'always',
      when: { language: ['english', 'welsh', 'either'] },
      outcome: 'check-first',
      reason: { en: 'x', cy: 'x' },
      source: { page: 'training', section: 'on-the-job' },
    });
    expect(problems(flow)).toContain('outcomes.2.id: outcome "likely-eligible" is never reached by any combination of answers');
  });

  it('rejects a rule or note that no combination of answers meets', () => {
    const flow = rawFlow();
    // A branch: "Another way" skips straight to the language question …
    flow.questions[0].options.find((o: any) => o.value === 'other').next = 'language';
    expect(problems(flow)).toEqual([]);
    // … so nobody who came "another way" is ever asked about qualifications.
    flow.notes.find((n: any) => n.id === 'next-other').when = { route: ['other'], prior: ['gcse'] };
    flow.rules.find((r: any) => r.id === 'route-other').when = { route: ['other'], dbs: ['yes'] };
    const found = problems(flow);
    expect(found.some((p) => /^notes\.\d+\.when: note "next-other" never applies to any combination of answers$/.test(p))).toBe(true);
    expect(found.some((p) => /^rules\.\d+\.when: rule "route-other" never matches any combination of answers$/.test(p))).toBe(true);
  });

  it('rejects an answer that no rule names (the result could not say why)', () => {
    const flow = rawFlow();
    flow.rules = flow.rules.filter((r: any) => r.id !== 'dbs-not-sure');
    expect(problems(flow)).toContain(
      'questions.3.options.2.value: no rule names the answer "not-sure" to question "dbs", so a result could not say why',
    );
  });

  it('rejects a loop between questions', () => {
    const flow = rawFlow();
    flow.questions[3].next = 'prior'; // dbs → prior → pre-employment-checks → dbs
    expect(problems(flow).some((p) => /^questions\.\d+\.next: makes a loop: prior → pre-employment-checks → dbs → prior$/.test(p))).toBe(
      true,
    );
  });

  it('rejects a loop made by an option', () => {
    const flow = rawFlow();
    flow.questions[4].options[1].next = 'route';
    expect(problems(flow).some((p) => p.includes('makes a loop'))).toBe(true);
  });

  it('rejects a next question that does not exist, and an unknown start', () => {
    const flow = rawFlow();
    flow.questions[5].next = 'finish';
    flow.start = 'begin';
    const found = problems(flow);
    expect(found).toContain('questions.5.next: refers to unknown question "finish" (use a question id or "end")');
    expect(found).toContain('start: refers to unknown question "begin"');
  });

  it('rejects duplicate ids and options', () => {
    const flow = rawFlow();
    flow.questions[2].options[2].value = 'yes';
    flow.rules[1].id = flow.rules[0].id;
    const found = problems(flow);
    expect(found).toContain('questions.2.options.2.value: "yes" is listed earlier too: each must be different');
    expect(found).toContain(`rules.1.id: "${flow.rules[0].id}" is listed earlier too: each must be different`);
  });

  it('rejects a rule or note with no source section', () => {
    const flow = rawFlow();
    delete flow.rules[0].source.section;
    delete flow.notes[0].source;
    const found = problems(flow);
    expect(found.some((p) => p.startsWith('rules.0.source.section:'))).toBe(true);
    expect(found.some((p) => p.startsWith('notes.0.source:'))).toBe(true);
  });

  it('rejects an exclusive option on a "one of" question', () => {
    const flow = rawFlow();
    flow.questions[0].options[5].exclusive = true;
    expect(problems(flow)).toContain('questions.0.options.5.exclusive: only options of an "any" question can be exclusive');
  });
});
