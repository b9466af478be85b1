/**
 * What an element in content may be and carry, whether it was written as JSX (`<a href="…">`,
 * `<Term …>`) or as raw HTML: only the elements listed here, attributes that neither run script
 * nor insert unchecked HTML, and addresses content may use (see ./addresses), including those in
 * CSS `url(…)` in any attribute value.
 *
 * Elements are allowed by name rather than refused by name. Pages are Markdown, the site's own
 * components (src/components/mdx-components.ts) and, rarely, an HTML element for prose that
 * Markdown cannot write (`<p class="no-print">`), so a short list says all content needs, and a
 * new HTML feature is refused until someone adds it here. A list of refusals had to guess every
 * element that runs or embeds something, sends a form, or changes how the browser reads the
 * markup after it (`<plaintext>`, `<xmp>`, `<noscript>`, `<template>`, inline `<svg>` and
 * `<math>`, which are parsed by other rules), and missed some. The elements most likely to be
 * tried keep a reason of their own in the messages.
 */
import { nearest } from '../lib/text/nearest';
import { addressProblem, cssUrls, srcsetAddresses, type AddressUse } from './addresses';

export type Attribute =
  /** `name="value"`, or a bare `name` (value null). */
  | { kind: 'text'; name: string; value: string | null }
  /** `name={code}`: worked out only when the page renders, so it cannot be checked here. */
  | { kind: 'expression'; name: string }
  /** `{...props}`: may hold any attribute. */
  | { kind: 'spread' };

/**
 * The site's components, which pages use without importing them. src/components/mdx-components.ts
 * gives the pages exactly these (its type says so, and a unit test reads it).
 */
export const CONTENT_COMPONENTS = [
  'Fact',
  'PageLink',
  'Term',
  'KeyFacts',
  'QualificationTable',
  'EssentialSkillsTable',
  'TrainingHoursTable',
  'EssentialSkillsList',
  'ItemList',
  'GlossaryList',
  'PathwayList',
  'SearchPage',
  'AllPagesList',
  'OpenDataFiles',
  'OpenDataFields',
  'OpenDataExample',
  'PublisherContact',
  'WithoutJavaScript',
  'AtAGlance',
] as const;
export type ContentComponent = (typeof CONTENT_COMPONENTS)[number];
const COMPONENTS: ReadonlySet<string> = new Set(CONTENT_COMPONENTS);

/**
 * HTML elements content may write: text-level and block elements of prose, lists, tables and
 * images (whose addresses must be relative). No `<h1>`: the page's title is its only one. No
 * landmarks (`<section>`, `<nav>`…), which the layout writes; no media players, maps or canvases.
 */
export const PROSE_ELEMENTS: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'br',
  'cite',
  'code',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'p',
  'div',
  'blockquote',
  'pre',
  'hr',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'details',
  'summary',
  'figure',
  'figcaption',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'caption',
  'colgroup',
  'col',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'img',
  'picture',
  'source',
]);

const EMBEDS = 'it embeds another page or program';
const HEAD = 'it belongs in the page head, which the layout writes';
const LAYOUT = "the layout writes the page's <html>, <head> and <body>";
const SVG_ANIMATION = 'SVG animation can change links and addresses after the page loads';
/** A form sends what a reader types to an address; the site's own (search, the eligibility checker) are in its pages and components. */
const FORM = 'content has no forms: a form sends what readers type to an address';
const READS_ON = 'it changes how the browser reads the markup after it';

/** Why some elements that are not allowed are not: the ones most likely to be tried. Keyed by lower-case local name. */
const ELEMENT_REASONS = new Map<string, string>([
  ['script', 'it runs JavaScript'],
  ['style', 'it adds CSS of its own; the site has one stylesheet'],
  ['iframe', EMBEDS],
  ['frame', EMBEDS],
  ['frameset', EMBEDS],
  ['object', EMBEDS],
  ['embed', EMBEDS],
  ['applet', EMBEDS],
  ['portal', EMBEDS],
  ['fencedframe', EMBEDS],
  ['base', 'it changes where every relative link on the page goes'],
  ['link', HEAD],
  ['meta', `${HEAD}, and can redirect the page`],
  ['title', `${HEAD}; the page's title comes from its front matter`],
  ['head', LAYOUT],
  ['body', LAYOUT],
  ['html', LAYOUT],
  ['h1', "the page's title, from its front matter, is its only <h1>: start sections at ## (<h2>)"],
  ['animate', SVG_ANIMATION],
  ['set', SVG_ANIMATION],
  ['animatemotion', SVG_ANIMATION],
  ['animatetransform', SVG_ANIMATION],
  ...[
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'option',
    'optgroup',
    'datalist',
    'fieldset',
    'legend',
    'label',
    'output',
    'keygen',
    'isindex',
  ].map((tag): [string, string] => [tag, FORM]),
  ...['plaintext', 'xmp', 'listing', 'noscript', 'template', 'noembed', 'noframes'].map((tag): [string, string] => [tag, READS_ON]),
  ['svg', `${READS_ON} (as SVG), and can load and run more than an image: put a diagram in a PNG image, ![…](diagram.png)`],
  ['math', `${READS_ON} (as MathML)`],
]);

const UNCHECKED_CONTENT = 'it sets the content directly, around the Markdown and these checks';
/** Keyed by normalised name (see `normalise`). */
/**
 * data-pagefind-*: which element is indexed, under which title, and the pathway filter the search
 * page narrows by. Content that set them could file a page under another pathway or retitle it.
 */
const SEARCH_INDEX = 'the layout tells the search index what to index, under which title and pathway';

const FORBIDDEN_ATTRIBUTES = new Map<string, string>([
  ['sethtml', UNCHECKED_CONTENT],
  ['settext', UNCHECKED_CONTENT],
  ['dangerouslysetinnerhtml', UNCHECKED_CONTENT],
  ['innerhtml', UNCHECKED_CONTENT],
  ['outerhtml', UNCHECKED_CONTENT],
  ['srcdoc', 'it embeds a whole HTML page'],
  ['style', 'inline styles are not allowed; the site has one stylesheet'],
  ['definevars', 'it passes values into a script or style'],
]);

/**
 * The attributes content may write on an HTML element, by normalised name (see `normalise`): a
 * few any element may carry, and those of each element's own job. Allowed by name, like the
 * elements: an attribute that changes where a link's details go (`referrerpolicy`,
 * `attributionsrc`, `ping`) or how the browser fetches something is refused until listed here.
 */
const GLOBAL_ATTRIBUTES = new Set(['class', 'classname', 'id', 'lang', 'xmllang', 'dir', 'title', 'hidden', 'translate', 'role']);
const ELEMENT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hreflang', 'type'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding', 'srcset', 'sizes'],
  source: ['srcset', 'type', 'media', 'sizes', 'width', 'height'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  td: ['colspan', 'rowspan', 'headers'],
  col: ['span'],
  colgroup: ['span'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  time: ['datetime'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  q: ['cite'],
  blockquote: ['cite'],
  details: ['open'],
};

function attributeAllowed(element: string, key: string): boolean {
  return (
    GLOBAL_ATTRIBUTES.has(key) || key.startsWith('aria') || key.startsWith('data') || (ELEMENT_ATTRIBUTES[element]?.includes(key) ?? false)
  );
}

/** Attributes holding an address a reader follows or a form submits to. */
const LINK_ATTRIBUTES = new Set(['action', 'formaction', 'cite', 'longdesc']);
/** Attributes holding an address the page loads by itself. */
const RESOURCE_ATTRIBUTES = new Set([
  'src',
  'srcset',
  'imagesrcset',
  'poster',
  'data',
  'background',
  'lowsrc',
  'dynsrc',
  'ping',
  'manifest',
  'codebase',
  'archive',
  'classid',
  'icon',
]);
/** `href` is a link on these (and on components); on anything else (SVG `<image>`, `<use>`) it loads a resource. */
const FOLLOWED_HREF = new Set(['a', 'area']);

/**
 * One spelling for JSX, HTML and hast property names: `onClick`, `onclick`; `xlink:href`,
 * `xLinkHref`; `set:html`, `setHtml`.
 */
function normalise(name: string): string {
  return name.toLowerCase().replace(/[:-]/g, '');
}

/** `svg:script` is a script; `Foo.Bar` is a component. */
function localName(name: string): string {
  return (name.split(':').pop() ?? name).toLowerCase();
}

function isComponent(name: string): boolean {
  return /^[A-Z]/.test(name) || name.includes('.');
}

function addressUse(element: string, attribute: string): AddressUse | undefined {
  if (attribute === 'href' || attribute === 'xlinkhref')
    return isComponent(element) || FOLLOWED_HREF.has(localName(element)) ? 'link' : 'resource';
  if (LINK_ATTRIBUTES.has(attribute)) return 'link';
  if (RESOURCE_ATTRIBUTES.has(attribute)) return 'resource';
  return undefined;
}

function addressesIn(attribute: string, value: string): string[] {
  if (attribute === 'srcset' || attribute === 'imagesrcset') return srcsetAddresses(value);
  if (attribute === 'ping') return value.split(/\s+/).filter(Boolean);
  return [value];
}

/** A value as it can be shown in a message: quoted, escaped, and cut short. */
export function quote(value: string, max = 80): string {
  const shown = JSON.stringify(value);
  return shown.length > max ? `${shown.slice(0, max - 2)}…"` : shown;
}

/** Why content may not use the element `name` (null for a fragment, `<>`), or undefined when it may. */
function elementProblem(name: string | null): string | undefined {
  if (name === null || PROSE_ELEMENTS.has(name) || COMPONENTS.has(name)) return undefined;
  const reason = ELEMENT_REASONS.get(localName(name));
  if (reason) return reason;
  if (!isComponent(name))
    return 'it is not one of the HTML elements content may use (content/README.md, "When content is wrong", lists them)';
  const meant = PROSE_ELEMENTS.has(name.toLowerCase()) ? name.toLowerCase() : nearest(name, CONTENT_COMPONENTS);
  return `it is not one of the site's components (${meant ? `did you mean <${meant}>?` : CONTENT_COMPONENTS.join(', ')})`;
}

/** What the address checks are given: the hosts links may go to, and who wants to hear of each link. */
export interface LinkRules {
  linkHosts?: ReadonlySet<string> | undefined;
  onLink?: ((address: string) => void) | undefined;
}

/** Every reason the element must not be published; none when it may. */
export function elementProblems(name: string | null, attributes: readonly Attribute[], rules: LinkRules = {}): string[] {
  const element = name ?? '';
  const tag = `<${element}`;
  const forbidden = elementProblem(name);
  const problems = forbidden ? [`${tag}> is not allowed in content: ${forbidden}`] : [];
  for (const attribute of attributes) {
    if (attribute.kind === 'spread') {
      problems.push(
        `${tag} {...}> is not allowed: a spread can hold any attribute; write each one as quoted text so the build can check it`,
      );
      continue;
    }
    const key = normalise(attribute.name);
    const shown = `${tag} ${attribute.name}`;
    if (key.startsWith('on') && key.length > 2) {
      problems.push(`${shown}> is not allowed: event-handler attributes (on…) run JavaScript`);
      continue;
    }
    if (attribute.name.toLowerCase().startsWith('client:')) {
      problems.push(`${shown}> is not allowed: it runs the component as JavaScript in the browser`);
      continue;
    }
    if (key.startsWith('datapagefind')) {
      problems.push(`${shown}> is not allowed: ${SEARCH_INDEX}`);
      continue;
    }
    const reason = FORBIDDEN_ATTRIBUTES.get(key);
    if (reason) {
      problems.push(`${shown}> is not allowed: ${reason}`);
      continue;
    }
    if (!forbidden && !isComponent(element) && !attributeAllowed(localName(element), key)) {
      const own = ELEMENT_ATTRIBUTES[localName(element)] ?? [];
      problems.push(
        `${shown}> is not allowed: content may give <${localName(element)}> only ${[...own, 'class', 'id', 'lang', 'dir', 'title', 'role', 'aria-…', 'data-…'].join(', ')}`,
      );
      continue;
    }
    if (attribute.kind === 'expression') {
      problems.push(`${shown}={…}> is not allowed: write the value as quoted text so the build can check it`);
      continue;
    }
    if (attribute.value === null) continue;
    for (const address of cssUrls(attribute.value)) {
      const problem = addressProblem(address, 'resource');
      if (problem) problems.push(`${shown}> url(${quote(address)}) ${problem}`);
    }
    const use = addressUse(element, key);
    if (!use) continue;
    for (const address of addressesIn(key, attribute.value)) {
      if (use === 'link') rules.onLink?.(address);
      const problem = addressProblem(address, use, rules.linkHosts);
      if (problem) problems.push(`${shown}=${quote(address)}> ${problem}`);
    }
  }
  return problems;
}
