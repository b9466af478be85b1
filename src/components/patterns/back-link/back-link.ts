/** A link back to the previous step, at the top of the page (GOV.UK "back link"). */
import { h, type Attrs, type Element } from '../element';

export interface BackLinkParams {
  href: string;
  text: string;
  /** More attributes for the link (the checker marks the links it follows itself). */
  attrs?: Attrs;
}

export function backLink({ href, text, attrs }: BackLinkParams): Element {
  return h('a', { ...attrs, href, class: 'back-link' }, text);
}
