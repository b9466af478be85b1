import type { BackLinkParams } from './back-link';

export const examples: Record<string, BackLinkParams> = {
  default: { href: '?step=previous', text: 'Back' },
  'with attributes': { href: '?step=check', text: 'Back', attrs: { 'data-nav': true } },
};
