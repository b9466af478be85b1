import { z } from 'astro/zod';
import { pastDate, localized, strictObject } from './localized';

/** Facts about the site itself, as opposed to a pathway (`content/site/site.yaml`). */
export const siteSchema = strictObject({
  name: localized,
  /** When the site's own pages (home, glossary, accessibility statement) were last reviewed. */
  lastReviewed: pastDate,
  /** Where apprenticeship vacancies are published: an official service, at an address confirmed in a published source. */
  vacancies: z.url({ protocol: /^https$/, error: 'must be the https address of the service that publishes apprenticeship vacancies' }),
});
export type Site = z.infer<typeof siteSchema>;
