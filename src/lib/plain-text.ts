/**
 * What structured content (YAML values, front matter) may not hold: markup, which the site would
 * show as literal tags, and invisible control characters, which can reverse or hide text. Pure.
 */

/** Control characters (C0 but tab and newline, C1) and Unicode's bidi and invisible formatting marks. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;
/** Something a browser would read as a tag or comment: `<b>`, `</p>`, `<!--`, `<script`. */
const TAG = /<[a-zA-Z!/?]/;

export function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why `value` cannot be published as plain text, or undefined when it can. */
export function unsafeTextProblem(value: string): string | undefined {
  const control = CONTROL.exec(value);
  if (control) return `holds an invisible control character (${codePointName(control[0])}) at character ${control.index + 1}: delete it`;
  const tag = TAG.exec(value);
  if (tag) return `holds HTML ("${value.slice(tag.index, tag.index + 12)}…"): write plain text; the site adds the markup`;
  return undefined;
}
