/**
 * What the pattern components return: a small tree of plain objects. The browser turns it into
 * DOM nodes (to-dom.ts); tests serialise it to HTML (to-html.ts) and check the markup.
 */

/** An attribute's value: a string, `true` for a bare attribute, `false` or `undefined` for none. */
export type Attrs = Record<string, string | boolean | undefined>;

export interface Element {
  tag: string;
  attrs: Attrs;
  children: Child[];
}

export type Child = Element | string;

/** What `h` takes as children: lists are flattened, and false, null, undefined and "" are left out. */
export type ChildInput = Child | false | null | undefined | ChildInput[];

function flatten(inputs: ChildInput[], into: Child[] = []): Child[] {
  for (const input of inputs) {
    if (Array.isArray(input)) flatten(input, into);
    else if (input) into.push(input);
  }
  return into;
}

export function h(tag: string, attrs: Attrs = {}, ...children: ChildInput[]): Element {
  return { tag, attrs, children: flatten(children) };
}
