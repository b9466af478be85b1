import { describe, expect, it } from 'vitest';
import { notice } from '../../../src/components/patterns/notice/notice';
import { examples } from '../../../src/components/patterns/notice/examples';
import { h } from '../../../src/components/patterns/element';
import { rendered } from '../../support/patterns';

describe('notice', () => {
  it('is a region named by its heading, holding its content and any other attributes', () => {
    const params = examples['with a list and attributes']!;
    const region = rendered(notice(params));
    expect(region.getAttribute('role')).toBe('region');
    const heading = region.querySelector(`#${region.getAttribute('aria-labelledby')}`);
    expect(heading?.tagName).toBe('H2');
    expect(heading?.text).toBe(params.title);
    expect(region.innerHTML).toContain(rendered(h('div', {}, params.content)).innerHTML);
    for (const name of Object.keys(params.attrs!)) expect(region.hasAttribute(name), name).toBe(true);
  });
});
