/**
 * A Sätteri mdast plugin (the processor Astro's MDX integration uses here) that stops the build
 * when a Markdown or MDX file holds anything ./unsafe-content finds, listing every problem in
 * the file at once.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginDefinition } from 'satteri';
import { findUnsafeContent, type ContentProblem } from './unsafe-content';

/** `<file>:<line>:<column>: <reason>`, one line per problem, as editors and terminals link them. */
function formatProblems(file: string, problems: readonly ContentProblem[]): string {
  return problems.map((p) => `${file}:${p.line}:${p.column}: ${p.reason}`).join('\n');
}

export class UnsafeContentError extends Error {
  override name = 'UnsafeContentError';
  /** Where the first problem is: Astro reports it as the error's location. */
  readonly line: number;
  readonly column: number;

  constructor(
    readonly file: string,
    readonly problems: readonly ContentProblem[],
  ) {
    const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
    super(`${file} has ${count} that must not be published:\n${formatProblems(file, problems)}`);
    this.line = problems[0]?.line ?? 1;
    this.column = problems[0]?.column ?? 1;
  }

  /** Astro prints this under the problems. */
  readonly hint = 'Remove or rewrite what each line names. content/README.md ("When content is wrong") says what content may hold.';

  /**
   * A summary without the problems. Astro replaces the hint of any error whose toString() says
   * "document" or "window" (as `javascript:alert(document.cookie)` does) with advice about browser
   * APIs in server code, which would mislead here.
   */
  override toString(): string {
    return `${this.name}: ${this.problems.length} unsafe content problem(s)`;
  }
}

export const PLUGIN_NAME = 'reject-unsafe-content';

/** The plugin; `root` is the project root, which files in messages are relative to. */
export function rejectUnsafeContent(root: string): MdastPluginDefinition {
  return defineMdastPlugin({
    name: PLUGIN_NAME,
    options: { position: true },
    before(tree, ctx) {
      const problems = findUnsafeContent(tree, ctx.source);
      if (problems.length === 0) return;
      const file = ctx.fileURL ? relative(root, fileURLToPath(ctx.fileURL)).split(sep).join('/') : 'unknown file';
      throw new UnsafeContentError(file, problems);
    },
  });
}
