import type { SummaryRow } from './summary-list';

const county = 'Which county do you live in?';
const held = 'Which qualifications do you have?';

export const examples: Record<string, { rows: SummaryRow[] }> = {
  'with Change links': {
    rows: [
      { key: county, values: ['Gwynedd'], action: { href: '?step=county', text: 'Change', hiddenText: county } },
      { key: held, values: ['GCSE', 'A level'], action: { href: '?step=held', text: 'Change', hiddenText: held } },
    ],
  },
  'without actions': { rows: [{ key: 'Name', values: ['Sara Jones'] }] },
};
