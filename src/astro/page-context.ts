import { ContentError } from '../lib/content-error';
import type { Locale } from '../lib/i18n/locale';
import type { Route } from '../lib/routes';
import type { LoadedContent } from './load-content';
import type { Translate } from '../lib/translate';
import type { Pathway, PathwayLevel } from '../schemas/pathway';
import { levelOf } from '../lib/pathway/facts';

/** What a component inside MDX needs to know about the page it is on. */
export interface PageContext {
  lang: Locale;
  t: Translate;
  content: LoadedContent;
  route: Route;
  /** The file being rendered, so a component's error can name it. */
  file: string;
  /** The pathway the page belongs to; a site page belongs to none. */
  pathway: Pathway | undefined;
}

export function pageContext(locals: App.Locals, component: string): PageContext {
  if (!locals.page) throw new Error(`<${component}> was used outside a content page`);
  return locals.page;
}

/** For a component that shows a pathway's facts: a site page, which belongs to no pathway, is an error. */
export function pathwayPageContext(locals: App.Locals, component: string): PageContext & { pathway: Pathway } {
  const context = pageContext(locals, component);
  if (!context.pathway) {
    throw new ContentError([`${context.file}: body: <${component}> shows a pathway's facts, but this is a site page, which belongs to no pathway`]);
  }
  return { ...context, pathway: context.pathway };
}

/**
 * The level a component in MDX shows (`<QualificationTable level="4" />`): the one named, or the
 * pathway's only level. Naming none where there are several, or one the pathway has not, stops
 * the build naming the file.
 */
export function levelContext(locals: App.Locals, component: string, level: string | number | undefined): PageContext & { pathway: Pathway; level: PathwayLevel } {
  const context = pathwayPageContext(locals, component);
  try {
    return { ...context, level: levelOf(context.pathway, level === undefined ? undefined : Number(level), `<${component}>`) };
  } catch (error) {
    throw new ContentError([`${context.file}: body: ${(error as Error).message}`]);
  }
}
