import { describe, expect, it } from 'vitest';
import { fill, fillIsolating, placeholders } from '../../src/lib/i18n/template';

describe('fill', () => {
  it('fills every placeholder', () => {
    expect(fill('Question {n} of {total}', { n: 2, total: 6 })).toBe('Question 2 of 6');
    expect(fill('No placeholders')).toBe('No placeholders');
  });
  it('throws, naming the placeholder and the template, rather than leave one unfilled', () => {
    expect(() => fill('{count} results for ‘{query}’', { count: 3 })).toThrow('no value for {query} in "{count} results for ‘{query}’"');
    expect(() => fill('{toString}')).toThrow('no value for {toString}');
  });
  it('puts a value in once: a value that looks like a placeholder stays as it is', () => {
    expect(fill('{a} and {b}', { a: '{b}', b: 'B' })).toBe('{b} and B');
  });
  it('lists the placeholders of a template', () => {
    expect(placeholders('{count} canlyniad ar gyfer ‘{query}’')).toEqual(['count', 'query']);
  });
});

describe('fillIsolating', () => {
  it('splits the template around the value to isolate, filling the rest', () => {
    expect(fillIsolating('{count} results for ‘{query}’', { count: 4, query: 'DBS' }, 'query')).toEqual([
      { text: '4 results for ‘', isolate: false },
      { text: 'DBS', isolate: true },
      { text: '’', isolate: false },
    ]);
  });
  it('never reads the isolated value as a template', () => {
    expect(fillIsolating('‘{query}’', { query: '{count}', count: 1 }, 'query').map((p) => p.text)).toEqual(['‘', '{count}', '’']);
  });
  it('throws when a value is missing, the isolated one included', () => {
    expect(() => fillIsolating('‘{query}’', {}, 'query')).toThrow('no value for {query}');
    expect(() => fillIsolating('{count} for ‘{query}’', { query: 'x' }, 'query')).toThrow('no value for {count}');
  });
});
