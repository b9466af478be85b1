import type { z } from 'astro/zod';
import { localised, strictObject } from './localised';

/** One glossary term, keyed by its id in `content/site/glossary.yaml`. */
export const glossaryTermSchema = strictObject({
  term: localised,
  /** The short form readers meet in the text (GLH, DBS), when there is one. */
  abbreviation: localised.optional(),
  definition: localised,
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
