/**
 * The open data the site publishes under /api/v1/: a pathway as a JSON document (every fact and
 * list of pathway.yaml, both languages inside, with the addresses of its pages in each language),
 * and the index of pathways. The JSON Schemas at /api/v1/schema/ are generated from these.
 */
import { z } from 'astro/zod';
import { pathwayFields } from './pathway';
import { identifier, localized, strictObject } from './localized';

/** An absolute https address (z.url() alone takes javascript: and data:), which consumers may link. */
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https address' });

/** An absolute https address, in each language: a page of this site, or the licence. */
const addressPair = strictObject({ en: httpsUrl, cy: httpsUrl });

const pageLink = strictObject({ id: identifier, title: localized, url: addressPair });

const licence = strictObject({ name: localized, url: addressPair });

const { pages: _pageIds, ...facts } = pathwayFields;

export const openDataPathwaySchema = strictObject({
  ...facts,
  /** The pathway's own page (its first) in each language. */
  url: addressPair,
  pages: z.array(pageLink).min(1),
  checker: pageLink.optional(),
  licence,
});
export type OpenDataPathway = z.infer<typeof openDataPathwaySchema>;

export const openDataIndexSchema = strictObject({
  licence,
  schema: httpsUrl,
  pathways: z.array(strictObject({ id: identifier, title: localized, level: pathwayFields.level, url: addressPair, data: httpsUrl })),
});
export type OpenDataIndex = z.infer<typeof openDataIndexSchema>;
