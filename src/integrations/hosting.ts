/**
 * The build's last step (src/hosting/), after everything else has written to dist/ (put it last,
 * after the search index): the language "page not found" pages, each page's own
 * Content-Security-Policy, the host files; then every file in dist/ checked, and the list of them
 * written for `npm run check:dist`, with what the content still lacks before the site may be
 * published (src/hosting/readiness.ts).
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { routeFilesAfterMove, secureBuild } from '../hosting/secure-build.ts';
import { INVENTORY_FILE, takeInventory } from '../hosting/inventory.ts';
import { notReadyToDeploy, siteContactIn } from '../hosting/readiness.ts';
import { contentDirectory } from '../content-directory.ts';

/** The files Astro wrote for routes, relative to `dist`, with the "page not found" pages where they end up. */
function routeFiles(dist: string, assets: Map<string, URL[]>): Set<string> {
  const written = [...assets.values()].flat().map((url) => relative(dist, fileURLToPath(url)).split(sep).join('/'));
  return routeFilesAfterMove(written);
}

export default function hosting(): AstroIntegration {
  let siteUrl = '';
  return {
    name: 'hosting',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteUrl = config.site ?? '';
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const dist = fileURLToPath(dir);
        const routes = routeFiles(dist, assets);
        const report = secureBuild(dist, routes);
        logger.info(`${report.pages} pages given their own Content-Security-Policy; wrote ${report.hostFiles.join(', ')}`);
        const unfinished = notReadyToDeploy({ contact: siteContactIn(contentDirectory()), siteUrl });
        const { inventory: list, problems } = takeInventory(dist, routes, unfinished);
        if (problems.length) throw new Error(`dist/ holds files the build may not publish:\n  - ${problems.join('\n  - ')}`);
        writeFileSync(join(dist, INVENTORY_FILE), `${JSON.stringify(list, null, 1)}\n`);
        logger.info(`${Object.keys(list.files).length} files checked and listed in ${INVENTORY_FILE}`);
        // Said, not warned: a build of unfinished content is what the tests build; check:dist refuses it.
        for (const item of unfinished) logger.info(`not ready to deploy: ${item}`);
      },
    },
  };
}
