/** The GOV.UK pattern components (src/components/patterns/), their named examples rendered, and their styles, for tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml, type HTMLElement } from './html';
import { projectRoot } from './paths';
import type { Element } from '../../src/components/patterns/element';
import { toHtml } from '../../src/components/patterns/to-html';
import { backLink } from '../../src/components/patterns/back-link/back-link';
import { examples as backLinks } from '../../src/components/patterns/back-link/examples';
import { choices } from '../../src/components/patterns/choices/choices';
import { examples as choiceExamples } from '../../src/components/patterns/choices/examples';
import { errorSummary } from '../../src/components/patterns/error-summary/error-summary';
import { examples as errorSummaries } from '../../src/components/patterns/error-summary/examples';
import { notice } from '../../src/components/patterns/notice/notice';
import { examples as notices } from '../../src/components/patterns/notice/examples';
import { summaryList } from '../../src/components/patterns/summary-list/summary-list';
import { examples as summaryLists } from '../../src/components/patterns/summary-list/examples';

/** The element a tree renders to, parsed back from its HTML. */
export const rendered = (tree: Element): HTMLElement => parseHtml(toHtml(tree)).firstChild as HTMLElement;

export interface Pattern {
  name: string;
  /** Each example, by name, rendered. */
  examples: Record<string, Element>;
  css: string;
}

function pattern<P>(name: string, render: (params: P) => Element, examples: Record<string, P>): Pattern {
  return {
    name,
    examples: Object.fromEntries(Object.entries(examples).map(([example, params]) => [example, render(params)])),
    css: readFileSync(join(projectRoot, 'src/components/patterns', name, `${name}.css`), 'utf8'),
  };
}

export const patterns: Pattern[] = [
  pattern('back-link', backLink, backLinks),
  pattern('choices', choices, choiceExamples),
  pattern('error-summary', errorSummary, errorSummaries),
  pattern('notice', notice, notices),
  pattern('summary-list', summaryList, summaryLists),
];
