/**
 * The open data under /api/v2/: each pathway as a JSON document, the index of pathways, and the
 * JSON Schemas they follow, generated from the zod schemas (src/schemas/open-data.ts) with Zod 4's
 * z.toJSONSchema. Pure: the same content and site address always give the same bytes (keys in the
 * schema's order, no build time anywhere).
 */
import { z } from 'astro/zod';
import type { Pathway } from '../../schemas/pathway';
import { isUnstated, type Unstated } from '../../schemas/unstated';
import type { Localized } from '../../schemas/localized';
import { openDataIndexSchema, openDataPathwaySchema, type OpenDataIndex, type OpenDataPathway } from '../../schemas/open-data';
import { locales, type Locale } from '../i18n/locale';
import { CHECKER_PAGE_ID, findRoute, pathwayRoutes, routeKey, type Route } from '../routes';

export const API_PATHS = {
  index: '/api/v2/pathways.json',
  pathway: (id: string) => `/api/v2/pathways/${id}.json`,
  pathwaySchema: '/api/v2/schema/pathway.json',
  indexSchema: '/api/v2/schema/pathways.json',
} as const;

/** Keys whose values are names, never facts: an id or an annex's status may read "to-follow". */
const NAMING_KEYS = new Set(['id', 'status']);

/**
 * The pathway's facts with every not-stated or to-follow value made null, and where each was
 * (a JSON Pointer) with its reason.
 */
export function nullForUnstated(data: unknown, pointer = ''): { data: unknown; unstated: { pointer: string; reason: Unstated }[] } {
  if (isUnstated(data)) return { data: null, unstated: [{ pointer, reason: data }] };
  const unstated: { pointer: string; reason: Unstated }[] = [];
  const inner = (value: unknown, key: string | number) => {
    if (typeof key === 'string' && NAMING_KEYS.has(key)) return value;
    const result = nullForUnstated(value, `${pointer}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`);
    unstated.push(...result.unstated);
    return result.data;
  };
  if (Array.isArray(data)) return { data: data.map((item, index) => inner(item, index)), unstated };
  if (data && typeof data === 'object') return { data: Object.fromEntries(Object.entries(data).map(([key, value]) => [key, inner(value, key)])), unstated };
  return { data, unstated };
}

export interface Licence {
  name: Localized;
  url: Localized;
}

export interface OpenDataSources {
  routes: Route[];
  licence: Licence;
  /** The site's address (astro.config `site`): every address in the data is absolute. */
  site: URL;
}

const absolute = (path: string, site: URL) => new URL(path, site).href;

function addresses(urls: Partial<Record<Locale, string | undefined>>, site: URL, what: string): Record<Locale, string> {
  const pair = {} as Record<Locale, string>;
  for (const lang of locales) {
    const url = urls[lang];
    if (!url) throw new Error(`open data: ${what} has no page in ${lang}`);
    pair[lang] = absolute(url, site);
  }
  return pair;
}

function pageLink(routes: Route[], key: string, pageId: string, site: URL) {
  const inLang = (lang: Locale) => findRoute(routes, key, lang);
  const title = { en: inLang('en')?.title ?? '', cy: inLang('cy')?.title ?? '' };
  return { id: pageId, title, url: addresses({ en: inLang('en')?.url, cy: inLang('cy')?.url }, site, key) };
}

/** One pathway's document (/api/v2/pathways/<id>.json), checked against its schema. */
export function pathwayDocument(pathway: Pathway, { routes, licence, site }: OpenDataSources): OpenDataPathway {
  const { pages: pageIds, ...stated } = pathway;
  const { data: facts, unstated } = nullForUnstated(stated) as { data: Record<string, unknown>; unstated: OpenDataPathway['unstated'] };
  const pages = pageIds.map((pageId) => pageLink(routes, routeKey(pathway.id, pageId), pageId, site));
  const checkerKey = routeKey(pathway.id, CHECKER_PAGE_ID);
  const hasChecker = locales.every((lang) => findRoute(routes, checkerKey, lang));
  return openDataPathwaySchema.parse({
    ...facts,
    url: pages[0]!.url,
    pages,
    ...(hasChecker ? { checker: pageLink(routes, checkerKey, CHECKER_PAGE_ID, site) } : {}),
    unstated,
    licence: { name: licence.name, url: addresses(licence.url, site, 'the licence') },
  });
}

/** The list of pathways (/api/v2/pathways.json), each with its pages' and its document's addresses. */
export function pathwayIndex(pathways: Pathway[], { routes, licence, site }: OpenDataSources): OpenDataIndex {
  return openDataIndexSchema.parse({
    licence: { name: licence.name, url: addresses(licence.url, site, 'the licence') },
    schema: absolute(API_PATHS.indexSchema, site),
    pathways: pathways.map((pathway) => {
      const home = Object.fromEntries(locales.map((lang) => [lang, pathwayRoutes(routes, pathway, lang)[0]?.url]));
      return {
        id: pathway.id,
        title: pathway.title,
        levels: pathway.levels.map((level) => ({ level: level.level, name: level.name })),
        url: addresses(home, site, pathway.id),
        data: absolute(API_PATHS.pathway(pathway.id), site),
      };
    }),
  });
}

/** How every file under /api/ is written: two-space indents and a final newline. */
export function jsonFile(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

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
  if (!options || options.length !== 2 || !options.some((option) => option.type === 'null')) return { schema, nullable: false };
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
  const words = path.replace(/\[\]/g, '').replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/\./g, '-').toLowerCase();
  return `open-data-field-${words}`;
}

/**
 * A zod schema as JSON Schema (draft 2020-12), with its address as `$id`, and each field's
 * description in English (`description`) and Welsh (`x-description-cy`).
 */
function describedJsonSchema(schema: z.ZodType, id: string, describe: (path: string) => Localized): JsonSchema {
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

export const pathwayJsonSchema = (site: URL, describe: (path: string) => Localized) =>
  describedJsonSchema(openDataPathwaySchema, absolute(API_PATHS.pathwaySchema, site), describe);
export const indexJsonSchema = (site: URL, describe: (path: string) => Localized) =>
  describedJsonSchema(openDataIndexSchema, absolute(API_PATHS.indexSchema, site), describe);

/** The documents under /api/v2/, by what the open data page calls them. */
const OPEN_DATA_DOCUMENTS = { pathway: openDataPathwaySchema, index: openDataIndexSchema } as const;
export type OpenDataDocument = keyof typeof OPEN_DATA_DOCUMENTS;

/** Every field of a document, as the open data page lists them. */
export function documentFields(document: OpenDataDocument): Field[] {
  return schemaFields(z.toJSONSchema(OPEN_DATA_DOCUMENTS[document]) as JsonSchema);
}

/**
 * A shorter copy of a document to show as an example: every list of objects cut to its first
 * item. A list of plain values (the assessment languages, `["english", "welsh"]`) is kept whole:
 * it is short, and cut it would say something untrue (assessment in English only).
 */
export function exampleOf(data: unknown): unknown {
  if (Array.isArray(data)) return data.every((item) => item === null || typeof item !== 'object') ? data : data.slice(0, 1).map(exampleOf);
  if (data && typeof data === 'object') return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, exampleOf(value)]));
  return data;
}
