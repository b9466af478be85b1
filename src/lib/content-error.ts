/**
 * How content mistakes stop the build: one error listing every problem, each
 * "<file>[:line:column]: <field>: <reason>", once. It has no stack trace, so Astro prints the
 * list and nothing else: no location inside Astro's own code, which would only mislead.
 */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    const unique = [...new Set(problems)];
    super(`The content has ${unique.length} error${unique.length === 1 ? '' : 's'}:\n  - ${unique.join('\n  - ')}`);
    this.name = 'ContentError';
    this.stack = '';
  }
}
