// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

export default defineConfig({
  site: 'https://clinical-coding.example.wales',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  markdown: {
    // `## Heading {#stable-id}` gives sections ids that are the same in both languages.
    processor: satteri({ features: { headingAttributes: true, smartPunctuation: false } }),
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy as a <meta>: Astro hashes each inline script and style.
  // Pagefind's search compiles WebAssembly, hence 'wasm-unsafe-eval'.
  security: {
    csp: {
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
