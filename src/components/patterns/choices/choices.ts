/**
 * A question answered with radios (one answer) or checkboxes (any number), in a fieldset whose
 * legend is the question (GOV.UK "radios" and "checkboxes"). An exclusive checkbox ("None of
 * these") comes after a divider ("or"); behaviour.ts unticks the others when it is ticked.
 */
import { h, type ChildInput, type Element } from '../element';

interface ChoiceItem {
  value: string;
  label: string;
  checked?: boolean | undefined;
  exclusive?: boolean | undefined;
}

export interface ChoicesParams {
  type: 'radio' | 'checkbox';
  /** The inputs' name, and the start of every id in the question. */
  name: string;
  legend: ChildInput;
  hint?: string | undefined;
  /** `prefix` ("Error:") is for screen readers, which do not see the colour. */
  error?: { prefix: string; text: string } | undefined;
  items: ChoiceItem[];
  /** The word before an exclusive item ("or"). */
  divider?: string | undefined;
}

/** The id of an item's input, for labels and for error-summary links. */
export const choiceId = (name: string, value: string): string => `${name}-${value}`;

export function choices({ type, name, legend, hint, error, items, divider }: ChoicesParams): Element {
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const inputs = items.map((item) => {
    const id = choiceId(name, item.value);
    const attrs = { type, id, name, value: item.value, checked: item.checked, 'data-exclusive': item.exclusive };
    const choice = h('div', { class: 'choice' }, h('input', attrs), h('label', { for: id }, item.label));
    return item.exclusive && divider ? [h('p', { class: 'choice-divider' }, divider), choice] : choice;
  });
  return h(
    'div',
    { class: error ? 'form-group has-error' : 'form-group' },
    h(
      'fieldset',
      { 'aria-describedby': [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined },
      h('legend', {}, legend),
      hint && h('p', { id: hintId, class: 'hint' }, hint),
      error && h('p', { id: errorId, class: 'error-message' }, h('span', { class: 'visually-hidden' }, `${error.prefix} `), error.text),
      h('div', { class: 'choices' }, inputs),
    ),
  );
}
