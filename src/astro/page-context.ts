/**
 * A page's context: everything about the page being built that its frame and components need,
 * worked out once per page by its page file (`openPage`) and read by every component through
 * `pageContext(Astro.locals, …)`, as Starlight's components read `Astro.locals.starlightRoute`.
 */
import { ContentError } from '../lib/content-error';
import { otherLocale, type Locale } from '../lib/i18n/locale';
import { pageData, type PageData } from '../lib/routing/page-data';
import type { Route } from '../lib/routing/routes';
import type { Translate } from '../lib/i18n/translate';
import type { Pathway, PathwayLevel } from '../schemas/pathway';
import { levelOf } from '../lib/pathway/facts';
import { findPage, loadContent, type LoadedContent, type LoadedPage } from './load-content';

export interface PageContext {
  route: Route;
  lang: Locale;
  t: Translate;
  /** The other language's name in that language ("Cymraeg" on English pages), for the language toggle. */
  otherLanguageName: string;
  /** The pathway the page belongs to; a site page belongs to none. */
  pathway: Pathway | undefined;
  /** The frame's data: the page's language versions, header links, breadcrumbs, its pathway's pages (src/lib/routing/page-data.ts). */
  frame: PageData;
  content: LoadedContent;
  /** The MDX page the route renders; none for the checker, the journey pages and the whole pathway. */
  page: LoadedPage | undefined;
  /** The file (or folder) being rendered, so a component's error can name it. */
  file: string;
  /** How many times each glossary term's definition is on the page so far (src/lib/term-ids.ts). */
  termUses: Map<string, number>;
}

/** What every single-language page file's getStaticPaths gives each page (src/astro/load-content.ts: pathsFor). */
export interface RouteProps {
  route: Route;
}

/** Works out the context of the page a page file is building and makes it the page's, for every component on it. */
export async function openPage(astro: { props: RouteProps; locals: App.Locals }): Promise<PageContext> {
  const { route } = astro.props;
  const { lang } = route;
  const content = await loadContent();
  const pathway = content.pathways.find((p) => p.id === route.owner);
  const page = route.pageType === 'page' ? findPage(content, route.owner, route.pageId, lang) : undefined;
  const context: PageContext = {
    route,
    lang,
    t: content.translators[lang],
    otherLanguageName: content.translators[otherLocale(lang)]('language-name-self'),
    pathway,
    frame: pageData(content.pageDataInputs, route),
    content,
    page,
    // Of the pages without MDX of their own, only the whole pathway renders MDX: every page of the
    // pathway's, each of which has rendered on its own first, so that its errors name its file.
    file: page ? (page.entry.filePath ?? page.entry.id) : `content/pathways/${route.owner}/pages/${lang}`,
    termUses: new Map(),
  };
  astro.locals.pageContext = context;
  return context;
}

/** The context of the page `component` is on; a component on no page (or on a bilingual page) is an error. */
export function pageContext(locals: App.Locals, component: string): PageContext {
  if (!locals.pageContext)
    throw new Error(
      `<${component}> was used outside a single-language page: only a page file that calls openPage (src/astro/page-context.ts) gives one`,
    );
  return locals.pageContext;
}

/** For a component that shows a pathway's facts: a site page, which belongs to no pathway, is an error. */
export function pathwayPageContext(locals: App.Locals, component: string): PageContext & { pathway: Pathway } {
  const context = pageContext(locals, component);
  if (!context.pathway) {
    throw new ContentError([
      `${context.file}: body: <${component}> shows a pathway's facts, but this is a site page, which belongs to no pathway`,
    ]);
  }
  return { ...context, pathway: context.pathway };
}

/**
 * The level a component in MDX shows (`<QualificationTable level="4" />`): the one named, or the
 * pathway's only level. Naming none where there are several, or one the pathway has not, stops
 * the build naming the file.
 */
export function levelContext(
  locals: App.Locals,
  component: string,
  level: string | number | undefined,
): PageContext & { pathway: Pathway; level: PathwayLevel } {
  const context = pathwayPageContext(locals, component);
  try {
    return { ...context, level: levelOf(context.pathway, level === undefined ? undefined : Number(level), `<${component}>`) };
  } catch (error) {
    throw new ContentError([`${context.file}: body: ${(error as Error).message}`]);
  }
}
