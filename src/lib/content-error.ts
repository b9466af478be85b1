/**
 * How content mistakes stop the build: one error listing every problem, each
 * "<file>[:line:column]: <field>: <reason>", once. It has no stack trace, so Astro prints the
 * list and nothing else: no location inside Astro's own code, which would only mislead.
 */
export class ContentError extends Error {
  /** Astro prints this under the list. */
  readonly hint = 'Fix what each line names. content/README.md ("When content is wrong") says what content may hold.';

  constructor(readonly problems: string[]) {
    const unique = [...new Set(problems)];
    super(`The content has ${unique.length} error${unique.length === 1 ? '' : 's'}:\n  - ${unique.join('\n  - ')}`);
    this.name = 'ContentError';
    this.stack = '';
  }

  /**
   * A summary without the problems: Astro replaces the hint of any error whose toString() says
   * "document" or "window" (a quoted `javascript:alert(document.cookie)` does) with advice about
   * browser APIs in server code, which would mislead here.
   */
  override toString(): string {
    return `${this.name}: ${this.problems.length} content problem(s)`;
  }
}
