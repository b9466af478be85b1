/** Serialises an element tree to HTML, escaping text and attribute values, for tests to check the markup. */
import type { Child } from './element';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (value: string) => escapeText(value).replace(/"/g, '&quot;');

export function toHtml(child: Child): string {
  if (typeof child === 'string') return escapeText(child);
  const attrs = Object.entries(child.attrs)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}=""` : ` ${name}="${escapeAttr(value as string)}"`))
    .join('');
  if (VOID.has(child.tag)) return `<${child.tag}${attrs}>`;
  return `<${child.tag}${attrs}>${child.children.map(toHtml).join('')}</${child.tag}>`;
}
