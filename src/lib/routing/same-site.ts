/**
 * Whether an address read from a data file (the search index, the checker's data) stays on this
 * site: a path from the site's root ("/en/…", "/cy/…#section"), never "//host", "/\host", a scheme
 * or anything a browser would read as another site. Pure.
 */
export function isSitePath(href: unknown): href is string {
  return typeof href === 'string' && /^\/(?![/\\])[^\s\\\u0000-\u001f\u007f]*$/.test(href);
}
