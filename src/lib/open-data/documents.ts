/**
 * The open data under /api/v2/: each pathway as a JSON document and the index of pathways, checked
 * against the zod schemas (src/schemas/open-data.ts; the JSON Schemas they publish: ./fields.ts).
 * Pure: the same content and site address always give the same bytes (keys in the schema's order,
 * no build time anywhere).
 */
import type { Pathway } from '../../schemas/pathway';
import { isUnstated, type Unstated } from '../../schemas/unstated';
import type { Localised } from '../../schemas/localised';
import {
  openDataIndexSchema,
  openDataName,
  openDataPathwaySchema,
  type OpenDataIndex,
  type OpenDataPathway,
} from '../../schemas/open-data';
import { locales, type Locale } from '../i18n/locale';
import { CHECKER_PAGE_ID, findRoute, pathwayRoutes, routeKey, type Route } from '../routing/routes';

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
  if (data && typeof data === 'object')
    return { data: Object.fromEntries(Object.entries(data).map(([key, value]) => [key, inner(value, key)])), unstated };
  return { data, unstated };
}

export interface Licence {
  name: Localised;
  url: Localised;
}

export interface OpenDataInputs {
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
export function pathwayDocument(pathway: Pathway, { routes, licence, site }: OpenDataInputs): OpenDataPathway {
  const { pages: pageIds, ...stated } = pathway;
  const named = Object.fromEntries(Object.entries(stated).map(([field, value]) => [openDataName(field), value]));
  const { data: facts, unstated } = nullForUnstated(named) as { data: Record<string, unknown>; unstated: OpenDataPathway['unstated'] };
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
export function pathwayIndex(pathways: Pathway[], { routes, licence, site }: OpenDataInputs): OpenDataIndex {
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
