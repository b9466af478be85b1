/**
 * A page's full address, for the copy on paper. The site's address is the one `site` setting in
 * astro.config.mjs; without it, the page's path is the best the page can say. Pure.
 */
export function fullAddress(site: URL | string | undefined, path: string): string {
  return site ? new URL(path, site).href : path;
}
