/**
 * Where each kind of content lives and which schema governs it: one table that Astro's content
 * collections (src/content.config.ts), the check of every content file (src/validation/) and the
 * tests' stand-in for astro:content (tests/support/astro-content.ts) all read.
 */
import type { z } from 'astro/zod';
import { siteSchema } from './site';
import { uiStringsSchema } from './ui';
import { glossaryTermSchema } from './glossary';
import { pageSchema } from './page';
import { pathwaySchema } from './pathway';
import { checkerSchema } from './checker';
import { questionsSchema, stepsSchema } from './journey';
import { searchAliasSchema } from './search-aliases';

export interface CollectionSource {
  /** Folder under content/. */
  base: string;
  /** Glob under `base`; one `*` is one path segment. */
  pattern: string;
  /** The entry's id, from its path under `base`. */
  id: (path: string) => string;
  schema: z.ZodType;
  /** MDX: the schema governs the front matter. */
  mdx?: boolean;
  /** One file whose top-level keys are the entries (the glossary). */
  entriesByKey?: boolean;
}

/** "clinical-coding/pages/cy/training.mdx" → "clinical-coding/pages/cy/training": errors and lookups name the real file. */
const pathWithoutExtension = (path: string) => path.replace(/\.(mdx|ya?ml)$/, '');
/** "clinical-coding/pathway.yaml" → "clinical-coding". */
const folder = (path: string) => path.split('/')[0]!;

export const collectionSources = {
  site: { base: 'site', pattern: 'site.yaml', id: () => 'site', schema: siteSchema },
  ui: { base: 'site/ui', pattern: '*.yaml', id: pathWithoutExtension, schema: uiStringsSchema },
  glossary: { base: 'site', pattern: 'glossary.yaml', id: pathWithoutExtension, schema: glossaryTermSchema, entriesByKey: true },
  searchAliases: { base: 'site', pattern: 'search-aliases.yaml', id: pathWithoutExtension, schema: searchAliasSchema, entriesByKey: true },
  sitePages: { base: 'site/pages', pattern: '*/*.mdx', id: pathWithoutExtension, schema: pageSchema, mdx: true },
  pathways: { base: 'pathways', pattern: '*/pathway.yaml', id: folder, schema: pathwaySchema },
  checkers: { base: 'pathways', pattern: '*/checker.yaml', id: folder, schema: checkerSchema },
  pathwayPages: { base: 'pathways', pattern: '*/pages/*/*.mdx', id: pathWithoutExtension, schema: pageSchema, mdx: true },
  steps: { base: 'pathways', pattern: '*/steps.yaml', id: folder, schema: stepsSchema },
  questions: { base: 'pathways', pattern: '*/questions.yaml', id: folder, schema: questionsSchema },
} satisfies Record<string, CollectionSource>;

export type CollectionName = keyof typeof collectionSources;

/** Whether `path` (under the collection's base, "/"-separated) is one of its files. */
export function inCollection(source: CollectionSource, path: string): boolean {
  const pattern = new RegExp(`^${source.pattern.replace(/\./g, '\\.').replace(/\*/g, '[^/]+')}$`);
  return pattern.test(path);
}
