/**
 * The problems on a page, each a link to the answer that fixes it (GOV.UK "error summary"). The
 * page focuses the summary itself (tabindex -1); role="alert" sits on a child, never on the focused
 * element, so that a screen reader does not get the focus change and the alert at once (GOV.UK's
 * "race condition").
 */
import { h, type Element } from '../element';

export interface ErrorSummaryParams {
  title: string;
  /** `href`: "#" and the id of the input to fix. */
  errors: { text: string; href: string }[];
}

export function errorSummary({ title, errors }: ErrorSummaryParams): Element {
  return h(
    'div',
    { class: 'error-summary', tabindex: '-1' },
    h(
      'div',
      { role: 'alert' },
      h('h2', { class: 'error-summary-title' }, title),
      h(
        'ul',
        { class: 'error-summary-list' },
        errors.map(({ text, href }) => h('li', {}, h('a', { href }, text))),
      ),
    ),
  );
}
