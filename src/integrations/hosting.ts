/**
 * Runs src/hosting/secure-build.ts when `astro build` has written the pages: per-page
 * Content-Security-Policy, the language "page not found" pages, and the host files.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { secureBuild } from '../hosting/secure-build.ts';

export default function hosting(): AstroIntegration {
  return {
    name: 'hosting',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const report = secureBuild(fileURLToPath(dir));
        logger.info(`${report.pages} pages given their own Content-Security-Policy; wrote ${report.hostFiles.join(', ')}`);
      },
    },
  };
}
