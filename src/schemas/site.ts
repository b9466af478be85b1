import { z } from 'astro/zod';
import { isoDate, localized } from './localized';

/** Facts about the site itself, as opposed to a pathway (`content/site/site.yaml`). */
export const siteSchema = z.strictObject({
  name: localized,
  /** When the site's own pages (home, glossary, accessibility statement) were last reviewed. */
  lastReviewed: isoDate,
});
export type Site = z.infer<typeof siteSchema>;
