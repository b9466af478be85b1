import { z } from 'astro/zod';
import { pastDate, localized, strictObject } from './localized';

/** Facts about the site itself, as opposed to a pathway (`content/site/site.yaml`). */
export const siteSchema = strictObject({
  name: localized,
  /** When the site's own pages (home, glossary, accessibility statement) were last reviewed. */
  lastReviewed: pastDate,
});
export type Site = z.infer<typeof siteSchema>;
