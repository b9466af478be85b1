// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { createHash } from 'node:crypto';
import searchIndex from './src/integrations/search-index.ts';
import contentSafety from './src/integrations/content-safety.ts';
import { SEARCH_FOCUS_HANDLER } from './src/lib/search.ts';

// The header search field's onfocus attribute is the only inline handler on the site: allow it by hash.
const focusHandlerHash = `sha256-${createHash('sha256').update(SEARCH_FOCUS_HANDLER).digest('base64')}`;

export default defineConfig({
  site: 'https://clinical-coding.example.wales',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  markdown: {
    // `## Heading {#stable-id}` gives sections ids that are the same in both languages.
    processor: satteri({ features: { headingAttributes: true, smartPunctuation: false } }),
  },
  integrations: [mdx(), contentSafety(), searchIndex()],
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy as a <meta>: Astro hashes each inline script and style.
  // Pagefind's search compiles WebAssembly, hence 'wasm-unsafe-eval'.
  security: {
    csp: {
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'", { resource: "'unsafe-hashes'", kind: 'attribute' }],
        hashes: [{ hash: /** @type {`sha256-${string}`} */ (focusHandlerHash), kind: 'attribute' }],
      },
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
