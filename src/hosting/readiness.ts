/**
 * What the content leaves to be given before the site may be published, as `npm run check:dist`
 * reports it: the publisher's contact for reporting problems (the accessibility regulations
 * expect one), and the site's real address in place of the placeholder. The build records these
 * in build-inventory.json, so that check:dist judges the dist/ in hand by the content it was built
 * from. Pure: facts in, sentences out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTACT_NOT_GIVEN, contact as contactSchema, type Contact } from '../schemas/site.ts';
import { DEFAULT_SITE_URL } from '../lib/seo/site-url.ts';
import { readYaml } from '../validation/yaml-source.ts';

export const CONTACT_NOT_GIVEN_PROBLEM = "the publisher's contact for reporting problems is not given (content/site/site.yaml: contact)";
export const PLACEHOLDER_ADDRESS_PROBLEM = `the site's address is the placeholder ${DEFAULT_SITE_URL}: build with SITE_URL set to the site's real address (src/hosting/README.md, "Deploying")`;

/** Each thing the site still lacks before it may be published; none means the content is ready. */
export function notReadyToDeploy({ contact, siteUrl }: { contact: Contact; siteUrl: string }): string[] {
  return [
    ...(contact === CONTACT_NOT_GIVEN ? [CONTACT_NOT_GIVEN_PROBLEM] : []),
    ...(URL.parse(siteUrl)?.origin === DEFAULT_SITE_URL ? [PLACEHOLDER_ADDRESS_PROBLEM] : []),
  ];
}

/** The publisher's contact as content/site/site.yaml gives it (the content check has already passed the file). */
export function siteContactIn(contentDir: string): Contact {
  const data = readYaml(readFileSync(join(contentDir, 'site', 'site.yaml'), 'utf8')).data as { contact?: unknown };
  return contactSchema.parse(data.contact);
}
