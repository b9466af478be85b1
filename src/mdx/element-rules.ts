/**
 * What an element in content may not be or carry, whether it was written as JSX (`<a href="…">`,
 * `<Term …>`) or as raw HTML: elements that run or embed something, attributes that run script or
 * insert unchecked HTML, and addresses (see ./addresses), including those in CSS `url(…)` in any
 * attribute value.
 */
import { addressProblem, cssUrls, srcsetAddresses, type AddressUse } from './addresses';

export type Attribute =
  /** `name="value"`, or a bare `name` (value null). */
  | { kind: 'text'; name: string; value: string | null }
  /** `name={code}`: worked out only when the page renders, so it cannot be checked here. */
  | { kind: 'expression'; name: string }
  /** `{...props}`: may hold any attribute. */
  | { kind: 'spread' };

const EMBEDS = 'it embeds another page or program';
const HEAD = 'it belongs in the page head, which the layout writes';
const SVG_ANIMATION = 'SVG animation can change links and addresses after the page loads';

const FORBIDDEN_ELEMENTS = new Map<string, string>([
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
  ['animate', SVG_ANIMATION],
  ['set', SVG_ANIMATION],
  ['animatemotion', SVG_ANIMATION],
  ['animatetransform', SVG_ANIMATION],
]);

const UNCHECKED_CONTENT = 'it sets the content directly, around the Markdown and these checks';
/** Keyed by normalised name (see `normalise`). */
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

/** Attributes holding an address a reader follows or a form submits to. */
const LINK_ATTRIBUTES = new Set(['action', 'formaction', 'cite', 'longdesc']);
/** Attributes holding an address the page loads by itself. */
const RESOURCE_ATTRIBUTES = new Set([
  'src', 'srcset', 'imagesrcset', 'poster', 'data', 'background', 'lowsrc', 'dynsrc', 'ping', 'manifest', 'codebase', 'archive', 'classid', 'icon',
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
  if (attribute === 'href' || attribute === 'xlinkhref') return isComponent(element) || FOLLOWED_HREF.has(localName(element)) ? 'link' : 'resource';
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

/** Every reason the element must not be published; none when it may. */
export function elementProblems(name: string | null, attributes: readonly Attribute[]): string[] {
  const element = name ?? '';
  const tag = `<${element}`;
  const forbidden = FORBIDDEN_ELEMENTS.get(localName(element));
  const problems = forbidden ? [`${tag}> is not allowed in content: ${forbidden}`] : [];
  for (const attribute of attributes) {
    if (attribute.kind === 'spread') {
      problems.push(`${tag} {...}> is not allowed: a spread can hold any attribute; write each one as quoted text so the build can check it`);
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
    const reason = FORBIDDEN_ATTRIBUTES.get(key);
    if (reason) {
      problems.push(`${shown}> is not allowed: ${reason}`);
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
      const problem = addressProblem(address, use);
      if (problem) problems.push(`${shown}=${quote(address)}> ${problem}`);
    }
  }
  return problems;
}
