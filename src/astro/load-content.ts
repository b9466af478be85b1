/**
 * Loads every collection once and gives templates one typed view of the content. The content
 * check has already run (src/integrations/content-check.ts); under `astro dev` it runs again here.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Locale } from '../lib/i18n/locale';
import { isLocale } from '../lib/i18n/locale';
import { buildRoutes, checkerPages, staticPaths, SITE_OWNER, type PathwayMeta, type Route, type PageType } from '../lib/routing/routes';
import { journeyPages } from '../lib/journey/pages';
import type { Questions, Steps } from '../schemas/journey';
import type { CheckerFlow } from '../schemas/checker';
import { resolve } from 'node:path';
import { contentDirectory } from '../content-directory';
import { mergeUiStrings } from '../lib/i18n/ui-strings';
import type { PageDataInputs } from '../lib/routing/page-data';
import { translator, type Translate } from '../lib/i18n/translate';
import { locales } from '../lib/i18n/locale';
import { shareImageContent, type ShareImage } from './share-image-content';
import { ContentError } from '../lib/content-error';
import { withFacts } from '../lib/pathway/facts';
import { mapTexts } from '../lib/checker/client';
import type { Pathway } from '../schemas/pathway';
import type { Site } from '../schemas/site';
import type { GlossaryTerm } from '../schemas/glossary';
import type { SearchAlias } from '../schemas/search-aliases';
import type { Localised } from '../schemas/localised';

export type PageEntry = CollectionEntry<'pathwayPages'> | CollectionEntry<'sitePages'>;

export interface LoadedPage {
  /** The pathway's id, or SITE_OWNER for the site's own pages. */
  owner: string;
  lang: Locale;
  entry: PageEntry;
  /** Its sections (## headings and below), read once for the checks and for links to them. */
  sections: { id: string; text: string }[];
}

export interface LoadedContent {
  site: Site;
  ui: Map<string, Localised>;
  glossary: Map<string, GlossaryTerm>;
  /** Words readers type for the site's terms and sections (content/site/search-aliases.yaml), by id. */
  searchAliases: Map<string, SearchAlias>;
  pathways: Pathway[];
  pages: LoadedPage[];
  routes: Route[];
  /** Each pathway's eligibility checker flow, by pathway id (a pathway may have none). */
  checkers: Map<string, CheckerFlow>;
  /** Each pathway's step by step and questions people ask, by pathway id (a pathway may have neither). */
  steps: Map<string, Steps>;
  questions: Map<string, Questions>;
  /** The interface strings (content/site/ui/), one Translate per language. */
  translators: Record<Locale, Translate>;
  /** What every page's frame is worked out from (src/lib/routing/page-data.ts). */
  pageDataInputs: PageDataInputs;
  /** Every share image, by its path (src/astro/share-image-content.ts). */
  shareImages: Map<string, ShareImage>;
  /** The pages by owner, id and language: use findPage. */
  pagesByKey: Map<string, LoadedPage>;
}

/** "clinical-coding/pages/cy/training" → pathway "clinical-coding", "cy"; "en/glossary" → site, "en". */
function placeOf(entry: PageEntry): { owner: string; lang: Locale } {
  const parts = entry.id.split('/');
  const owner = entry.collection === 'sitePages' ? SITE_OWNER : parts[0]!;
  const lang = entry.collection === 'sitePages' ? parts[0] : parts[2];
  if (!isLocale(lang)) {
    throw new ContentError([`${entry.filePath}: folder: "${lang}" is not a language of this site (use en or cy)`]);
  }
  return { owner, lang };
}

export function pathwayMeta(pathway: Pathway): PathwayMeta {
  return { id: pathway.id, slug: pathway.slug, pages: pathway.pages };
}

async function load(): Promise<LoadedContent> {
  // The content check (src/validation/check-content.ts) ran before the build; under `astro dev`
  // content changes under the running server, so it runs again on each load.
  if (import.meta.env.MODE === 'development') {
    const { checkContent } = await import('../validation/check-content');
    const problems = checkContent(resolve(contentDirectory()), process.cwd());
    if (problems.length) throw new ContentError(problems);
  }
  const [
    siteEntries,
    uiEntries,
    glossaryEntries,
    pathwayEntries,
    pathwayPages,
    sitePages,
    checkerEntries,
    stepsEntries,
    questionsEntries,
    aliasEntries,
  ] = await Promise.all([
    getCollection('site'),
    getCollection('ui'),
    getCollection('glossary'),
    getCollection('pathways'),
    getCollection('pathwayPages'),
    getCollection('sitePages'),
    getCollection('checkers'),
    getCollection('steps'),
    getCollection('questions'),
    getCollection('searchAliases'),
  ]);
  const site = siteEntries[0]?.data;
  if (!site) throw new ContentError(['content/site/site.yaml: file: is missing']);

  const pages: LoadedPage[] = await Promise.all(
    [...sitePages, ...pathwayPages].map(async (entry) => {
      const place = placeOf(entry);
      const { headings } = await render(entry);
      return { ...place, entry, sections: headings.filter((h) => h.depth >= 2).map((h) => ({ id: h.slug, text: h.text })) };
    }),
  );

  const pathways = pathwayEntries.map((entry) => entry.data);
  const ui = mergeUiStrings(uiEntries.map((entry) => ({ file: entry.filePath ?? entry.id, strings: entry.data })));
  const translators = Object.fromEntries(locales.map((lang) => [lang, translator(ui, lang)])) as Record<Locale, Translate>;
  const steps = new Map(stepsEntries.map((entry) => [entry.id, entry.data]));
  const questions = new Map(questionsEntries.map((entry) => [entry.id, entry.data]));
  const routes = buildRoutes(
    [
      ...pages.map(({ owner, lang, entry }) => ({
        owner,
        lang,
        id: entry.data.id,
        slug: entry.data.slug,
        title: entry.data.title,
        navTitle: entry.data.navTitle,
      })),
      ...checkerEntries.flatMap((entry) => checkerPages(entry.id, entry.data)),
      ...pathways.flatMap((pathway) =>
        journeyPages(pathway, { steps: steps.get(pathway.id), questions: questions.get(pathway.id) }, translators),
      ),
    ],
    pathways.map(pathwayMeta),
  );
  const content: Omit<LoadedContent, 'shareImages'> = {
    site,
    ui,
    glossary: new Map(glossaryEntries.map((entry) => [entry.id, entry.data])),
    searchAliases: new Map(aliasEntries.map((entry) => [entry.id, entry.data])),
    pathways,
    pages,
    routes,
    // The checker's texts may name the pathway's facts ({minimumCredits@4}), as steps and questions do.
    checkers: new Map(
      checkerEntries.map((entry) => [entry.id, flowWithFacts(entry.data, pathways.find((p) => p.id === entry.id)!, translators)]),
    ),
    steps,
    questions,
    translators,
    // Made once, not once per page: with many pathways, per-page copies of every pathway (or a
    // scan of every page) make the build grow with the square of the pathways.
    pageDataInputs: {
      routes,
      pathways: pathways.map((pathway) => ({ ...pathwayMeta(pathway), revisionDate: pathway.revisionDate })),
      siteLastReviewed: site.lastReviewed,
    },
    pagesByKey: new Map(pages.map((page) => [pageKey(page.owner, page.entry.data.id, page.lang), page])),
  };
  return { ...content, shareImages: new Map(shareImageContent(content).map((image) => [image.path, image])) };
}

/** A flow with every fact placeholder in its texts filled from its pathway, in each language (the content check proved each one fills). */
function flowWithFacts(flow: CheckerFlow, pathway: Pathway, translators: Record<Locale, Translate>): CheckerFlow {
  return mapTexts(flow, (text, lang) => withFacts(text, pathway, lang, translators[lang].template));
}

let cached: Promise<LoadedContent> | undefined;
export function loadContent(): Promise<LoadedContent> {
  cached ??= load();
  return cached;
}

/** What a page file's getStaticPaths returns: every route of one type of page, with its params. */
export async function pathsFor(pageType: PageType) {
  return staticPaths((await loadContent()).routes, pageType);
}

const pageKey = (owner: string, id: string, lang: Locale) => `${owner}\u0000${id}\u0000${lang}`;

export function findPage(content: LoadedContent, owner: string, id: string, lang: Locale): LoadedPage | undefined {
  return content.pagesByKey.get(pageKey(owner, id, lang));
}
