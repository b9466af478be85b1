import type { ErrorSummaryParams } from './error-summary';

export const examples: Record<string, ErrorSummaryParams> = {
  'one error': { title: 'There is a problem', errors: [{ text: 'Select how you heard about us', href: '#heard-friend' }] },
  'several errors': {
    title: 'There is a problem',
    errors: [
      { text: 'Select your county', href: '#county-powys' },
      { text: 'Select at least one qualification', href: '#held-gcse' },
    ],
  },
};
