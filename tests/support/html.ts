/** Small helpers over node-html-parser for reading built pages. */
import { parse, type HTMLElement } from 'node-html-parser';

export type { HTMLElement };

export function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: false, blockTextElements: { script: true, style: true } });
}

/** The text a reader sees in an element, whitespace collapsed, entities decoded. */
export function visibleText(element: HTMLElement | null | undefined): string {
  if (!element) return '';
  const clone = parseHtml(element.outerHTML);
  // A glossary term's definition in place (its button and popover) is not part of the sentence it sits in.
  for (const hidden of clone.querySelectorAll('script, style, template, [hidden], [popover], .term-help')) hidden.remove();
  // Block boundaries become spaces so words from neighbouring cells do not run together.
  return clone.structuredText.replace(/\s+/g, ' ').trim();
}

/** What a page says under the heading with `id`: the elements after it, up to the next heading. */
export function sectionUnder(doc: HTMLElement, id: string): HTMLElement[] {
  const heading = doc.getElementById(id);
  if (!heading) throw new Error(`no heading #${id}`);
  const parts: HTMLElement[] = [];
  for (let node = heading.nextElementSibling; node && !/^H[1-6]$/.test(node.tagName); node = node.nextElementSibling) parts.push(node);
  return parts;
}
