/**
 * The checks that span files (src/validation/cross-file.ts) on pages written in a test: each
 * page's component uses are read from its body as the content check reads them (src/mdx/page-outline.ts).
 */
import { crossFileProblems, type ContentSources, type PageSource } from '../../src/validation/cross-file';
import { pageOutline } from '../../src/mdx/page-outline';

export type TestPage = Omit<PageSource, 'uses'> & { uses?: PageSource['uses'] };

export function checkAcrossFiles(sources: Omit<ContentSources, 'pages'> & { pages: TestPage[] }): string[] {
  const pages = sources.pages.map((page) => {
    const { uses } = pageOutline(page.body);
    const bodyLine = page.bodyLine ?? 1;
    return { ...page, uses: uses.map((use) => ({ ...use, line: use.line + bodyLine - 1, bodyOffset: use.offset })) };
  });
  return crossFileProblems({ ...sources, pages });
}
