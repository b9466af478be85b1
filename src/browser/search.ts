/**
 * The search script: wires the DOM to pagefind and to the pure logic in src/lib/search/.
 * Loaded by the search page only: content pages run no script. It fetches the excerpts (pagefind
 * fragments) of the first five results, and the rest when the reader presses "Show more results".
 * Everything from the query, the URL or the index is written as text nodes, never as HTML; the
 * query, cleaned of control characters, is shown only inside a <bdi> of its own.
 */
import {
  cleanQuery,
  exactQueries,
  matchForms,
  pathwayFromSearch,
  queryCandidates,
  queryFromSearch,
  queryVariants,
  searchPageUrl,
} from '../lib/search/query';
import {
  buildExcerpt,
  contentWords,
  matchPositions,
  nextBatch,
  bestSections,
  rankResults,
  resultStatus,
  type PageAnchor,
  type PageSection,
  type Excerpt,
} from '../lib/search/results';
import { PAGEFIND_URL, PATHWAY_PARAM } from '../lib/search/pagefind';
import type { Piece } from '../lib/i18n/template';
import { isSitePath } from '../lib/routing/same-site';
import { translatorFrom, type Strings, type Translate } from '../lib/i18n/translate';
import { defaultLocale, locales, type Locale } from '../lib/i18n/locale';

interface PagefindData {
  url: string;
  content: string;
  meta: { title?: string; pathway?: string };
  locations: number[];
  anchors: PageAnchor[];
  sub_results: PageSection[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
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

/** The forms the index holds (as a word or the start of one): searching each costs no fetch its query would not make. */
async function knownForms(pf: Pagefind, forms: string[]): Promise<Set<string>> {
  const known = new Set<string>();
  for (const form of forms) if ((await pf.search(form))?.results.length) known.add(form);
  return known;
}

/**
 * Runs every variant of the query (Welsh: the radical forms the index holds), and the query as
 * typed, its words together (exactQueries), and ranks the results (rankResults). Fetches no
 * excerpt: result.data() does.
 */
async function runSearch(pf: Pagefind, query: string, pathway: string): Promise<PagefindResult[]> {
  const options = pathway ? { filters: { [PATHWAY_PARAM]: pathway } } : undefined;
  const known = lang === 'cy' ? await knownForms(pf, queryCandidates(query, lang)) : undefined;
  const found: PagefindResult[][] = [];
  for (const variant of queryVariants(query, lang, known)) found.push((await pf.search(variant, options))?.results ?? []);
  const exact = new Set<string>();
  for (const phrase of exactQueries(query, lang, known))
    for (const result of (await pf.search(phrase, options))?.results ?? []) exact.add(result.id);
  return rankResults(found, exact, MAX_RESULTS);
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
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const suggestion = root.querySelector<HTMLElement>('[data-search-suggestion]')!;
  const filter = form.querySelector<HTMLSelectElement>('[data-search-filter]');
  const pathway = () => filter?.value ?? '';
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The search whose results are on the page, and how many of them are shown or left out (an address off the site). */
  let current: { id: number; query: string; found: PagefindResult[]; done: number; dropped: number; expanded: boolean } | undefined;
  /** A fixed message (no placeholders) in the status line. */
  const say = (key: string) => {
    status.textContent = t(key);
  };
  const failed = (error: unknown) => {
    console.error(error);
    results.replaceChildren();
    results.hidden = true;
    more.hidden = true;
    suggestion.hidden = false;
    say('search-error');
  };

  /**
   * Fetches the excerpts of the next results (nextBatch: the first five, then all the rest) and
   * shows them. A result that leads off the site is left out, and the next fetched in its place,
   * so that some are shown while any are left. The first batch takes the place of the results of
   * the search before. The count line says how many there are, and once the reader has asked for
   * more (`search.expanded`), that all are shown. Returns the items added, or undefined when a newer
   * search has taken its place.
   */
  const showNext = async (search: NonNullable<typeof current>): Promise<HTMLLIElement[] | undefined> => {
    const first = search.done === 0;
    const added: HTMLLIElement[] = [];
    do {
      const batch = nextBatch(search.found, search.done);
      const data = await Promise.all(batch.map((result) => result.data()));
      if (search.id !== latest) return undefined;
      search.done += batch.length;
      for (const page of data) {
        const item = renderResult(page, search.query, t);
        if (item) added.push(item);
        else search.dropped++;
      }
    } while (added.length === 0 && search.done < search.found.length);
    if (first) results.replaceChildren(...added);
    else results.append(...added);
    const shown = results.children.length;
    const total = search.found.length - search.dropped;
    results.hidden = shown === 0;
    suggestion.hidden = shown > 0;
    more.hidden = search.done >= search.found.length;
    status.replaceChildren(
      ...textWithIsolates(resultStatus(t.template, lang, total, search.query, { all: search.expanded && shown === total })),
    );
    return added;
  };

  const show = async (query: string) => {
    const id = ++latest;
    current = undefined;
    history.replaceState(null, '', searchPageUrl(pagePath, query, pathway()));
    if (!query) {
      delete root.dataset.searched;
      status.textContent = '';
      results.replaceChildren();
      results.hidden = true;
      more.hidden = true;
      suggestion.hidden = true;
      return;
    }
    say('search-loading');
    try {
      const pf = await loadPagefind();
      const found = await runSearch(pf, query, pathway());
      if (id !== latest) return;
      const search = { id, query, found, done: 0, dropped: 0, expanded: false };
      if (!(await showNext(search))) return;
      current = search;
      root.dataset.searchedPathway = pathway();
      root.dataset.searched = query;
    } catch (error) {
      if (id !== latest) return;
      failed(error);
      root.dataset.searched = query;
    }
  };

  more.addEventListener('click', () => {
    const search = current;
    // Pressed again while the rest load: they are on their way.
    if (!search || search.expanded) return;
    search.expanded = true;
    void showNext(search).then(
      (added) => {
        // Focus the first result shown now, so that a keyboard or screen reader user carries on from it.
        added?.[0]?.querySelector('a')?.focus();
      },
      (error: unknown) => {
        if (search.id === latest) failed(error);
      },
    );
  });

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
  if (filter)
    filter.value = pathwayFromSearch(
      location.search,
      [...filter.options].map((option) => option.value),
    );
  const initial = queryFromSearch(location.search);
  input.value = initial;
  // An empty or blank ?q= is no query: show() with "" also takes it out of the address.
  if (initial || location.search) void show(initial);
}

const page = document.querySelector<HTMLElement>('[data-search-page]');
if (page) mountSearchPage(page);
