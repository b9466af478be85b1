/** The result: the outcome, why (each reason linked to the pathway section it comes from), notes, next steps and the answers. */
import { h, type Element } from '../patterns/element';
import type { CheckerView } from '../../lib/checker/view';
import type { FlowNote, SourceRef } from '../../lib/checker/types';
import { answersList, back, heading, navLink, type StepContext } from './parts';

export function drawResult(view: Extract<CheckerView, { kind: 'result' }>, context: StepContext): Element[] {
  const { t, href } = context;
  const { outcome, reasons, notes } = view.decision;
  const source = (ref: SourceRef) => {
    const section = context.section(ref);
    return section && h('p', { class: 'source' }, h('a', { href: section.href }, t('checker-source', { section: section.label })));
  };
  const noteItem = (note: FlowNote) => h('li', { 'data-note': note.id }, note.text, source(note.source));
  const thingsToKnow = notes.filter((note) => note.kind === 'note');
  return [
    back(view.back, context),
    h(
      'div',
      { class: 'result', 'data-outcome': outcome.id },
      h('div', { class: 'result-panel' }, heading(outcome.title, t('checker-result-caption'))),
      h('p', {}, outcome.summary),
      h('p', { class: 'inset' }, t('checker-guidance')),
      h('h2', {}, t('checker-why')),
      h('ul', {}, reasons.map((rule) => h('li', { 'data-rule': rule.id }, rule.reason, source(rule.source)))),
      thingsToKnow.length > 0 && [h('h2', {}, t('checker-notes')), h('ul', {}, thingsToKnow.map(noteItem))],
      h('h2', {}, t('checker-next-steps')),
      h('ul', {}, outcome.nextSteps.map((text) => h('li', {}, text)), notes.filter((note) => note.kind === 'next-step').map(noteItem)),
      h('h2', {}, t('checker-your-answers')),
      answersList(view.rows, context),
      h('p', { class: 'checker-actions' }, h('button', { type: 'button', 'data-print': true }, t('print-page')), navLink(t('checker-start-again'), href(view.restart))),
    ),
  ];
}
