import type { Locale } from './locale';
import type { Route } from './routes';
import type { SiteContent } from './site';
import type { Translate } from './translate';
import type { Pathway } from '../schemas/pathway';

/** What a component inside MDX needs to know about the page it is on. */
export interface PageContext {
  lang: Locale;
  t: Translate;
  content: SiteContent;
  route: Route;
  /** The file being rendered, so a component's error can name it. */
  file: string;
  /** The pathway the page belongs to, or the site's only pathway on site pages. */
  pathway: Pathway;
}

export function pageContext(locals: App.Locals, component: string): PageContext {
  if (!locals.page) throw new Error(`<${component}> was used outside a content page`);
  return locals.page;
}
