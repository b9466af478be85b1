/** A question of the checker: its radios or checkboxes, and after an empty Continue its error. */
import { h, type Element } from '../patterns/element';
import { choices, choiceId } from '../patterns/choices/choices';
import { errorSummary } from '../patterns/error-summary/error-summary';
import type { CheckerView } from '../../lib/checker/view';
import { ownLanguageOptionsFirst } from '../../lib/i18n/locale';
import { back, heading, type StepContext } from './parts';

export function drawQuestion(view: Extract<CheckerView, { kind: 'question' }>, context: StepContext): Element[] {
  const { question, chosen, error } = view;
  const { t, lang } = context;
  const options = ownLanguageOptionsFirst(question.options, lang);
  const multiple = question.kind === 'any';
  const hint = [multiple && t('checker-select-all'), question.hint].filter(Boolean).join(' ');
  return [
    back(view.back, context),
    h(
      'form',
      { novalidate: true, 'data-question': question.id },
      error &&
        errorSummary({
          title: t('checker-error-summary'),
          errors: [{ text: question.error, href: `#${choiceId(question.id, options[0]!.value)}` }],
        }),
      choices({
        type: multiple ? 'checkbox' : 'radio',
        name: question.id,
        legend: heading(question.title, t('checker-question-n-of-m', { n: view.number, total: view.total })),
        hint: hint || undefined,
        error: error ? { prefix: t('checker-error-prefix'), text: question.error } : undefined,
        items: options.map((option) => ({
          value: option.value,
          label: option.label,
          checked: chosen.includes(option.value),
          exclusive: option.exclusive,
        })),
        divider: t('checker-or'),
      }),
      h('button', { type: 'submit' }, t('checker-continue')),
    ),
  ];
}
