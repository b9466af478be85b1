/**
 * Draws a step of the checker (src/lib/checker/view.ts says which, and where its links go) as an
 * element tree, from the GOV.UK patterns in src/components/patterns/. Pure: the browser script
 * turns the tree into DOM nodes.
 */
import { h, type Element } from '../patterns/element';
import { notice } from '../patterns/notice/notice';
import { formatCount } from '../../lib/i18n/count';
import type { CheckerView, Notice } from '../../lib/checker/view';
import { answersList, back, heading, navLink, type StepContext } from './parts';
import { drawQuestion } from './question-step';
import { drawResult } from './result-step';

/** Says how many parts of the address were ignored and names the questions whose answers were not kept; never repeats the address. */
function drawNotice({ count, questions }: Notice<string>, { t, lang }: StepContext): Element {
  return notice({
    id: 'checker-notice',
    title: t('checker-notice-heading'),
    attrs: { 'data-checker-notice': true },
    content: [
      h('p', {}, t('checker-notice-count', { parts: formatCount(t, lang, 'address-part', count, 'prose') })),
      questions.length > 0 && [
        h('p', {}, t('checker-notice-questions')),
        h(
          'ul',
          {},
          questions.map((question) => h('li', { 'data-question': question.id }, question.title)),
        ),
      ],
      h('p', {}, t('checker-notice-check')),
    ],
  });
}

function drawCheck(view: Extract<CheckerView, { kind: 'check' }>, context: StepContext): Element[] {
  return [
    back(view.back, context),
    heading(context.t('checker-check-answers')),
    answersList(view.rows, context),
    navLink(context.t('checker-see-result'), context.href(view.result), 'button'),
  ];
}

/** The notice, if any, and the step; the start page draws only the notice (its HTML is the page's own). */
export function drawStep(view: CheckerView, context: StepContext): Element[] {
  const shown = view.notice ? [drawNotice(view.notice, context)] : [];
  if (view.kind === 'question') return [...shown, ...drawQuestion(view, context)];
  if (view.kind === 'check') return [...shown, ...drawCheck(view, context)];
  if (view.kind === 'result') return [...shown, ...drawResult(view, context)];
  return shown;
}
