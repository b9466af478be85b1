/** Questions and their answers, each with a link to change it (GOV.UK "summary list"). */
import { h, type Attrs, type Element } from '../element';

export interface SummaryRow {
  key: string;
  values: string[];
  /** `hiddenText` names the row for screen readers: "Change" alone would not say what changes. */
  action?: { href: string; text: string; hiddenText: string; attrs?: Attrs } | undefined;
}

export function summaryList({ rows }: { rows: SummaryRow[] }): Element {
  return h(
    'dl',
    { class: 'summary-list' },
    rows.map(({ key, values, action }) =>
      h(
        'div',
        {},
        h('dt', {}, key),
        h(
          'dd',
          {},
          h(
            'ul',
            {},
            values.map((value) => h('li', {}, value)),
          ),
        ),
        action &&
          h(
            'dd',
            {},
            h('a', { ...action.attrs, href: action.href }, action.text, h('span', { class: 'visually-hidden' }, ` ${action.hiddenText}`)),
          ),
      ),
    ),
  );
}
