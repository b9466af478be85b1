/**
 * The open data's JSON Schemas (/api/v2/schema/), generated from the zod schemas
 * (src/schemas/open-data.ts) with Zod 4's z.toJSONSchema, each field described in English and
 * Welsh; and every field of a document as the open data page's tables list them. Pure.
 */
import { z } from 'astro/zod';
import type { Localised } from '../../schemas/localised';
import { openDataIndexSchema, openDataPathwaySchema } from '../../schemas/open-data';
import { API_PATHS } from './documents';

/** A JSON Schema as the JSON Schema module types it, loosely: only what this module reads. */
export interface JsonSchema {
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  description?: string;
  [keyword: string]: unknown;
}

/** What kind of value a field holds, as the open data page names it (ui: open-data-type-<kind>). */
export const FIELD_KINDS = ['text', 'text-pair', 'address', 'address-pair', 'whole-number', 'date', 'choice', 'group', 'list'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export interface Field {
  /** "levels[].minimumCredits", "levels[].essentialSkills[].glh". */
  path: string;
  kind: FieldKind;
  required: boolean;
  /** Null where the pathway does not state it (the document's `unstated` says why). */
  nullable: boolean;
  /** The values a choice may take. */
  values?: string[];
}

/** A field that may be null (a fact the pathway does not state): its schema without the null, and that it may be. */
function withoutNull(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  const options = schema.anyOf as JsonSchema[] | undefined;
  if (options?.length !== 2 || !options.some((option) => option.type === 'null')) return { schema, nullable: false };
  return { schema: options.find((option) => option.type !== 'null')!, nullable: true };
}

const isPair = (schema: JsonSchema) => {
  const names = Object.keys(schema.properties ?? {});
  return schema.type === 'object' && names.length === 2 && names.includes('en') && names.includes('cy');
};

function kindOf(schema: JsonSchema): FieldKind {
  if (isPair(schema)) return withoutNull(schema.properties!.en!).schema.format === 'uri' ? 'address-pair' : 'text-pair';
  if (schema.enum) return 'choice';
  if (schema.type === 'array') return 'list';
  if (schema.type === 'object') return 'group';
  if (schema.type === 'integer') return 'whole-number';
  if (schema.format === 'date') return 'date';
  if (schema.format === 'uri') return 'address';
  return 'text';
}

/** The fields inside a field that the documentation lists one by one (not a pair's en and cy). */
function children(field: JsonSchema): { schema: JsonSchema; suffix: string } | undefined {
  const schema = withoutNull(field).schema;
  if (isPair(schema)) return undefined;
  if (schema.type === 'object') return { schema, suffix: '' };
  if (schema.type === 'array' && schema.items?.type === 'object' && !isPair(schema.items)) return { schema: schema.items, suffix: '[]' };
  return undefined;
}

/** Every field of a document following `schema`, in the schema's order, parents before children. */
export function schemaFields(schema: JsonSchema, prefix = ''): Field[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, written]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const { schema: property, nullable } = withoutNull(written);
    const kind = kindOf(property);
    const field: Field = { path, kind, required: (schema.required ?? []).includes(name), nullable };
    const values = kind === 'choice' ? property.enum : kind === 'list' && property.items?.enum ? property.items.enum : undefined;
    if (values) field.values = values.map(String);
    const inner = children(written);
    return [field, ...(inner ? schemaFields(inner.schema, `${path}${inner.suffix}`) : [])];
  });
}

/**
 * The interface-string key of a field's description: "essentialSkills[].glh" →
 * "open-data-field-essential-skills-glh". Every item's id, and every list item's text, share one.
 */
export function fieldKey(path: string): string {
  if (path.endsWith('.id')) return 'open-data-field-item-id';
  if (path.endsWith('[].text')) return 'open-data-field-item-text';
  const words = path
    .replace(/\[\]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/\./g, '-')
    .toLowerCase();
  return `open-data-field-${words}`;
}

/**
 * A zod schema as JSON Schema (draft 2020-12), with its address as `$id`, and each field's
 * description in English (`description`) and Welsh (`x-description-cy`).
 */
function describedJsonSchema(schema: z.ZodType, id: string, describe: (path: string) => Localised): JsonSchema {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as JsonSchema;
  const annotate = (node: JsonSchema, prefix: string) => {
    for (const [name, property] of Object.entries(node.properties ?? {})) {
      const path = prefix ? `${prefix}.${name}` : name;
      const { en, cy } = describe(path);
      node.properties![name] = { description: en, 'x-description-cy': cy, ...property };
      const inner = children(property);
      if (inner) annotate(inner.schema, `${path}${inner.suffix}`);
    }
  };
  annotate(json, '');
  const { $schema, ...rest } = json;
  return { $schema, $id: id, ...rest };
}

export const pathwayJsonSchema = (site: URL, describe: (path: string) => Localised) =>
  describedJsonSchema(openDataPathwaySchema, new URL(API_PATHS.pathwaySchema, site).href, describe);
export const indexJsonSchema = (site: URL, describe: (path: string) => Localised) =>
  describedJsonSchema(openDataIndexSchema, new URL(API_PATHS.indexSchema, site).href, describe);

/** The documents under /api/v2/, by what the open data page calls them. */
const OPEN_DATA_DOCUMENTS = { pathway: openDataPathwaySchema, index: openDataIndexSchema } as const;
export type OpenDataDocument = keyof typeof OPEN_DATA_DOCUMENTS;

/** Every field of a document, as the open data page lists them. */
export function documentFields(document: OpenDataDocument): Field[] {
  return schemaFields(z.toJSONSchema(OPEN_DATA_DOCUMENTS[document]) as JsonSchema);
}
