/**
 * A stand-in for Astro's `astro:content` module in tests (mocked for every test file in
 * tests/support/setup.ts), fed from the real content/ (or CONTENT_DIR) through the same table of
 * collections and schemas that src/content.config.ts gives Astro. So tests run the site's own
 * loading code (src/astro/load-content.ts) on the real content, as Starlight's test-utils do.
 */
import { globSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { pageOutline } from '../../src/mdx/page-outline';
import { collectionSources, type CollectionName, type CollectionSource } from '../../src/schemas/collections';
import { contentDirectory } from '../../src/content-directory';
import { projectRoot } from './paths';

interface Entry {
  id: string;
  collection: CollectionName;
  data: unknown;
  filePath: string;
  body?: string;
}

interface Heading {
  depth: number;
  slug: string;
  text: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function load(name: CollectionName): Entry[] {
  const source: CollectionSource = collectionSources[name];
  const base = join(resolve(projectRoot, contentDirectory()), source.base);
  return globSync(source.pattern, { cwd: base })
    .map((path) => path.split(sep).join('/'))
    .sort()
    .flatMap((path) => {
      const file = join(base, path);
      const filePath = relative(projectRoot, file).split(sep).join('/');
      const text = readFileSync(file, 'utf8');
      if (source.entriesByKey) {
        return Object.entries(parse(text) as Record<string, unknown>).map(([id, value]) => ({
          id,
          collection: name,
          data: source.schema.parse(value),
          filePath,
        }));
      }
      if (source.mdx) {
        const match = FRONT_MATTER.exec(text);
        if (!match) throw new Error(`${filePath}: no front matter`);
        return [
          {
            id: source.id(path),
            collection: name,
            data: source.schema.parse(parse(match[1]!)),
            filePath,
            body: text.slice(match[0].length).trim(),
          },
        ];
      }
      return [{ id: source.id(path), collection: name, data: source.schema.parse(parse(text)), filePath }];
    });
}

const cache = new Map<string, Entry[]>();

export function defineCollection<T>(config: T): T {
  return config;
}

export async function getCollection(name: CollectionName): Promise<Entry[]> {
  const key = `${contentDirectory()}|${name}`;
  if (!cache.has(key)) cache.set(key, load(name));
  return cache.get(key)!;
}

export async function getEntry(name: CollectionName, id: string): Promise<Entry | undefined> {
  return (await getCollection(name)).find((entry) => entry.id === id);
}

/** The page's headings as Astro's render() gives them (depth, id, text), read as the content check reads them. */
export async function render(entry: Entry): Promise<{ headings: Heading[]; Content: () => never }> {
  const headings = pageOutline(entry.body ?? '').sections.map(({ depth, id, text }) => ({ depth, slug: id, text }));
  return {
    headings,
    Content: () => {
      throw new Error('tests cannot render MDX: test the built dist/ instead');
    },
  };
}
