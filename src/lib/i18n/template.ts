/**
 * Filling interface string templates ("{count} results for ‘{query}’") in the browser. Pure.
 * A placeholder without a value is a mistake in the content or the code: it throws, so it can
 * never reach the page as "{count}". Values are put in once, never read again as a template.
 */

export type TemplateValues = Record<string, string | number>;

const PLACEHOLDER = /\{(\w+)\}/g;
const has = (values: TemplateValues, name: string) => Object.hasOwn(values, name);

/** The names of a template's placeholders, in order. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

/** Fills every `{name}`; throws, naming the template, when a value is missing. */
export function fill(template: string, values: TemplateValues = {}): string {
  return template.replace(PLACEHOLDER, (_whole, name: string) => {
    if (!has(values, name)) throw new Error(`no value for {${name}} in "${template}"`);
    return String(values[name]);
  });
}

/** A piece of a filled template: text from the template, or the value to isolate. */
export interface Piece {
  text: string;
  isolate: boolean;
}

/**
 * Fills a template, keeping the value of `{name}` apart so the caller can isolate it (in a
 * `<bdi>`): the template is split around `{name}`, each part filled with the other values.
 */
export function fillIsolating(template: string, values: TemplateValues, name: string): Piece[] {
  if (!has(values, name)) throw new Error(`no value for {${name}} in "${template}"`);
  const value = String(values[name]);
  const pieces: Piece[] = [];
  template.split(`{${name}}`).forEach((part, index) => {
    if (index > 0) pieces.push({ text: value, isolate: true });
    const text = fill(part, values);
    if (text) pieces.push({ text, isolate: false });
  });
  return pieces;
}
