import { describe, expect, it } from 'vitest';
import { errorSummary } from '../../../src/components/patterns/error-summary/error-summary';
import { examples } from '../../../src/components/patterns/error-summary/examples';
import { rendered } from '../../support/patterns';

describe('error summary', () => {
  const params = examples['several errors']!;
  const summary = rendered(errorSummary(params));

  it('can be focused by the page, and is not itself the alert', () => {
    expect(summary.getAttribute('tabindex')).toBe('-1');
    expect(summary.getAttribute('role')).toBeUndefined();
  });

  it('announces its title and errors from a child with role="alert" (no race with the focus)', () => {
    const alerts = summary.querySelectorAll('[role="alert"]');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.parentNode).toBe(summary);
    expect(alerts[0]!.querySelector('h2')?.text).toBe(params.title);
  });

  it('links each error to the answer that fixes it', () => {
    const links = summary.querySelectorAll('li a');
    expect(links.map((a) => [a.text, a.getAttribute('href')])).toEqual(params.errors.map((e) => [e.text, e.href]));
  });
});
