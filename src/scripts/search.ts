/**
 * The search script: wires the DOM to pagefind and to the pure logic in src/lib/search.ts.
 * Loaded by the search page only: content pages run no script.
 * Everything from the query, the URL or the index is written as text nodes, never as HTML; the
 * query, cleaned of control characters, is shown only inside a <bdi> of its own.
 */
import {
  PAGEFIND_URL, PATHWAY_PARAM, buildExcerpt, cleanQuery, contentWords, matchForms, matchPositions,
  bestSections, hasEveryWord, pathwayFromSearch, queryFromSearch, type PageAnchor, type PageSection, queryVariants, resultStatus, searchPageUrl, type Excerpt,
} from '../lib/search';
import type { Piece } from '../lib/template';
import { isSitePath } from '../lib/same-site';
import { translatorFrom, type Strings, type Translate } from '../lib/translate';
import { defaultLocale, locales, type Locale } from '../lib/locale';

interface PagefindData {
  url: string; content: string; meta: { title?: string; pathway?: string }; locations: number[];
  anchors: PageAnchor[]; sub_results: PageSection[];
}
interface PagefindResult { id: string; score: number; data: () => Promise<PagefindData> }
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, options?: { filters: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 20;
const DEBOUNCE_MS = 250;

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pf) => {
    // A site this size searches in a few milliseconds: the web worker would cost another 12 KB.
    await pf.options({ noWorker: true });
    await pf.init();
    return pf;
  });
  return pagefindPromise;
}

const lang: Locale = locales.find((locale) => document.documentElement.lang.toLowerCase().startsWith(locale)) ?? defaultLocale;

/** Runs every variant of the query (Welsh mutations) and merges the results, best score first. */
async function runSearch(pf: Pagefind, query: string, pathway: string): Promise<PagefindResult[]> {
  const merged = new Map<string, PagefindResult>();
  for (const variant of queryVariants(query, lang)) {
    const found = await pf.search(variant, pathway ? { filters: { [PATHWAY_PARAM]: pathway } } : undefined);
    for (const result of found?.results ?? []) {
      const known = merged.get(result.id);
      if (!known || known.score < result.score) merged.set(result.id, result);
    }
  }
  return [...merged.values()].sort((a, b) => b.score - a.score).slice(0, MAX_RESULTS);
}

function excerptElement(excerpt: Excerpt): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'search-excerpt';
  if (excerpt.before) p.append('… ');
  for (const segment of excerpt.segments) {
    if (segment.mark) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      p.append(mark);
    } else p.append(segment.text);
  }
  if (excerpt.after) p.append(' …');
  return p;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

/** A result whose address leads off the site (a tampered index) is not shown. */
function renderResult(data: PagefindData, query: string, t: Translate): HTMLLIElement | undefined {
  if (!isSitePath(data.url)) return undefined;
  const words = contentWords(data.content);
  const forms = matchForms(query, lang);
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  heading.append(link(data.url, data.meta.title ?? data.url));
  item.append(heading);
  if (data.meta.pathway) {
    const from = document.createElement('p');
    from.className = 'search-result-pathway';
    from.textContent = t('search-result-pathway', { pathway: data.meta.pathway });
    item.append(from);
  }

  const sections = bestSections(words, forms, data.anchors, data.sub_results);

  if (sections.length === 0) {
    item.append(excerptElement(buildExcerpt(words, matchPositions(words, forms, data.locations))));
    return item;
  }
  const list = document.createElement('ul');
  list.className = 'search-sections';
  list.setAttribute('aria-label', t('search-sections'));
  for (const { section: sub, start, end, positions } of sections) {
    if (!isSitePath(sub.url)) continue;
    const entry = document.createElement('li');
    entry.append(link(sub.url, sub.title), excerptElement(buildExcerpt(words, positions, 24, start, end)));
    list.append(entry);
  }
  item.append(list);
  return item;
}

/** Writes pieces of text, each isolated piece (the reader's query) in a <bdi>. */
function textWithIsolates(pieces: Piece[]): (string | HTMLElement)[] {
  return pieces.map((piece) => {
    if (!piece.isolate) return piece.text;
    const bdi = document.createElement('bdi');
    bdi.textContent = piece.text;
    return bdi;
  });
}

/** The page's own path, from its canonical link: never `location.pathname`, which may be "//cy/chwilio/". */
const pagePath = new URL(document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href).pathname;

function mountSearchPage(root: HTMLElement): void {
  const t = translatorFrom(JSON.parse(root.dataset.strings ?? '{}') as Strings);
  const form = root.querySelector<HTMLFormElement>('[data-search-page-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const results = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const suggestion = root.querySelector<HTMLElement>('[data-search-suggestion]')!;
  const filter = form.querySelector<HTMLSelectElement>('[data-search-filter]');
  const pathway = () => filter?.value ?? '';
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** A fixed message (no placeholders) in the status line. */
  const say = (key: string) => {
    status.textContent = t(key);
  };

  const show = async (query: string) => {
    const id = ++latest;
    history.replaceState(null, '', searchPageUrl(pagePath, query, pathway()));
    if (!query) {
      delete root.dataset.searched;
      status.textContent = '';
      results.replaceChildren();
      results.hidden = true;
      suggestion.hidden = true;
      return;
    }
    say('search-loading');
    try {
      const pf = await loadPagefind();
      const found = await runSearch(pf, query, pathway());
      const all = await Promise.all(found.map((result) => result.data()));
      const data = lang === 'cy' ? all.filter((page) => hasEveryWord(page.content, query)) : all;
      if (id !== latest) return;
      const items = data.map((page) => renderResult(page, query, t)).filter((item) => item !== undefined);
      results.replaceChildren(...items);
      results.hidden = items.length === 0;
      suggestion.hidden = items.length > 0;
      status.replaceChildren(...textWithIsolates(resultStatus(t.template, lang, items.length, query)));
      root.dataset.searchedPathway = pathway();
      root.dataset.searched = query;
    } catch (error) {
      if (id !== latest) return;
      console.error(error);
      results.replaceChildren();
      results.hidden = true;
      suggestion.hidden = false;
      say('search-error');
      root.dataset.searched = query;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const query = cleanQuery(input.value);
    void show(query).then(() => {
      if (!query) say('search-empty');
    });
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void show(cleanQuery(input.value)), DEBOUNCE_MS);
  });
  filter?.addEventListener('change', () => {
    clearTimeout(timer);
    void show(cleanQuery(input.value));
  });
  if (filter) filter.value = pathwayFromSearch(location.search, [...filter.options].map((option) => option.value));
  const initial = queryFromSearch(location.search);
  input.value = initial;
  // An empty or blank ?q= is no query: show() with "" also takes it out of the address.
  if (initial || location.search) void show(initial);
}

const page = document.querySelector<HTMLElement>('[data-search-page]');
if (page) mountSearchPage(page);
