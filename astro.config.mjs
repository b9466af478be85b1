// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import contentCheck from './src/integrations/content-check.ts';
import hosting from './src/integrations/hosting.ts';
import searchIndex from './src/integrations/search-index.ts';
import { SECURITY_HEADERS } from './src/hosting/policy.ts';
import contentSafety from './src/integrations/content-safety.ts';
import { siteUrlFrom } from './src/lib/seo/site-url.ts';

export default defineConfig({
  // The site's address, for canonical links, the sitemap, the open data and share images: set
  // SITE_URL when building for a real host (src/hosting/README.md, "Deploying").
  site: siteUrlFrom(process.env.SITE_URL),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 2 },
  compressHTML: true,
  markdown: {
    // `## Heading {#stable-id}` gives sections ids that are the same in both languages.
    processor: satteri({ features: { headingAttributes: true, smartPunctuation: false } }),
    // The content has no code blocks; Shiki's inline styles would need 'unsafe-inline'.
    syntaxHighlight: false,
  },
  // contentCheck stops a build with broken content files before anything loads; contentSafety
  // adds the same MDX check to the compiler as a second guard. searchIndex indexes the pages;
  // hosting, last, writes each page's Content-Security-Policy and the host files (src/hosting/),
  // then checks every file in dist/ and lists them for `npm run check:dist`.
  integrations: [contentCheck(), mdx(), contentSafety(), searchIndex(), hosting()],
  devToolbar: { enabled: false },
  // `astro dev` sends the same security headers as the build's host files and `npm start`; the
  // Content-Security-Policy, which depends on the built pages, is left out in development.
  server: { headers: { ...SECURITY_HEADERS } },
  vite: {
    build: {
      // Astro would put small scripts inline itself; the build does it instead, after checking
      // that no page has an inline script it did not put there (src/hosting/inline-scripts.ts).
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro's MDX compiler marks each page module "use astro:head-inject" for itself; the
          // bundler warns that it does not keep the directive, which Astro does not need it to.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
