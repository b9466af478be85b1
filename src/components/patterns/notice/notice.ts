/** Something the reader should know before the rest of the page: a region named by its heading. */
import { h, type Attrs, type ChildInput, type Element } from '../element';

export interface NoticeParams {
  /** Unique on the page: the heading's id is `<id>-heading`. */
  id: string;
  title: string;
  content: ChildInput[];
  attrs?: Attrs;
}

export function notice({ id, title, content, attrs }: NoticeParams): Element {
  const headingId = `${id}-heading`;
  return h('div', { ...attrs, class: 'notice', role: 'region', 'aria-labelledby': headingId }, h('h2', { id: headingId }, title), content);
}
