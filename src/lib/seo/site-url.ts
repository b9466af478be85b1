/**
 * The site's address: the one setting every absolute address comes from (canonical links, the
 * sitemap, the open data, share images). `SITE_URL` in the environment sets it for a build.
 */
export const DEFAULT_SITE_URL = 'https://clinical-coding.example.wales';

/** The site's address from `SITE_URL` (or the default), or an error naming what is wrong with it. */
export function siteUrlFrom(value: string | undefined): string {
  const raw = value?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL: "${raw}" is not an address; give the site's origin, for example ${DEFAULT_SITE_URL}`);
  }
  if (url.protocol !== 'https:') throw new Error(`SITE_URL: "${raw}" must start with https://`);
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL: "${raw}" must be the site's origin only (the site's links start at /), for example ${DEFAULT_SITE_URL}`);
  }
  return url.origin;
}
