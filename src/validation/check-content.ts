/**
 * The content check: every rule content must keep, in one call. The files the build may publish
 * (./project-files.ts), site-wide words (./site-wide-words.ts), each content file against its
 * schema and the MDX safety rules (./check-content-files.ts, src/mdx/), then, once every file is
 * sound on its own, the checks that span files (./cross-file.ts). Run by the content-check
 * integration before Astro loads anything, and by src/astro/load-content.ts under `astro dev`,
 * where content changes under a running server. Every problem is named once, with its file and,
 * where it has one, its line and column.
 */
import type { Features } from 'satteri';
import { unsafeContentInMdx } from '../mdx/check-source';
import { readContentFiles } from './check-content-files';
import { contentSources } from './content-sources';
import { crossFileProblems } from './cross-file';
import { projectFileProblems } from './project-files';
import { siteWideWordProblems } from './site-wide-words';

/** How the build's compiler reads MDX (astro.config.mjs), for a check run outside Astro. */
export const BUILD_MDX_FEATURES: Features = { headingAttributes: true, smartPunctuation: false };

/** Every problem of the content folder `contentDir` and of `root`'s public/, files named relative to `root`. */
export function checkContent(contentDir: string, root: string, features: Features = BUILD_MDX_FEATURES): string[] {
  const read = readContentFiles(contentDir, root, { unsafeMdx: (source, rules) => unsafeContentInMdx(source, features, rules) });
  const problems = [...projectFileProblems(root, contentDir), ...siteWideWordProblems(contentDir, root), ...read.problems];
  // A file with problems of its own has no data to compare: its neighbours would be blamed for it.
  if (problems.length) return problems;
  const gathered = contentSources(read.files, features);
  return [...new Set([...gathered.problems, ...crossFileProblems(gathered.sources)])];
}
