/**
 * The open data (src/lib/open-data/documents.ts): each pathway's document holds every fact and list of its
 * pathway.yaml with the addresses of its pages, the index lists every pathway, the JSON Schemas
 * come from the zod schemas and describe every field in both languages, and the bytes are the same
 * each time.
 */
import { describe, expect, it } from 'vitest';
import { jsonSchemaValidator } from '../../src/hosting/json-schema-validator';
import { content } from '../support/content';
import { openDataInputs, fieldDescriber } from '../../src/astro/open-data';
import { API_PATHS, exampleOf, jsonFile, pathwayDocument, pathwayIndex } from '../../src/lib/open-data/documents';
import { documentFields, fieldKey, indexJsonSchema, pathwayJsonSchema, schemaFields } from '../../src/lib/open-data/fields';
import { CHECKER_PAGE_ID, findRoute, routeKey } from '../../src/lib/routing/routes';
import { frameworkListNames } from '../../src/schemas/pathway';

const site = new URL('https://example.test');
const inputs = openDataInputs(content, site);
const pathway = content.pathways[0]!;
const document = pathwayDocument(pathway, inputs);
const describe_ = fieldDescriber(content);

describe("a pathway's document", () => {
  it("holds the pathway's facts as pathway.yaml gives them", () => {
    expect(document.id).toBe(pathway.id);
    expect(document.title).toEqual(pathway.title);
    expect(document.levels).toEqual(pathway.levels);
    expect(document.revisionDate).toBe(pathway.revisionDate);
    expect(document.bodies).toEqual(pathway.bodies);
  });

  it('holds every list, every item in both languages', () => {
    for (const list of frameworkListNames) expect(document[list], list).toEqual(pathway[list]);
  });

  it('gives a fact the pathway does not state as null, and says where and why', () => {
    // Clinical Coding names no framework number, and its Welsh address on the service is not known.
    expect(pathway.frameworkNumber).toBe('not-stated');
    expect(document.frameworkNumber).toBeNull();
    expect(document.source).toEqual({ en: pathway.published.en, cy: null });
    expect(document.unstated).toEqual([
      { pointer: '/frameworkNumber', reason: 'not-stated' },
      { pointer: '/source/cy', reason: 'not-stated' },
    ]);
    const level = pathway.levels[0]!;
    const later = pathwayDocument({ ...pathway, levels: [{ ...level, trainingHours: { onTheJob: 'to-follow', offTheJob: 200 } }] }, inputs);
    expect((later.levels as { trainingHours: unknown }[])[0]!.trainingHours).toEqual({ onTheJob: null, offTheJob: 200 });
    expect(later.unstated).toContainEqual({ pointer: '/levels/0/trainingHours/onTheJob', reason: 'to-follow' });
  });

  it('gives the absolute address of every page of the pathway and of its checker in each language', () => {
    expect(document.pages.map((page) => page.id)).toEqual(pathway.pages);
    for (const page of document.pages) {
      for (const lang of ['en', 'cy'] as const) {
        const route = findRoute(content.routes, routeKey(pathway.id, page.id), lang)!;
        expect(page.url[lang]).toBe(new URL(route.url, site).href);
        expect(page.title[lang]).toBe(route.title);
      }
    }
    expect(document.url).toEqual(document.pages[0]!.url);
    expect(document.checker?.url.cy).toBe(new URL(findRoute(content.routes, routeKey(pathway.id, CHECKER_PAGE_ID), 'cy')!.url, site).href);
  });

  it('says it is under the Open Government Licence, linking the licence in each language', () => {
    expect(document.licence.name.en).toContain('Open Government Licence');
    expect(document.licence.url.en).toBe('https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/');
    expect(document.licence.url.cy).toBe('https://www.nationalarchives.gov.uk/doc/open-government-licence-cymraeg/version/3/');
  });

  it('refuses a licence address that is not https: a javascript:, data: or http: address is never published', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<p>x</p>',
      'http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    ]) {
      const licence = { ...inputs.licence, url: { ...inputs.licence.url, cy: url } };
      expect(() => pathwayDocument(pathway, { ...inputs, licence }), url).toThrow(/https/);
      expect(() => pathwayIndex(content.pathways, { ...inputs, licence }), url).toThrow(/https/);
    }
  });

  it("is written the same, byte for byte, each time, with its keys in the schema's order", () => {
    const again = pathwayDocument(structuredClone(pathway), openDataInputs(content, new URL(site)));
    expect(jsonFile(again)).toBe(jsonFile(document));
    expect(Object.keys(document).slice(0, 4)).toEqual(['id', 'slug', 'title', 'frameworkNumber']);
    expect(jsonFile(document).endsWith('}\n')).toBe(true);
  });

  it('follows its JSON Schema, which rejects a document with a fact missing or mistyped', () => {
    const validate = jsonSchemaValidator(pathwayJsonSchema(site, describe_));
    expect(validate(JSON.parse(jsonFile(document)))).toEqual([]);
    const { levels: _levels, ...noLevels } = document;
    expect(validate(noLevels)).toEqual(["/ must have required property 'levels'"]);
    const level = (document.levels as Record<string, unknown>[])[0]!;
    expect(validate({ ...document, levels: [{ ...level, minimumCredits: '48' }] })).toContain('/levels/0/minimumCredits must be integer');
    expect(validate({ ...document, levels: [{ ...level, minimumCredits: null }] })).toEqual([]);
    expect(validate({ ...document, extra: true })).toEqual(['/ must NOT have additional properties']);
    expect(validate({ ...document, source: { ...(document.source as object), en: 'not an address' } })).toContain(
      '/source/en must match format "uri"',
    );
  });
});

describe('the index of pathways', () => {
  const index = pathwayIndex(content.pathways, inputs);
  it('lists every pathway with the addresses of its own page and of its data', () => {
    expect(index.pathways.map((p) => p.id)).toEqual(content.pathways.map((p) => p.id));
    expect(index.pathways[0]!.data).toBe(new URL(API_PATHS.pathway(pathway.id), site).href);
    expect(index.pathways[0]!.url).toEqual(document.url);
    expect(index.schema).toBe(new URL(API_PATHS.indexSchema, site).href);
  });
  it('follows its JSON Schema', () => {
    const validate = jsonSchemaValidator(indexJsonSchema(site, describe_));
    expect(validate(JSON.parse(jsonFile(index)))).toEqual([]);
    expect(validate({ ...index, pathways: [{ id: 'x' }] })).not.toEqual([]);
  });
});

describe('the JSON Schemas', () => {
  const schema = pathwayJsonSchema(site, describe_);
  it('are draft 2020-12 with their own address as $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(new URL(API_PATHS.pathwaySchema, site).href);
  });
  it('describe every field in English and Welsh', () => {
    const undescribed = schemaFields(schema).filter((field) => {
      // A field that may be null is described on its anyOf; its fields are inside the branch that is not null.
      const inner = (node: any) => node.anyOf?.find((option: any) => option.type !== 'null') ?? node;
      const node = field.path
        .split('.')
        .reduce<any>(
          (at, name) => (name.endsWith('[]') ? inner(inner(at).properties[name.slice(0, -2)]).items : inner(at).properties[name]),
          schema,
        );
      return !node.description || !node['x-description-cy'];
    });
    expect(undescribed).toEqual([]);
  });
});

describe('the fields the open data page documents', () => {
  it("lists nested fields under their parents, lists' items with []", () => {
    const paths = documentFields('pathway').map((field) => field.path);
    expect(paths).toContain('levels[].qualifications.items[].number');
    expect(paths).toContain('levels[].essentialSkills[].glh');
    expect(paths.indexOf('levels[].qualifications')).toBeLessThan(paths.indexOf('levels[].qualifications.items[].number'));
    // A text in both languages is one field, not three.
    expect(paths).toContain('title');
    expect(paths).not.toContain('title.en');
  });

  it('says which fields may be left out, and the values a choice takes', () => {
    const fields = documentFields('pathway');
    expect(fields.find((f) => f.path === 'checker')?.required).toBe(false);
    expect(fields.find((f) => f.path === 'levels')?.required).toBe(true);
    expect(fields.find((f) => f.path === 'levels[].qualifications.items[].type')?.values).toEqual(['combined', 'competence', 'knowledge']);
    expect(fields.find((f) => f.path === 'levels[].minimumCredits')?.nullable).toBe(true);
    expect(fields.find((f) => f.path === 'levels[].level')?.nullable).toBe(false);
  });

  it('every field has a description in content/site/ui/open-data.yaml, and no description is for a field that is gone', () => {
    const wanted = new Set([...documentFields('pathway'), ...documentFields('index')].map((field) => fieldKey(field.path)));
    expect([...wanted].filter((key) => !content.ui.has(key))).toEqual([]);
    expect([...content.ui.keys()].filter((key) => key.startsWith('open-data-field-') && !wanted.has(key))).toEqual([]);
  });

  it('names description keys after the field, sharing one for every id and item text', () => {
    expect(fieldKey('qualification.totalQualificationTime')).toBe('open-data-field-qualification-total-qualification-time');
    expect(fieldKey('essentialSkills[].glh')).toBe('open-data-field-essential-skills-glh');
    expect(fieldKey('entryRoutes[].id')).toBe(fieldKey('pages[].id'));
    expect(fieldKey('legislation[].text')).toBe('open-data-field-item-text');
  });
});

describe('the example on the open data page', () => {
  it('keeps every field and cuts each list of objects to its first item', () => {
    const example = exampleOf(document) as typeof document;
    expect(Object.keys(example)).toEqual(Object.keys(document));
    expect(example.legislation).toEqual([(document.legislation as unknown[])[0]]);
    expect(example.levels).toHaveLength(1);
  });
  it('keeps a list of plain values whole, so the example never says a qualification is assessed in one language when it is two', () => {
    const example = exampleOf(document) as typeof document;
    const languages = (level: unknown) =>
      (level as { qualifications: { items: { assessmentLanguages: unknown }[] } }).qualifications.items[0]!.assessmentLanguages;
    expect(languages((example.levels as unknown[])[0])).toEqual(languages((document.levels as unknown[])[0]));
    expect(languages((example.levels as unknown[])[0])).toEqual(['english', 'welsh']);
    expect(exampleOf([1, 2, 3])).toEqual([1, 2, 3]);
    expect(exampleOf([{ a: 1 }, { a: 2 }])).toEqual([{ a: 1 }]);
  });
});
