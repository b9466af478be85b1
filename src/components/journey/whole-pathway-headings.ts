/**
 * The heading elements of one page of the pathway as the whole-pathway page draws them: a level
 * down (the page's title is the h2) and with ids prefixed by the page's id, so two pages' sections
 * of the same name stay apart. MDX calls these for `##` … `#####`.
 */
import { jsx } from 'astro/jsx-runtime';
import { demotedDepth, wholePathwayId } from '../../lib/journey/whole-pathway';

interface HeadingProps {
  id?: string;
  children?: unknown;
}

export function wholePathwayHeadings(pageId: string) {
  const heading = (depth: number) => (props: HeadingProps) =>
    jsx(`h${demotedDepth(depth)}`, { id: props.id ? wholePathwayId(pageId, props.id) : undefined, children: props.children });
  return { h2: heading(2), h3: heading(3), h4: heading(4), h5: heading(5) };
}
