/**
 * How the content collections load (src/content.config.ts): YAML through the content check's own
 * parser, and a loader that stops the build rather than carry on without data.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { readYaml } from '../validation/yaml-source';
import { ContentError } from '../lib/content-error';

/**
 * YAML read by the same parser, with the same rules, as the content check (src/validation/): the
 * two can never disagree about what a file says.
 */
export const parseYaml = (path: string) => (text: string) => {
  const source = readYaml(text);
  if (source.errors.length) throw new ContentError(source.errors.map((error) => `${path}:${error}`));
  return source.data as Record<string, Record<string, unknown>>;
};

/**
 * A build either has all its data or fails: Astro's loaders log a file they cannot read and carry
 * on (publishing a collection emptied, or kept from the cache as it was); here such an error
 * stops the build, and so does a collection left empty.
 */
export function allOrNothing(loader: Loader, contentDir: string): Loader {
  return {
    ...loader,
    load: async (context: LoaderContext) => {
      const logger = Object.assign(Object.create(context.logger) as LoaderContext['logger'], {
        error(message: string) {
          throw new ContentError([`content collection "${context.collection}": ${message}`]);
        },
      });
      await loader.load({ ...context, logger });
      if (context.store.keys().length === 0)
        throw new ContentError([`content collection "${context.collection}": is empty (${contentDir})`]);
    },
  };
}
