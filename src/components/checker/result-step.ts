/**
 * The result, shaped for a phone's first screen: the outcome and its first next step; then why,
 * one sentence a reason with a link to the pathway section it comes from; the other next steps;
 * then, folded under summaries that say what is inside, the notes and the answers (opened for
 * printing by the script, src/browser/checker.ts, and by the print styles where browsers allow).
 */
import { h, type Element } from '../patterns/element';
import type { CheckerView } from '../../lib/checker/view';
import type { FlowNote } from '../../lib/checker/types';
import type { SectionRef } from '../../schemas/section-ref';
import { answersList, back, heading, navLink, type StepContext } from './parts';

const fold = (summary: string, ...content: Element[]): Element =>
  h('details', { class: 'result-fold' }, h('summary', {}, summary), ...content);

export function drawResult(view: Extract<CheckerView, { kind: 'result' }>, context: StepContext): Element[] {
  const { t, href } = context;
  const { outcome, reasons, notes } = view.decision;
  const [leadStep, ...otherSteps] = outcome.nextSteps;
  const source = (ref: SectionRef) => {
    const section = context.section(ref);
    return section && h('span', { class: 'source' }, h('a', { href: section.href }, t('checker-source', { section: section.label })));
  };
  const item = (attrs: Record<string, string>, text: string, ref: SectionRef) => h('li', attrs, text, ' ', source(ref));
  const noteItem = (note: FlowNote) => item({ 'data-note': note.id }, note.text, note.source);
  const thingsToKnow = notes.filter((note) => note.kind === 'note');
  const nextStepNotes = notes.filter((note) => note.kind === 'next-step');
  return [
    back(view.back, context),
    h(
      'div',
      { class: 'result', 'data-outcome': outcome.id },
      h(
        'div',
        { class: 'result-panel' },
        heading(outcome.title, t('checker-result-caption')),
        h('p', { class: 'lead-step', 'data-lead-step': true }, h('strong', {}, t('checker-lead-step')), ' ', leadStep),
      ),
      h('p', {}, outcome.summary, ' ', t('checker-guidance')),
      h('h2', {}, t('checker-why')),
      h(
        'ul',
        { class: 'reasons' },
        reasons.map((rule) => item({ 'data-rule': rule.id }, rule.reason, rule.source)),
      ),
      (otherSteps.length > 0 || nextStepNotes.length > 0) && [
        h('h2', {}, t('checker-next-steps')),
        h(
          'ul',
          { class: 'reasons' },
          otherSteps.map((text) => h('li', {}, text)),
          nextStepNotes.map(noteItem),
        ),
      ],
      // Every outcome ends with where to look for an apprenticeship job.
      h('h2', {}, t('checker-vacancies-heading')),
      h('p', { 'data-vacancies': true }, t('vacancies-text'), ' ', h('a', { href: context.vacancies }, t('vacancies-link')), '.'),
      thingsToKnow.length > 0 && fold(t('checker-notes'), h('ul', { class: 'reasons' }, thingsToKnow.map(noteItem))),
      fold(t('checker-your-answers'), answersList(view.rows, context)),
      h(
        'p',
        { class: 'checker-actions' },
        h('button', { type: 'button', 'data-print': true }, t('print-page')),
        navLink(t('checker-start-again'), href(view.restart)),
      ),
    ),
  ];
}
