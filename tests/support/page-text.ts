/**
 * The words of a built page's <main>, split by language: parts marked lang="en" inside a Welsh
 * page are English, parts marked lang="cy" inside an English page are Welsh.
 */
import { NodeType, type HTMLElement, type Node } from 'node-html-parser';
import type { Locale } from '../../src/lib/i18n/locale';

const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'cite',
  'data',
  'dfn',
  'em',
  'i',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
]);
/** Not prose: code samples, and anything hidden from every reader. */
const SKIP = new Set(['script', 'style', 'template', 'code', 'kbd', 'samp', 'svg']);

function langOf(tag: string | undefined): Locale | undefined {
  if (!tag) return undefined;
  const primary = tag.toLowerCase().split('-')[0];
  return primary === 'en' || primary === 'cy' ? primary : undefined;
}

/** Text per language; a language not written in the page's own languages is left out. */
export function textByLanguage(root: HTMLElement, pageLang: Locale): Record<Locale, string> {
  const out: Record<Locale, string[]> = { en: [], cy: [] };
  const walk = (node: Node, lang: Locale | undefined) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      if (lang) out[lang].push(node.text);
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const element = node as HTMLElement;
    const tag = element.tagName?.toLowerCase();
    if (tag && SKIP.has(tag)) return;
    if (element.hasAttribute?.('hidden') || element.getAttribute?.('aria-hidden') === 'true') return;
    const own = element.getAttribute?.('lang');
    // A lang we do not check (say, a Latin phrase) takes the text out of both languages.
    const next = own === undefined ? lang : langOf(own);
    const block = !tag || !INLINE.has(tag);
    if (block && lang) out[lang].push(' ');
    for (const child of element.childNodes) walk(child, next);
    if (block && lang) out[lang].push(' ');
  };
  walk(root, pageLang);
  return { en: out.en.join(''), cy: out.cy.join('') };
}

/**
 * The words to spell-check: letters with inner apostrophes or hyphens ("i'r", "e-ddysgu").
 * Tokens with digits are codes and numbers (C00/4514/4, 2025), checked by the facts tests instead;
 * a web address (a printed page's own, say) is not words.
 */
export function words(text: string): string[] {
  const normalised = text
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010\u2011]/g, '-');
  const tokens = normalised.match(/[\p{L}\p{M}\p{N}]+(?:['-][\p{L}\p{M}\p{N}]+)*'?/gu) ?? [];
  return tokens.filter((token) => !/\p{N}/u.test(token)).map((token) => token.replace(/'$/, ''));
}
