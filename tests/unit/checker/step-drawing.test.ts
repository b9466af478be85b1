/**
 * Every step of the checker as the browser draws it, from the data the page hands its script, in
 * each language: every interface string a step uses is in that data, and each step is complete.
 */
import { describe, expect, it } from 'vitest';
import { clientData } from '../../../src/lib/checker/client';
import { allAnswerSets, decide } from '../../../src/lib/checker/engine';
import { parseQuery, serialiseQuery, type CheckerState } from '../../../src/lib/checker/url';
import { afterSubmit, viewFor } from '../../../src/lib/checker/view';
import { drawStep } from '../../../src/components/checker/step';
import { h } from '../../../src/components/patterns/element';
import { translator, translatorFrom } from '../../../src/lib/i18n/translate';
import { locales } from '../../../src/lib/i18n/locale';
import { content as loaded } from '../../support/content';
import { realFlow } from '../../support/checker-flow';
import { rendered } from '../../support/patterns';

const content = realFlow();

for (const lang of locales) {
  describe(`checker steps in ${lang}`, () => {
    const data = clientData({
      flow: content,
      lang,
      sections: {},
      t: translator(loaded.ui, lang),
      siteName: 'site',
      vacancies: 'https://vacancies.example/',
    });
    const { flow } = data;
    const context = {
      lang,
      // As the browser script reads them: a string the page does not hand its script throws.
      t: translatorFrom(data.ui),
      href: (place: Parameters<typeof serialiseQuery>[1]) => `?${serialiseQuery(flow, place)}`,
      section: () => ({ href: '#section', label: 'section' }),
      vacancies: data.vacancies,
    };
    const draw = (state: CheckerState, invalid?: string[]) => rendered(h('div', {}, drawStep(viewFor(flow, state, invalid), context)));
    const at = (query: string) => parseQuery(flow, query);

    it("resolves the flow to the page's language", () => {
      expect(flow.title).toBe(content.title[lang]);
      expect(flow.questions.map((q) => q.options.map((o) => o.label))).toEqual(
        content.questions.map((q) => q.options.map((o) => o.label[lang])),
      );
    });

    it('draws the notice, every question and its error, check your answers and every outcome with the strings it has', () => {
      expect(draw({ ...at(''), ignoredCount: 3, droppedQuestions: [flow.start] }).querySelector('[data-checker-notice] li')?.text).toBe(
        flow.questions[0]!.title,
      );
      let state = at('');
      for (const question of flow.questions) {
        state = at(serialiseQuery(flow, { answers: state.answers, step: question.id }));
        expect(draw(state).querySelector('legend h1')?.lastChild?.text).toBe(question.title);
        const error = afterSubmit(flow, state, question.id, []);
        if (error.kind !== 'error') throw new Error('no error');
        const withError = rendered(h('div', {}, drawStep(error.view, context)));
        // The error summary's link leads to an answer on the same step.
        expect(withError.querySelector(withError.querySelector('.error-summary a')!.getAttribute('href')!)?.tagName).toBe('INPUT');
        state = { ...state, answers: { ...state.answers, [question.id]: [question.options[0]!.value] } };
      }
      expect(
        draw(at(serialiseQuery(flow, { answers: state.answers, step: 'check' }))).querySelectorAll('.summary-list > div'),
      ).toHaveLength(flow.questions.length);
      const drawn = new Set<string>();
      for (const answers of allAnswerSets(flow, { distinct: true })) {
        const outcome = decide(flow, answers)!.outcome.id;
        if (drawn.has(outcome)) continue;
        drawn.add(outcome);
        const result = draw(at(serialiseQuery(flow, { answers })));
        expect(result.querySelector('[data-outcome]')?.getAttribute('data-outcome')).toBe(outcome);
        // Every outcome says where apprenticeship vacancies are published, with a link there.
        const vacancies = result.querySelector('[data-vacancies] a');
        expect(vacancies?.getAttribute('href'), outcome).toBe('https://vacancies.example/');
        expect(vacancies?.text, outcome).toBe(translator(loaded.ui, lang)('vacancies-link'));
      }
      expect([...drawn].sort()).toEqual(flow.outcomes.map((o) => o.id).sort());
    });

    it("lists the languages one can be assessed in with the page's own first, and the error leads to the first one shown", () => {
      const languageQuestion = flow.questions.find(
        (q) => q.options.some((o) => o.value === 'welsh') && q.options.some((o) => o.value === 'english'),
      )!;
      const label = (value: string) => languageQuestion.options.find((o) => o.value === value)!.label;
      const shown = (state: CheckerState) =>
        draw(state)
          .querySelectorAll('input')
          .map((input) => input.getAttribute('value'));
      let state = at('');
      for (const question of flow.questions) {
        state = at(serialiseQuery(flow, { answers: state.answers, step: question.id }));
        if (question.id === languageQuestion.id) break;
        state = { ...state, answers: { ...state.answers, [question.id]: [question.options[0]!.value] } };
      }
      expect(draw(state).querySelector('legend h1')?.lastChild?.text).toBe(languageQuestion.title);
      const own = lang === 'cy' ? 'welsh' : 'english';
      const other = lang === 'cy' ? 'english' : 'welsh';
      expect(shown(state).slice(0, 2)).toEqual([own, other]);
      expect(draw(state).querySelector(`label[for$="${own}"]`)?.text.trim()).toBe(label(own));
      const error = afterSubmit(flow, state, languageQuestion.id, []);
      if (error.kind !== 'error') throw new Error('no error');
      expect(
        rendered(h('div', {}, drawStep(error.view, context)))
          .querySelector('.error-summary a')!
          .getAttribute('href'),
      ).toMatch(new RegExp(`${own}$`));
      // The content and the address keep their own order.
      expect(languageQuestion.options.map((o) => o.value)).toEqual(
        content.questions.find((q) => q.id === languageQuestion.id)!.options.map((o) => o.value),
      );
    });
  });
}
