import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { pathwaySchema } from '../../src/schemas/pathway';
import { pageSchema } from '../../src/schemas/page';
import { siteSchema } from '../../src/schemas/site';
import { glossaryTermSchema } from '../../src/schemas/glossary';
import { uiStringsSchema } from '../../src/schemas/ui';
import { fixture, readYaml, realPathwayData, contentDir } from '../support/fixtures';
import { join } from 'node:path';

/** The issues zod reports, as "path.to[0].field: message" lines, the way an author reads them. */
function issues(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');
    return `${path}: ${issue.message}`;
  });
}

describe('pathway schema', () => {
  it('accepts the shipped clinical coding pathway', () => {
    expect(issues(pathwaySchema, realPathwayData())).toEqual([]);
  });

  it('accepts the fixture second pathway', () => {
    expect(issues(pathwaySchema, fixture('second-pathway', 'pathways', 'health-records', 'pathway.yaml'))).toEqual([]);
  });

  // Each broken fixture is the valid fixture pathway with one authoring mistake; the schema must
  // report exactly that mistake, at that field, in words an author understands.
  it.each([
    ['zero-credits', 'minimumCredits: must be greater than zero'],
    ['negative-hours', 'trainingHours.offTheJob: must be greater than zero'],
    ['fractional-hours', 'trainingHours.onTheJob: must be a whole number'],
    ['fractional-credits', 'essentialSkills[0].credits: must be a whole number'],
    ['skill-without-level', 'essentialSkills[0].level: is missing'],
    ['skill-without-credits', 'essentialSkills[0].credits: is missing'],
    ['missing-welsh', 'qualification.title.cy: is missing'],
    ['impossible-date', 'revisionDate: must be a real date written YYYY-MM-DD'],
    ['duplicate-entry-route', 'entryRoutes[1].id: duplicate id "school"'],
    ['duplicate-page', 'pages[1].id: duplicate id "overview"'],
    ['credit-value-below-minimum', "qualification.creditValue: is 12, below the pathway's minimum of 37 credits"],
  ])('rejects %s with "%s"', (name, expected) => {
    expect(issues(pathwaySchema, fixture('broken', 'pathway', `${name}.yaml`))).toEqual([expected]);
  });
});

describe('page frontmatter schema', () => {
  it('accepts well-formed page frontmatter', () => {
    expect(
      issues(pageSchema, {
        id: 'training',
        slug: 'training',
        title: 'Training',
        description: 'The minimum on-the-job and off-the-job hours of the pathway, and what each comprises.',
      }),
    ).toEqual([]);
  });

  it('rejects a slug that is not kebab-case and a description too short for search engines', () => {
    expect(issues(pageSchema, fixture('broken', 'other', 'page-bad-frontmatter.yaml'))).toEqual([
      'slug: must be lower-case words joined by hyphens (for example "entry-requirements")',
      'description: is too short for a meta description (50 characters at least)',
    ]);
  });

  it('rejects a misspelt field instead of ignoring it', () => {
    const found = issues(pageSchema, fixture('broken', 'other', 'page-unknown-field.yaml'));
    expect(found).toContain('title: is missing');
    expect(found.join('\n')).toMatch(/tilte/);
  });
});

describe('site, glossary and interface-string schemas', () => {
  it('accept the shipped files', () => {
    expect(issues(siteSchema, readYaml(join(contentDir, 'site', 'site.yaml')))).toEqual([]);
    const glossary = readYaml(join(contentDir, 'site', 'glossary.yaml')) as Record<string, unknown>;
    for (const [id, term] of Object.entries(glossary)) expect(issues(glossaryTermSchema, term), id).toEqual([]);
    expect(issues(uiStringsSchema, readYaml(join(contentDir, 'site', 'ui', 'common.yaml')))).toEqual([]);
  });

  it('rejects a review date that does not exist', () => {
    expect(issues(siteSchema, fixture('broken', 'other', 'site-impossible-date.yaml'))).toEqual([
      'lastReviewed: must be a real date written YYYY-MM-DD',
    ]);
  });

  it('rejects a glossary term without its Welsh definition', () => {
    const terms = fixture('broken', 'other', 'glossary-missing-welsh.yaml') as Record<string, unknown>;
    expect(issues(glossaryTermSchema, terms.glh)).toEqual(['definition.cy: is missing']);
  });

  it('rejects a camelCase key and an empty Welsh string', () => {
    const found = issues(uiStringsSchema, fixture('broken', 'other', 'ui-bad-key.yaml'));
    expect(found).toContain('skipLink: keys must be lower-case words joined by hyphens');
    expect(found).toContain('home.cy: is empty');
  });
});
