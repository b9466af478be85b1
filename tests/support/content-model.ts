/**
 * The content as data, read straight from content/ without Astro: pathways, page frontmatter,
 * interface strings and the routes the site must have. Built-output tests compare dist/ with
 * this, so they follow the content as it changes instead of copying its text.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildRoutes, checkerPages, SITE_GROUP, type PageMeta, type Route } from '../../src/lib/routes';
import { pathwaySchema, type Pathway } from '../../src/schemas/pathway';
import type { Localized } from '../../src/schemas/localized';
import { isLocale, type Locale } from '../../src/lib/locale';
import { translator, type Translate } from '../../src/lib/translate';
import { contentDir } from './fixtures';

function frontmatter(file: string): Record<string, string> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: no frontmatter`);
  return parse(match[1]!) as Record<string, string>;
}

function pagesIn(dir: string, group: string): PageMeta[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter(isLocale).flatMap((lang) =>
    readdirSync(join(dir, lang))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const data = frontmatter(join(dir, lang, name));
        return { group, lang, id: data.id!, slug: data.slug, title: data.title!, navTitle: data.navTitle };
      }),
  );
}

export interface ContentModel {
  pathways: Pathway[];
  pages: PageMeta[];
  routes: Route[];
  ui: Map<string, Localized>;
  t: Record<Locale, Translate>;
}

let cached: ContentModel | undefined;

export function contentModel(root = contentDir): ContentModel {
  if (cached && root === contentDir) return cached;
  const pathwayIds = readdirSync(join(root, 'pathways'));
  const pathways = pathwayIds.map((id) => pathwaySchema.parse(parse(readFileSync(join(root, 'pathways', id, 'pathway.yaml'), 'utf8'))));
  const pages = [
    ...pagesIn(join(root, 'site', 'pages'), SITE_GROUP),
    ...pathwayIds.flatMap((id) => pagesIn(join(root, 'pathways', id, 'pages'), id)),
    // A pathway's eligibility checker, where it has one, is a page of its own in each language.
    ...pathwayIds
      .filter((id) => existsSync(join(root, 'pathways', id, 'checker.yaml')))
      .flatMap((id) => checkerPages(id, parse(readFileSync(join(root, 'pathways', id, 'checker.yaml'), 'utf8')))),
  ];
  const ui = new Map<string, Localized>();
  for (const name of readdirSync(join(root, 'site', 'ui')).filter((n) => n.endsWith('.yaml'))) {
    for (const [key, value] of Object.entries(parse(readFileSync(join(root, 'site', 'ui', name), 'utf8')) as Record<string, Localized>)) ui.set(key, value);
  }
  const model: ContentModel = {
    pathways,
    pages,
    routes: buildRoutes(pages, pathways.map((p) => ({ id: p.id, slug: p.slug, pages: p.pages }))),
    ui,
    t: { en: translator(ui, 'en'), cy: translator(ui, 'cy') },
  };
  if (root === contentDir) cached = model;
  return model;
}
