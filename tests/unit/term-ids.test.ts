import { describe, expect, it } from 'vitest';
import { termDefinitionId } from '../../src/lib/term-ids';

describe('ids of term definitions', () => {
  it('are unique on a page when a term is used again, and start again on another page', () => {
    const page = new Map<string, number>();
    expect([
      termDefinitionId(page, 'glh'),
      termDefinitionId(page, 'dbs'),
      termDefinitionId(page, 'glh'),
      termDefinitionId(page, 'glh'),
    ]).toEqual(['term-glh', 'term-dbs', 'term-glh-2', 'term-glh-3']);
    expect(termDefinitionId(new Map(), 'glh')).toBe('term-glh');
  });
});
