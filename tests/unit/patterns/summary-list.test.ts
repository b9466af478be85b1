import { describe, expect, it } from 'vitest';
import { summaryList } from '../../../src/components/patterns/summary-list/summary-list';
import { examples } from '../../../src/components/patterns/summary-list/examples';
import { rendered } from '../../support/patterns';

describe('summary list', () => {
  it('gives each question a row: the question, its answers, and a Change link that names the question', () => {
    const { rows } = examples['with Change links']!;
    const list = rendered(summaryList({ rows }));
    const shown = list.querySelectorAll(':scope > div');
    expect(shown).toHaveLength(rows.length);
    for (const [i, row] of rows.entries()) {
      expect(shown[i]!.querySelector('dt')?.text).toBe(row.key);
      expect(shown[i]!.querySelectorAll('dd li').map((li) => li.text)).toEqual(row.values);
      const link = shown[i]!.querySelector('dd a')!;
      expect(link.getAttribute('href')).toBe(row.action!.href);
      expect(link.text).toBe(`${row.action!.text} ${row.action!.hiddenText}`);
      expect(link.querySelector('.visually-hidden')?.text.trim()).toBe(row.action!.hiddenText);
    }
  });

  it('has no link in a row without an action', () => {
    expect(rendered(summaryList(examples['without actions']!)).querySelectorAll('a')).toHaveLength(0);
  });
});
