/**
 * Checks every structured content file (src/validation/) as soon as Astro has read its config,
 * before it loads a collection: `astro build`, `astro check` and `astro dev` stop on the first
 * run with every problem listed once, with its line.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { checkContentFiles } from '../validation/check-content-files';
import { ContentError } from '../lib/content-error';
import { contentDirectory } from '../lib/content-directory';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const problems = checkContentFiles(resolve(root, contentDirectory()), root);
        if (problems.length) throw new ContentError(problems);
        logger.info('content files match their schemas');
      },
    },
  };
}
