// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import searchIndex from './src/integrations/search-index.ts';

export default defineConfig({
  site: 'https://clinical-coding.example.wales',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  markdown: {
    // `## Heading {#stable-id}` gives sections ids that are the same in both languages.
    processor: satteri({ features: { headingAttributes: true, smartPunctuation: false } }),
  },
  integrations: [mdx(), searchIndex()],
  devToolbar: { enabled: false },
});
