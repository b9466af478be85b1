/**
 * The browser side of tests/browser/patterns.test.ts: draws each example tree (from the page's
 * JSON) with the same toDom and behaviours the checker uses.
 */
import type { Element } from '../../src/components/patterns/element';
import { toDom } from '../../src/components/patterns/to-dom';
import { wireExclusiveChoices } from '../../src/components/patterns/choices/behaviour';
import { wireErrorSummaries } from '../../src/components/patterns/error-summary/behaviour';

const trees = JSON.parse(document.getElementById('examples')!.textContent!) as Element[];
trees.forEach((tree, index) => {
  document.querySelector(`[data-example="${index}"]`)!.append(toDom(tree));
});
const main = document.querySelector('main')!;
wireExclusiveChoices(main);
wireErrorSummaries(main);
