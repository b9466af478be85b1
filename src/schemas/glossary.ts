import { z } from 'astro/zod';
import { localized, strictObject } from './localized';

/** One glossary term, keyed by its id in `content/site/glossary.yaml`. */
export const glossaryTermSchema = strictObject({
  term: localized,
  /** The short form readers meet in the text (GLH, DBS), when there is one. */
  abbreviation: localized.optional(),
  definition: localized,
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
