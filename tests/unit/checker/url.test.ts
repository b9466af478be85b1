import { describe, expect, it } from 'vitest';
import { parseQuery, serialiseQuery } from '../../../src/lib/checker/url';
import { realFlow } from './flow';

const flow = realFlow();
const complete = {
  route: ['school'],
  prior: ['gcse', 'a-level'],
  'pre-employment-checks': ['yes'],
  dbs: ['yes'],
  shifts: ['not-sure'],
  language: ['either'],
};

describe('checker answers in the address', () => {
  it('writes the form\'s natural encoding, repeating "prior", in question and option order', () => {
    expect(serialiseQuery(flow, { ...complete, prior: ['a-level', 'gcse'] })).toBe(
      'route=school&prior=gcse&prior=a-level&pre-employment-checks=yes&dbs=yes&shifts=not-sure&language=either',
    );
    expect(serialiseQuery(flow, { route: ['college'] }, 'prior')).toBe('route=college&step=prior');
    expect(serialiseQuery(flow, complete, 'dbs', true)).toMatch(/&step=dbs&from=check$/);
    expect(serialiseQuery(flow, {})).toBe('');
  });

  it('reads back what it writes', () => {
    const query = serialiseQuery(flow, complete, 'check');
    expect(parseQuery(flow, `?${query}`)).toEqual({ answers: complete, step: 'check', fromCheck: false, dropped: [] });
    expect(parseQuery(flow, serialiseQuery(flow, complete, 'shifts', true))).toMatchObject({ step: 'shifts', fromCheck: true, dropped: [] });
  });

  it('drops unknown keys and values, and says which', () => {
    const state = parseQuery(flow, '?route=school&utm_source=mail&dbs=perhaps&prior=gcse&prior=phd&step=nowhere');
    expect(state.answers).toEqual({ route: ['school'], prior: ['gcse'] });
    expect(state.step).toBeUndefined();
    expect(state.dropped).toEqual([
      { key: 'utm_source', value: 'mail' },
      { key: 'step', value: 'nowhere' },
      { key: 'prior', value: 'phd' },
      { key: 'dbs', value: 'perhaps' },
    ]);
  });

  it('keeps one answer to a "one of" question and drops "None of these" given with others', () => {
    const state = parseQuery(flow, 'route=school&route=college&prior=none&prior=gcse&shifts=yes&shifts=yes');
    expect(state.answers).toEqual({ route: ['school'], shifts: ['yes'] });
    expect(state.dropped).toEqual([
      { key: 'route', value: 'college' },
      { key: 'prior', value: 'none' },
      { key: 'prior', value: 'gcse' },
    ]);
  });

  it('treats markup in a value as an unknown value, nothing more', () => {
    const state = parseQuery(flow, `?route=${encodeURIComponent('<script>alert(1)</script>')}&${encodeURIComponent('<img src=x>')}=1`);
    expect(state.answers).toEqual({});
    expect(state.dropped).toEqual([
      { key: '<img src=x>', value: '1' },
      { key: 'route', value: '<script>alert(1)</script>' },
    ]);
  });

  it('drops answers on a branch the route does not take', () => {
    const branched = structuredClone(flow);
    branched.questions[0]!.options.find((o) => o.value === 'other')!.next = 'language';
    const state = parseQuery(branched, 'route=other&prior=gcse&language=welsh');
    expect(state.answers).toEqual({ route: ['other'], language: ['welsh'] });
    expect(state.dropped).toEqual([{ key: 'prior', value: 'gcse' }]);
  });
});
