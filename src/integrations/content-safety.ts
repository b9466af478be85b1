/**
 * Runs src/mdx/reject-unsafe-content on every Markdown and MDX file the build compiles.
 *
 * With `markdown.processor: satteri(…)`, @astrojs/mdx ignores `mdx({ remarkPlugins })` (it warns
 * and builds anyway) and runs the processor's own mdast plugins instead, so the check is added
 * there. Doing it here rather than in astro.config.mjs gives it the project root for its messages,
 * and makes the build fail, rather than publish unchecked content, if the processor is changed.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import { PLUGIN_NAME, rejectUnsafeContent } from '../mdx/reject-unsafe-content';

export default function contentSafety(): AstroIntegration {
  return {
    name: 'content-safety',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor;
        if (!isSatteriProcessor(processor)) {
          throw new Error(
            `content-safety: the Markdown processor is "${processor.name}", but the content checks run as a Sätteri mdast plugin; ` +
              'add them to the new processor before changing it, or MDX would be published unchecked',
          );
        }
        const plugins = processor.options.mdastPlugins;
        if (plugins.some((plugin) => plugin && typeof plugin === 'object' && 'name' in plugin && plugin.name === PLUGIN_NAME)) return;
        // First, so that later plugins see checked content only.
        plugins.unshift(rejectUnsafeContent(fileURLToPath(config.root)));
      },
    },
  };
}
