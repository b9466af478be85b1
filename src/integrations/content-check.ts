/**
 * Checks every content file (src/validation/: schemas, and MDX that must not be published) as
 * soon as Astro has read its config, before it loads a collection: `astro build`, `astro check` and `astro dev` stop on the first
 * run with every problem listed once, with its line.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { checkContentFiles } from '../validation/check-content-files';
import { ContentError } from '../lib/content-error';
import { contentDirectory } from '../content-directory';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import { unsafeContentInMdx } from '../mdx/check-source';
import { projectFileProblems } from '../validation/project-files';
import { unstatedFactsOf } from '../validation/unstated-facts';
import { siteWideWordProblems } from '../validation/site-wide-words';

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
        const problems = [...projectFileProblems(root, contentDir), ...siteWideWordProblems(contentDir, root), ...checkContentFiles(contentDir, root, {
          unsafeMdx: (source, rules) => unsafeContentInMdx(source, features, rules),
        })];
        if (problems.length) throw new ContentError(problems);
        logger.info('content files match their schemas');
        // What each pathway leaves unstated, so that a reader of the build log sees it.
        for (const { id, unstated } of unstatedFactsOf(contentDir)) {
          logger.info(`${id}: ${unstated.length} fact${unstated.length === 1 ? '' : 's'} not stated in the pathway${unstated.length ? ` (${unstated.map((fact) => `${fact.pointer.slice(1)}: ${fact.reason}`).join(', ')})` : ''}`);
        }
      },
    },
  };
}
