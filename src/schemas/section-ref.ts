/**
 * How content names a part of the pathway: a page id and a section id on it
 * (`## Heading {#section}`). One shape, used by the checker's questions, rules and notes, the
 * steps' and answers' sources and the pathway's additional requirements; src/lib/section-refs.ts
 * finds every one a file names, for the content check.
 */
import type { z } from 'astro/zod';
import { identifier, strictObject } from './localised.ts';

/** A section of a pathway page. */
export const sectionRef = strictObject({ page: identifier, section: identifier });

/** A pathway page, or a section of it. */
export const pageOrSectionRef = strictObject({ page: identifier, section: identifier.optional() });

export type SectionRef = z.infer<typeof sectionRef>;
export type PageOrSectionRef = z.infer<typeof pageOrSectionRef>;
