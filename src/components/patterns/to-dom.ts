/** Turns an element tree into DOM nodes: text through text nodes, values through setAttribute, never parsed as markup. */
import type { Child } from './element';

export function toDom(child: Child): Node {
  if (typeof child === 'string') return document.createTextNode(child);
  const element = document.createElement(child.tag);
  for (const [name, value] of Object.entries(child.attrs)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  element.append(...child.children.map(toDom));
  return element;
}
