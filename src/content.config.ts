import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { collectionSources as sources, type CollectionSource } from './schemas/collections';
import { contentDirectory } from './content-directory';

const contentDir = contentDirectory();

function collection<Schema extends z.ZodType>(source: CollectionSource & { schema: Schema }) {
  const loader = source.entriesByKey
    ? file(`${contentDir}/${source.base}/${source.pattern}`)
    : glob({ pattern: source.pattern, base: `${contentDir}/${source.base}`, generateId: ({ entry }) => source.id(entry) });
  return defineCollection({ loader, schema: source.schema });
}

export const collections = {
  site: collection(sources.site),
  ui: collection(sources.ui),
  glossary: collection(sources.glossary),
  searchAliases: collection(sources.searchAliases),
  sitePages: collection(sources.sitePages),
  pathways: collection(sources.pathways),
  checkers: collection(sources.checkers),
  pathwayPages: collection(sources.pathwayPages),
  steps: collection(sources.steps),
  questions: collection(sources.questions),
};
