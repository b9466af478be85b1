import { describe, expect, it } from 'vitest';
import { choices, choiceId } from '../../../src/components/patterns/choices/choices';
import { examples } from '../../../src/components/patterns/choices/examples';
import { rendered } from '../../support/patterns';

const render = (name: string) => {
  const params = examples[name]!;
  return { params, group: rendered(choices(params)) };
};

describe('radios and checkboxes', () => {
  it('ask the question in the legend of one fieldset, one labelled input per answer', () => {
    const { params, group } = render('radios');
    expect(group.querySelectorAll('fieldset')).toHaveLength(1);
    expect(group.querySelector('fieldset > legend')?.text).toBe(params.legend);
    const inputs = group.querySelectorAll('input');
    expect(inputs.map((input) => [input.getAttribute('type'), input.getAttribute('name'), input.getAttribute('value')])).toEqual(
      params.items.map((item) => [params.type, params.name, item.value]),
    );
    for (const [i, item] of params.items.entries()) {
      const id = choiceId(params.name, item.value);
      expect(inputs[i]!.id).toBe(id);
      expect(group.querySelector(`label[for="${id}"]`)?.text).toBe(item.label);
      expect(inputs[i]!.hasAttribute('checked'), item.value).toBe(item.checked === true);
    }
    expect(group.querySelector('fieldset')!.hasAttribute('aria-describedby')).toBe(false);
  });

  it('describe the fieldset by its hint and error, and say "Error:" to screen readers before the message', () => {
    const { params, group } = render('radios with a hint and an error');
    const describedBy = group.querySelector('fieldset')!.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => group.querySelector(`#${id}`)?.text)).toEqual([
      params.hint,
      `${params.error!.prefix} ${params.error!.text}`,
    ]);
    expect(group.querySelector('.error-message .visually-hidden')?.text).toBe(`${params.error!.prefix} `);
    expect(group.classList.contains('has-error')).toBe(true);
  });

  it('put the divider before an exclusive checkbox, and mark only that one exclusive', () => {
    const { params, group } = render('checkboxes with an exclusive "none" option');
    const exclusive = params.items.find((item) => item.exclusive)!;
    const divider = group.querySelector('.choice-divider')!;
    expect(divider.text).toBe(params.divider);
    expect(divider.nextElementSibling?.querySelector('input')?.getAttribute('value')).toBe(exclusive.value);
    expect(group.querySelectorAll('input[data-exclusive]').map((input) => input.getAttribute('value'))).toEqual([exclusive.value]);
    expect(group.querySelectorAll('input').every((input) => input.getAttribute('type') === 'checkbox')).toBe(true);
  });
});
