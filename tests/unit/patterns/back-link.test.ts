import { describe, expect, it } from 'vitest';
import { backLink } from '../../../src/components/patterns/back-link/back-link';
import { examples } from '../../../src/components/patterns/back-link/examples';
import { rendered } from '../../support/patterns';

describe('back link', () => {
  it('is a link with its text, address and the back-link class, keeping any other attributes', () => {
    const params = examples['with attributes']!;
    const link = rendered(backLink(params));
    expect(link.tagName).toBe('A');
    expect([link.text, link.getAttribute('href'), link.getAttribute('class')]).toEqual([params.text, params.href, 'back-link']);
    for (const name of Object.keys(params.attrs!)) expect(link.hasAttribute(name), name).toBe(true);
  });
});
