/**
 * Walks the checker step by step through the pure engine, as smart-answers' flow tests walk a
 * flow node by node: `from(flow).starting().answering('route', ['school']).goesTo('prior')`.
 * Every link is followed through the address, as the browser follows it, and must lead to an
 * address the checker understands in full.
 */
import { expect } from 'vitest';
import { parseQuery, serialiseQuery, type Place } from '../../src/lib/checker/url';
import { afterSubmit, viewFor, type CheckerView } from '../../src/lib/checker/view';
import type { Flow } from '../../src/lib/checker/types';

class Walk<T> {
  constructor(
    readonly flow: Flow<T>,
    readonly view: CheckerView<T>,
  ) {}

  /** The step shown: a question id, "start", "check" or "result". */
  get at(): string {
    return this.view.kind === 'question' ? this.view.question.id : this.view.kind;
  }

  /** What the page shows ticked, on a question. */
  get chosen(): string[] {
    if (this.view.kind !== 'question') throw new Error(`no question is shown, but ${this.at}`);
    return this.view.chosen;
  }

  goesTo(step: string): this {
    expect(this.at, `?${this.view.query}`).toBe(step);
    return this;
  }

  showsError(): this {
    expect(this.view.kind === 'question' && this.view.error, `an error at ?${this.view.query}`).toBe(true);
    return this;
  }

  /** Chooses `values` on the question shown and presses Continue. */
  answering(questionId: string, values: string[]): Walk<T> {
    this.goesTo(questionId);
    // The page has put the step's own address in the address bar; Continue starts from there.
    const next = afterSubmit(this.flow, parseQuery(this.flow, this.view.query), questionId, values);
    return next.kind === 'error' ? new Walk(this.flow, next.view) : this.follow(next.to);
  }

  back(): Walk<T> {
    if (this.view.kind === 'start') throw new Error('the start page has no Back link');
    return this.follow(this.view.back);
  }

  starting(): Walk<T> {
    if (this.view.kind !== 'start') throw new Error(`no Start now at ${this.at}`);
    return this.follow(this.view.start);
  }

  /** Follows the Change link of a question on check your answers or the result. */
  changing(questionId: string): Walk<T> {
    if (this.view.kind !== 'check' && this.view.kind !== 'result') throw new Error(`no Change links at ${this.at}`);
    const row = this.view.rows.find((r) => r.question.id === questionId);
    if (!row) throw new Error(`no answer to ${questionId} at ${this.at}`);
    return this.follow(row.change);
  }

  seeingResult(): Walk<T> {
    if (this.view.kind !== 'check') throw new Error(`no "See your result" at ${this.at}`);
    return this.follow(this.view.result);
  }

  private follow(place: Place): Walk<T> {
    const query = serialiseQuery(this.flow, place);
    const state = parseQuery(this.flow, query);
    expect(state.ignoredCount, `a link to ?${query} leaves part of its own address unused`).toBe(0);
    return new Walk(this.flow, viewFor(this.flow, state));
  }
}

/** The checker opened at `address` (a query string). */
export function from<T>(flow: Flow<T>, address = ''): Walk<T> {
  return new Walk(flow, viewFor(flow, parseQuery(flow, address)));
}
