/**
 * Runs the content check (src/validation/check-content.ts: schemas, MDX that must not be
 * published, and the checks that span files) as soon as Astro has read its config, before it
 * loads a collection: `astro build`, `astro check` and `astro dev` stop on the first run with
 * every problem listed once, with its line.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { checkContent } from '../validation/check-content';
import { ContentError } from '../lib/content-error';
import { contentDirectory } from '../content-directory';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import { unstatedFactsOf } from '../validation/unstated-facts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const processor = config.markdown.processor;
        // Parsed as the compiler will parse it (content-safety.ts insists on Sätteri).
        const features = isSatteriProcessor(processor) ? { smartPunctuation: true, ...processor.options.features } : {};
        const contentDir = resolve(root, contentDirectory());
        const problems = checkContent(contentDir, root, features);
        if (problems.length) throw new ContentError(problems);
        logger.info('content files match their schemas and each other');
        // What each pathway leaves unstated, so that a reader of the build log sees it.
        for (const { id, unstated } of unstatedFactsOf(contentDir)) {
          logger.info(
            `${id}: ${unstated.length} fact${unstated.length === 1 ? '' : 's'} not stated in the pathway${unstated.length ? ` (${unstated.map((fact) => `${fact.pointer.slice(1)}: ${fact.reason}`).join(', ')})` : ''}`,
          );
        }
      },
    },
  };
}
