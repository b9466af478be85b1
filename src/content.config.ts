import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { pathwaySchema } from './schemas/pathway';
import { pageSchema } from './schemas/page';
import { glossaryTermSchema } from './schemas/glossary';
import { uiStringsSchema } from './schemas/ui';
import { siteSchema } from './schemas/site';
import { checkerSchema } from './schemas/checker';
import { contentDirectory } from './lib/content-directory';


const contentDir = contentDirectory();

/** Keeps the path (minus extension) as the id, so errors and lookups name the real file. */
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|ya?ml)$/, '');

export const collections = {
  site: defineCollection({ loader: glob({ pattern: 'site.yaml', base: `${contentDir}/site`, generateId: () => 'site' }), schema: siteSchema }),
  ui: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${contentDir}/site/ui`, generateId: idFromPath }), schema: uiStringsSchema }),
  glossary: defineCollection({ loader: file(`${contentDir}/site/glossary.yaml`), schema: glossaryTermSchema }),
  sitePages: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: `${contentDir}/site/pages`, generateId: idFromPath }),
    schema: pageSchema,
  }),
  pathways: defineCollection({
    loader: glob({ pattern: '*/pathway.yaml', base: `${contentDir}/pathways`, generateId: ({ entry }) => entry.split('/')[0]! }),
    schema: pathwaySchema,
  }),
  checkers: defineCollection({
    loader: glob({ pattern: '*/checker.yaml', base: `${contentDir}/pathways`, generateId: ({ entry }) => entry.split('/')[0]! }),
    schema: checkerSchema,
  }),
  pathwayPages: defineCollection({
    loader: glob({ pattern: '*/pages/*/*.mdx', base: `${contentDir}/pathways`, generateId: idFromPath }),
    schema: pageSchema,
  }),
};
