import type { ChoicesParams } from './choices';

export const examples: Record<string, ChoicesParams> = {
  radios: {
    type: 'radio',
    name: 'county',
    legend: 'Which county do you live in?',
    items: [
      { value: 'powys', label: 'Powys' },
      { value: 'gwynedd', label: 'Gwynedd', checked: true },
      { value: 'ceredigion', label: 'Ceredigion' },
    ],
  },
  'radios with a hint and an error': {
    type: 'radio',
    name: 'heard',
    legend: 'How did you hear about us?',
    hint: 'Choose the one that fits best.',
    error: { prefix: 'Error:', text: 'Select how you heard about us' },
    items: [
      { value: 'friend', label: 'From a friend' },
      { value: 'web', label: 'On the web' },
    ],
  },
  'checkboxes with an exclusive "none" option': {
    type: 'checkbox',
    name: 'held',
    legend: 'Which qualifications do you have?',
    hint: 'Select all that apply.',
    items: [
      { value: 'gcse', label: 'GCSE', checked: true },
      { value: 'a-level', label: 'A level' },
      { value: 'none', label: 'None of these', exclusive: true },
    ],
    divider: 'or',
  },
};
