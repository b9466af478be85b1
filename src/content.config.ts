import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { collectionSources as sources, type CollectionSource } from './schemas/collections';
import { contentDirectory } from './content-directory';
import { allOrNothing, parseYaml } from './astro/strict-loader';

const contentDir = contentDirectory();

function collection<Schema extends z.ZodType>(source: CollectionSource & { schema: Schema }) {
  const path = `${contentDir}/${source.base}/${source.pattern}`;
  const loader = source.entriesByKey
    ? file(path, { parser: parseYaml(path) })
    : glob({ pattern: source.pattern, base: `${contentDir}/${source.base}`, generateId: ({ entry }) => source.id(entry) });
  return defineCollection({ loader: allOrNothing(loader, contentDir), schema: source.schema });
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
