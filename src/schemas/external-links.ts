/**
 * content/site/external-links.yaml: the hosts content may link to, and the Welsh versions a Welsh
 * page may link in place of the English page's address (src/validation/external-links.ts).
 */
import { z } from 'astro/zod';
import { strictObject } from './localised';

/** A host name as the address bar shows it: lower-case ASCII labels, no port, path or user. */
export const hostName = z
  .string({ error: 'must be a host name' })
  .regex(
    /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/,
    'must be a host name in lower-case ASCII letters, digits, hyphens and dots (for example "www.gov.wales"), with no scheme, path or port',
  )
  .refine(
    (host) => !host.split('.').some((label) => label.startsWith('xn--')),
    "is an internationalised (punycode) host name, which can imitate another site: list the site's ASCII name",
  );

const httpsAddress = z.url({ protocol: /^https$/, error: 'must be an https address' });

export const externalLinksSchema = strictObject({
  hosts: z.array(hostName).min(1, 'must name at least one host'),
  welshVersions: z.array(strictObject({ en: httpsAddress, cy: httpsAddress })).default([]),
});
export type ExternalLinks = z.infer<typeof externalLinksSchema>;

/** Where the list lives, under the content folder. */
export const EXTERNAL_LINKS_FILE = 'site/external-links.yaml';
