/**
 * Parses and compiles Markdown and MDX the way the build does (Sätteri, with the features set in
 * astro.config.mjs), for the content-safety tests.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { markdownToMdast, mdxToJs, mdxToMdast, type Features } from 'satteri';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import astroConfig from '../../astro.config.mjs';
import { findUnsafeContent, type ContentProblem } from '../../src/mdx/unsafe-content';
import { rejectUnsafeContent, UnsafeContentError } from '../../src/mdx/reject-unsafe-content';
import { projectRoot } from './paths';

const processor = astroConfig.markdown?.processor;
if (!processor || !isSatteriProcessor(processor)) throw new Error('astro.config.mjs: markdown.processor is not satteri(…)');
// Astro turns smart punctuation on unless the config says otherwise (it says off).
const { smartPunctuation = true, ...configured } = processor.options.features;
const features: Features = { ...configured, smartPunctuation };

export const problemsInMdx = (source: string): ContentProblem[] => findUnsafeContent(mdxToMdast(source, { features }), source);
export const problemsInMarkdown = (source: string): ContentProblem[] => findUnsafeContent(markdownToMdast(source, { features }), source);

/** Compiles an MDX file with the check the build runs; the error that stops it, or undefined. */
export function compileError(file: string): Promise<UnsafeContentError | undefined> {
  return compileSourceError(readFileSync(file, 'utf8'), file);
}

/** Compiles MDX text as the file `file` (which the messages name) with the check the build runs; the error that stops it, or undefined. */
export async function compileSourceError(source: string, file: string): Promise<UnsafeContentError | undefined> {
  try {
    await mdxToJs(source, { mdastPlugins: [rejectUnsafeContent(projectRoot)], features, fileURL: pathToFileURL(file) });
    return undefined;
  } catch (error) {
    if (error instanceof UnsafeContentError) return error;
    throw error;
  }
}
