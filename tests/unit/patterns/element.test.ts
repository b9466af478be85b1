import { describe, expect, it } from 'vitest';
import { h } from '../../../src/components/patterns/element';
import { toHtml } from '../../../src/components/patterns/to-html';
import { rendered } from '../../support/patterns';

describe('element trees as HTML', () => {
  it('escapes text and attribute values, so no value can become markup', () => {
    const hostile = '"><script>alert(1)</script>&amp;';
    const p = rendered(h('p', { title: hostile }, hostile));
    expect(p.querySelector('script')).toBeNull();
    expect(p.getAttribute('title')).toBe(hostile);
    expect(p.childNodes.map((node) => node.rawText)).toEqual([toHtml(hostile)]);
    expect(p.text).toBe(hostile);
  });

  it('writes true as a bare attribute, leaves out false and undefined, and closes no void element', () => {
    expect(toHtml(h('input', { type: 'checkbox', checked: true, disabled: false, value: undefined }))).toBe(
      '<input type="checkbox" checked="">',
    );
  });

  it('flattens nested children and leaves out false, null, undefined and empty text', () => {
    expect(toHtml(h('ul', {}, [h('li', {}, 'a'), [false, null, undefined, '', h('li', {}, 'b')]]))).toBe('<ul><li>a</li><li>b</li></ul>');
  });
});
