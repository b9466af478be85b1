/**
 * What no built page may carry, whatever put it there (content, a component, a layout): scripts
 * other than the site's own, inline script (but one the page's own policy allows by its hash,
 * which only the build adds: src/hosting/inline-scripts.ts) and event handlers, embedded documents, addresses with
 * a scheme the site does not use, and forms that submit elsewhere. The second line of defence
 * behind the content check (src/mdx/); written separately from it so that one mistake does not
 * blind both. One line per finding, naming the element.
 */
import { createHash } from 'node:crypto';
import { parseHtml, type HTMLElement } from './html';

/** Where the site's own module scripts are served from. */
const SCRIPT_DIRS = ['/_astro/', '/pagefind/'];
const DATA_BLOCK_TYPES = new Set(['application/json', 'application/ld+json']);
const EMBEDDING = 'iframe, object, embed, applet, portal, fencedframe';
/** node-html-parser drops these elements, so they are looked for in the HTML text. */
const FRAME_TAG = /<(frame|frameset)[\s/>]/gi;
const ADDRESS_ATTRIBUTES = [
  'href',
  'xlink:href',
  'src',
  'srcset',
  'imagesrcset',
  'action',
  'formaction',
  'poster',
  'data',
  'cite',
  'background',
  'ping',
  'longdesc',
  'manifest',
  'codebase',
];
const SCHEMES = new Set(['https:', 'mailto:', 'tel:']);

function describe(el: HTMLElement): string {
  return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>`;
}

/** Why an address must not be on a page, or undefined when it may. */
function addressProblem(value: string, page: URL): string | undefined {
  const compact = value.replace(/[\t\n\r]/g, '').trim();
  let url: URL;
  try {
    url = new URL(compact, page);
  } catch {
    return 'is not a valid address';
  }
  if (!SCHEMES.has(url.protocol)) return `uses ${url.protocol}`;
  if (url.protocol === 'https:' && url.origin !== page.origin && !compact.toLowerCase().startsWith('https:')) return 'is protocol-relative';
  return undefined;
}

const isSubmission = (attribute: string) => attribute === 'action' || attribute === 'formaction';

function addressesIn(name: string, value: string): string[] {
  if (name === 'srcset' || name === 'imagesrcset')
    return value
      .split(',')
      .map((c) => c.trim().split(/\s+/)[0] ?? '')
      .filter(Boolean);
  if (name === 'ping') return value.split(/\s+/).filter(Boolean);
  return [value];
}

/** The hashes a page's own <meta> policy allows scripts by: only the build adds one, for a script it put inline. */
function allowedScriptHashes(doc: HTMLElement): Set<string> {
  const policy = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
  const scriptSrc =
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .find(([name]) => name === 'script-src') ?? [];
  return new Set(scriptSrc.filter((source) => /^'sha256-/.test(source)).map((source) => source.slice(1, -1)));
}

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

function scriptProblem(script: HTMLElement, page: URL, allowed: Set<string>): string | undefined {
  const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
  const src = script.getAttribute('src');
  if (DATA_BLOCK_TYPES.has(type)) return src === undefined ? undefined : `a ${type} data block with a src`;
  if (src === undefined)
    return type === 'module' && allowed.has(sha256(script.rawText))
      ? undefined
      : "an inline script its page's policy does not allow by hash";
  const url = new URL(src, page);
  const own = url.origin === page.origin && SCRIPT_DIRS.some((dir) => url.pathname.startsWith(dir));
  if (type !== 'module' || !own || script.text.trim() !== '') return `a script the site does not ship (type "${type}", src "${src}")`;
  return undefined;
}

/** Everything unsafe in a page's HTML; `page` is the page's full URL. */
export function unsafeMarkup(html: string, page: URL): string[] {
  const doc = parseHtml(html);
  const found: string[] = [];
  for (const [, tag] of html.matchAll(FRAME_TAG)) found.push(`<${tag!.toLowerCase()}>: embeds another document or program`);
  const allowed = allowedScriptHashes(doc);
  for (const script of doc.querySelectorAll('script')) {
    const problem = scriptProblem(script, page, allowed);
    if (problem) found.push(`${describe(script)}: ${problem}`);
  }
  for (const el of doc.querySelectorAll(EMBEDDING)) found.push(`${describe(el)}: embeds another document or program`);
  for (const el of doc.querySelectorAll('base')) found.push(`${describe(el)}: changes where relative addresses go`);
  for (const el of doc.querySelectorAll('meta[http-equiv]')) {
    if (el.getAttribute('http-equiv')!.trim().toLowerCase() === 'refresh') found.push(`${describe(el)}: redirects the page`);
  }
  for (const el of doc.querySelectorAll('*')) {
    for (const [rawName, value] of Object.entries(el.attributes)) {
      const name = rawName.toLowerCase();
      if (name.startsWith('on')) {
        found.push(`${describe(el)} ${name}="${value}": an event handler`);
      } else if (ADDRESS_ATTRIBUTES.includes(name)) {
        for (const address of addressesIn(name, value)) {
          const problem =
            addressProblem(address, page) ??
            (isSubmission(name) && new URL(address, page).origin !== page.origin ? 'submits to another origin' : undefined);
          if (problem) found.push(`${describe(el)} ${name}="${address}": ${problem}`);
        }
      }
    }
  }
  const styles = [
    ...doc.querySelectorAll('style').map((s) => s.text),
    ...doc.querySelectorAll('[style]').map((s) => s.getAttribute('style')!),
  ];
  for (const css of styles) {
    for (const [, address] of css.matchAll(/(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)/g)) {
      const problem = addressProblem(address!, page);
      if (problem) found.push(`CSS ${address}: ${problem}`);
    }
  }
  return found;
}
