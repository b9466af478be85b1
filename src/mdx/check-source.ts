/**
 * The content check on an MDX file's text, the way the build's compiler parses it, for the check
 * of every content file before the build (src/validation/).
 */
import { mdxToMdast, type Features } from 'satteri';
import { findUnsafeContent, type ContentProblem } from './unsafe-content';

export function unsafeContentInMdx(source: string, features: Features): ContentProblem[] {
  try {
    return findUnsafeContent(mdxToMdast(source, { features }), source);
  } catch (error) {
    const { line = 1, column = 1 } = (error as { line?: number; column?: number }) ?? {};
    return [{ line, column, reason: `cannot be read as MDX: ${(error as Error).message.split('\n')[0]}` }];
  }
}
