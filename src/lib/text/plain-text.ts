/**
 * What structured content (YAML values, front matter) may not hold: markup, which the site would
 * show as literal tags, and invisible characters (./invisible-characters, the same list the MDX
 * check uses), which can reverse or hide text. Pure.
 */
import { findInvisibleCharacters } from './invisible-characters.ts';

/** Something a browser would read as a tag or comment: `<b>`, `</p>`, `<!--`, `<script`. */
const TAG = /<[a-zA-Z!/?]/;

/** Why `value` cannot be published as plain text, or undefined when it can. */
export function unsafeTextProblem(value: string): string | undefined {
  const [invisible] = findInvisibleCharacters(value);
  if (invisible) return `holds the ${invisible.description} at character ${invisible.index + 1}: ${invisible.why}; delete it`;
  const tag = TAG.exec(value);
  if (tag) return `holds HTML ("${value.slice(tag.index, tag.index + 12)}…"): write plain text; the site adds the markup`;
  return undefined;
}
