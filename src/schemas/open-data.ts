/**
 * The open data the site publishes under /api/v2/: a pathway as a JSON document (every fact and
 * list of pathway.yaml, its levels with theirs, both languages inside, with the addresses of its
 * pages in each language), and the index of pathways. The JSON Schemas at /api/v2/schema/ are
 * generated from these.
 *
 * Version 2 (6 December 2026) replaced version 1, whose one `level`, `qualification` and
 * `minimumCredits` could not hold a framework with several levels. A fact the pathway does not
 * state is `null` here, and `unstated` says where and why (not-stated, or to-follow).
 */
import { z } from 'astro/zod';
import { pathwayFields } from './pathway';
import { identifier, localised, strictObject } from './localised';
import { unstated } from './unstated';

/** An absolute https address (z.url() alone takes javascript: and data:), which consumers may link. */
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https address' });

/** An absolute https address, in each language: a page of this site, or the licence. */
const addressPair = strictObject({ en: httpsUrl, cy: httpsUrl });

const pageLink = strictObject({ id: identifier, title: localised, url: addressPair });

const licence = strictObject({ name: localised, url: addressPair });

interface ZodDef {
  type: string;
  options?: z.ZodType[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;

/**
 * A content schema as the open data gives it: each `fact or not-stated` (src/schemas/unstated.ts)
 * becomes `fact or null`. Objects and lists keep their fields; the checks that span fields, which
 * the content has passed already, are not repeated.
 */
export function withNullForUnstated(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  switch (def.type) {
    case 'union':
      return def.options![0] === unstated ? withNullForUnstated(def.options![1]!).nullable() : schema;
    case 'object':
      return strictObject(Object.fromEntries(Object.entries(def.shape!).map(([key, value]) => [key, withNullForUnstated(value)])));
    case 'array':
      return z.array(withNullForUnstated(def.element!));
    case 'optional':
      return withNullForUnstated(def.innerType!).optional();
    default:
      return schema;
  }
}

/**
 * A pathway.yaml field's name in the open data, where the two differ: the open data (version 2)
 * published where the pathway is published as `source`, and its consumers read it by that name.
 */
const OPEN_DATA_NAMES: Readonly<Record<string, string>> = { published: 'source' };
export const openDataName = (field: string): string => OPEN_DATA_NAMES[field] ?? field;

const { pages: _pageIds, ...facts } = pathwayFields;
const openFacts = Object.fromEntries(
  Object.entries(facts).map(([key, value]) => [openDataName(key), withNullForUnstated(value)]),
) as Record<Exclude<keyof typeof facts, 'published'> | 'source', z.ZodType>;

/** Where a fact is null because the pathway does not give it: a JSON Pointer into this document, and why. */
const unstatedFact = strictObject({ pointer: z.string().regex(/^(\/[^/]+)+$/), reason: unstated });

export const openDataPathwaySchema = strictObject({
  ...openFacts,
  /** The pathway's own page (its first) in each language. */
  url: addressPair,
  pages: z.array(pageLink).min(1),
  checker: pageLink.optional(),
  unstated: z.array(unstatedFact),
  licence,
});
export type OpenDataPathway = z.infer<typeof openDataPathwaySchema>;

export const openDataIndexSchema = strictObject({
  licence,
  schema: httpsUrl,
  pathways: z.array(
    strictObject({
      id: identifier,
      title: localised,
      levels: z.array(strictObject({ level: z.number().int(), name: localised })).min(1),
      url: addressPair,
      data: httpsUrl,
    }),
  ),
});
export type OpenDataIndex = z.infer<typeof openDataIndexSchema>;
