/**
 * Which addresses content may use. A link may go to https:, mailto:, tel: or a relative address
 * (a page or #section of this site). Anything the page loads by itself (an image, a video poster)
 * must be relative, so that no page makes a request to another origin.
 */
export type AddressUse = 'link' | 'resource';

const LINK_SCHEMES = new Set(['https:', 'mailto:', 'tel:']);
/** Addresses are resolved as a browser on one of the site's pages would resolve them. */
const PAGE = new URL('https://this-site.invalid/a/page/');

const LINK_RULE = 'links may only use https:, mailto:, tel: or a relative address';
const RESOURCE_RULE = 'images and other resources must be relative addresses on this site';

/**
 * Why a link to another site must not be published: credentials or a port in it, a host name
 * that is not plain ASCII (an internationalised name can imitate another site), or, given the
 * hosts content may link to (content/site/external-links.yaml), a host not among them.
 */
export function externalLinkProblem(url: URL, linkHosts?: ReadonlySet<string>): string | undefined {
  if (url.username || url.password)
    return `names a user before "@" (${url.host} is where it really goes): an address may not carry credentials`;
  if (url.port) return `names a port (${url.port}): link to the site's own address`;
  if (url.hostname.split('.').some((label) => label.startsWith('xn--')))
    return `goes to an internationalised host name (${url.hostname}), which can imitate another site: links may only go to the ASCII host names listed in content/site/external-links.yaml`;
  if (linkHosts && !linkHosts.has(url.hostname))
    return `goes to ${url.hostname}, which is not one of the sites content may link to: add it to content/site/external-links.yaml if it is the site the text names`;
  return undefined;
}

/**
 * Why `address` must not be published for `use`, or undefined when it may. `linkHosts`, when
 * given, are the only hosts a link may go to.
 */
export function addressProblem(address: string, use: AddressUse, linkHosts?: ReadonlySet<string>): string | undefined {
  let url: URL;
  try {
    url = new URL(address, PAGE);
  } catch {
    return 'is not a valid address';
  }
  if (url.protocol !== PAGE.protocol) {
    if (use === 'link' && LINK_SCHEMES.has(url.protocol)) return undefined;
    return `uses ${url.protocol}, but ${use === 'link' ? LINK_RULE : RESOURCE_RULE}`;
  }
  if (url.host === PAGE.host) return undefined;
  if (!namesHttps(address))
    return `is protocol-relative (it leaves out the scheme and goes to ${url.host}): ${use === 'link' ? 'write https:// in full' : RESOURCE_RULE}`;
  return use === 'resource' ? `loads from another origin (${url.host}), but ${RESOURCE_RULE}` : externalLinkProblem(url, linkHosts);
}

/** True when `address` goes to another site (an absolute https: address). */
export function isExternalLink(address: string): boolean {
  try {
    const url = new URL(address, PAGE);
    return url.protocol === PAGE.protocol && url.host !== PAGE.host;
  } catch {
    return false;
  }
}

/**
 * True when the address itself says https: rather than inheriting it, as `//host/…` and `\\host`
 * do. Browsers ignore tabs and line breaks anywhere in an address, and leading spaces and
 * control characters, so this does too.
 */
function namesHttps(address: string): boolean {
  return (
    address
      .replace(/[\t\n\r]/g, '')
      .replace(/^[\u0000-\u0020]+/, '')
      .slice(0, 'https:'.length)
      .toLowerCase() === 'https:'
  );
}

/**
 * The addresses in a `srcset` ("a.png 1x, b.png 2x"). Splitting at every comma can cut an address
 * that contains one into pieces; each piece is then checked on its own, which errs on the strict side.
 */
export function srcsetAddresses(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((address) => address !== '');
}

/**
 * The addresses in CSS `url(…)` and `src(…)` in an attribute value: SVG presentation attributes
 * (`fill`, `filter`, `mask`, `clip-path`, `marker-*`, `cursor`…) are CSS values, and load what
 * they name. CSS comments are dropped and escapes decoded first (`\\75 rl(` is `url(`), so that
 * no spelling hides one; a `url(` in any attribute counts, which errs on the strict side.
 */
export function cssUrls(value: string): string[] {
  const css = value
    .replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '')
    .replace(/\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|([\s\S]))/g, (_escape, hex: string | undefined, char: string | undefined) => {
      if (hex === undefined) return char ?? '';
      const code = parseInt(hex, 16);
      return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
    });
  return [...css.matchAll(/(?<![\w-])(?:url|src)\s*\(\s*(?:"([^"]*)|'([^']*)|([^)]*))/gi)].map((match) =>
    (match[1] ?? match[2] ?? match[3] ?? '').trim(),
  );
}
