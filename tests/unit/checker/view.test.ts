import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/lib/checker/url';
import { viewFor } from '../../../src/lib/checker/view';
import { realFlow } from '../../support/checker-flow';

const flow = realFlow();
const complete = 'route=school&prior=gcse&prior=a-level&pre-employment-checks=yes&dbs=yes&shifts=yes&language=welsh';
const show = (query: string) => {
  const view = viewFor(flow, parseQuery(flow, query));
  return { kind: view.kind, question: view.kind === 'question' ? view.question.id : undefined, query: view.query };
};

describe('which checker step an address shows', () => {
  it('the start page for a plain address, or an address with nothing but unknown parts', () => {
    expect(show('')).toEqual({ kind: 'start', question: undefined, query: '' });
    expect(show('utm_source=mail&x=1')).toEqual({ kind: 'start', question: undefined, query: '' });
    expect(show('route=school&step=start')).toEqual({ kind: 'start', question: undefined, query: 'route=school&step=start' });
  });

  it('"?dbs=no" alone: the first question, with no answer kept', () => {
    expect(show('dbs=no')).toEqual({ kind: 'question', question: 'route', query: 'step=route' });
  });

  it('answers after a gap: the first unanswered question, and the address keeps only the answers before it', () => {
    expect(show('route=school&pre-employment-checks=no&dbs=no')).toEqual({
      kind: 'question',
      question: 'prior',
      query: 'route=school&step=prior',
    });
  });

  it('a question asked for once the questions before it are answered, otherwise the first unanswered one', () => {
    expect(show('route=school&prior=gcse&step=route')).toEqual({
      kind: 'question',
      question: 'route',
      query: 'route=school&prior=gcse&step=route',
    });
    expect(show('route=school&step=dbs')).toEqual({ kind: 'question', question: 'prior', query: 'route=school&step=prior' });
    expect(show(`${complete}&step=dbs&from=check`)).toEqual({
      kind: 'question',
      question: 'dbs',
      query: `${complete}&step=dbs&from=check`,
    });
  });

  it('check your answers when asked for, otherwise the result, once every question is answered', () => {
    expect(show(`${complete}&step=check`)).toEqual({ kind: 'check', question: undefined, query: `${complete}&step=check` });
    expect(show(`${complete}&junk=1`)).toEqual({ kind: 'result', question: undefined, query: complete });
  });
});
