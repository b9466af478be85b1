/**
 * The built pages grouped by type (landing, not found, home, search, each other site page,
 * pathway overview, pathway page, checker), each in its language, worked out from the built
 * files and the content's slugs, so the benchmark reports and holds budgets per type.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { htmlFiles, urlOf } from '../hosting/dist-files.ts';
import { WHOLE_PATHWAY_TYPE } from './budgets.ts';

export type Lang = 'en' | 'cy' | 'both';

/** The types of page the site has, in the order a reader meets them (the benchmark reports them so). */
export const PAGE_TYPES = [
  'landing',
  'home',
  'pathway overview',
  'pathway page',
  'step by step',
  'questions',
  WHOLE_PATHWAY_TYPE,
  'checker',
  'glossary',
  'accessibility',
  'search',
  'not found',
];

export interface TypedPage {
  type: string;
  lang: Lang;
  url: string;
}

const frontMatter = (file: string) =>
  parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '') as { id: string; slug?: string };

/** The journey pages, known by the markup only they have (their slugs are interface strings). */
function journeyPageType(html: string): string | undefined {
  if (html.includes('class="prose whole-pathway"')) return WHOLE_PATHWAY_TYPE;
  if (html.includes('class="step-nav"')) return 'step by step';
  if (html.includes('class="questions-sources"')) return 'questions';
  return undefined;
}

/** Every built page with its type. `content` is the content directory the site was built from. */
export function typedPages(dist: string, content: string): TypedPage[] {
  const siteTypes = new Map<string, string>();
  for (const lang of ['en', 'cy']) {
    const dir = join(content, 'site', 'pages', lang);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
      const { id, slug } = frontMatter(join(dir, name));
      siteTypes.set(id === 'home' ? `/${lang}/` : `/${lang}/${slug ?? id}/`, id);
    }
  }
  const pathwayOf = new Map<string, { checker: string | undefined }>();
  const pathwaysDir = join(content, 'pathways');
  for (const id of readdirSync(pathwaysDir)) {
    const pathway = parse(readFileSync(join(pathwaysDir, id, 'pathway.yaml'), 'utf8')) as { slug: Record<string, string> };
    const checkerFile = join(pathwaysDir, id, 'checker.yaml');
    const checker = existsSync(checkerFile) ? (parse(readFileSync(checkerFile, 'utf8')) as { slug: Record<string, string> }) : undefined;
    for (const lang of ['en', 'cy'])
      pathwayOf.set(`/${lang}/${pathway.slug[lang]}/`, { checker: checker && `/${lang}/${pathway.slug[lang]}/${checker.slug[lang]}/` });
  }

  return htmlFiles(dist).map((file) => {
    const url = urlOf(file);
    const segments = url.split('/').filter(Boolean);
    const lang: Lang = segments[0] === 'en' || segments[0] === 'cy' ? segments[0] : 'both';
    if (url === '/') return { type: 'landing', lang, url };
    if (url.endsWith('404.html')) return { type: 'not found', lang, url };
    const site = siteTypes.get(url);
    if (site) return { type: site, lang, url };
    const pathwayUrl = `/${segments[0]}/${segments[1]}/`;
    const pathway = pathwayOf.get(pathwayUrl);
    if (pathway && url === pathwayUrl) return { type: 'pathway overview', lang, url };
    if (pathway && url === pathway.checker) return { type: 'checker', lang, url };
    if (pathway) return { type: journeyPageType(readFileSync(join(dist, file), 'utf8')) ?? 'pathway page', lang, url };
    return { type: 'other', lang, url };
  });
}
