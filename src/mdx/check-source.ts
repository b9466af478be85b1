/**
 * The content check on an MDX file's text, the way the build's compiler parses it, for the check
 * of every content file before the build (src/validation/).
 */
import { mdxToMdast, type Features } from 'satteri';
import { findUnsafeContent, type ContentProblem, type ContentRules } from './unsafe-content';

export function unsafeContentInMdx(source: string, features: Features, rules: ContentRules = {}): ContentProblem[] {
  try {
    return findUnsafeContent(mdxToMdast(source, { features }), source, rules);
  } catch (error) {
    // The parser gives the place only at the start of its message: "19:9: Unexpected character…".
    const message = String((error as Error)?.message ?? error).split('\n')[0]!;
    const place = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*/.exec(message);
    const line = place ? Number(place[1]) : 1;
    const column = place ? Number(place[2]) : 1;
    return [{ line, column, unreadable: true, reason: `cannot be read as MDX: ${place ? message.slice(place[0].length) : message}` }];
  }
}
