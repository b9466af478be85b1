import { describe, expect, it } from 'vitest';
import { addSearchWords, searchWordPlaces } from '../../src/lib/search-aliases';
import { ROOT_MARK } from '../../src/lib/search-roots';
import { radicalCandidates } from '../../src/lib/welsh-mutations';
import { validateContent } from '../../src/lib/validate-content';
import type { GlossaryTerm } from '../../src/schemas/glossary';
import type { SearchAlias } from '../../src/schemas/search-aliases';
import { parseHtml, visibleText } from '../support/html';

const glossary = new Map<string, GlossaryTerm>([
  ['heiw', { term: { en: 'Health Education and Improvement Wales', cy: 'Addysg a Gwella Iechyd Cymru' }, abbreviation: { en: 'HEIW', cy: 'AaGIC' }, definition: { en: 'A body.', cy: 'Corff.' } }],
  ['dbs', { term: { en: 'Disclosure and Barring Service', cy: 'Gwasanaeth Datgelu a Gwahardd' }, abbreviation: { en: 'DBS', cy: 'DBS' }, definition: { en: 'A body.', cy: 'Corff.' } }],
  ['medr', { term: { en: 'Medr', cy: 'Medr' }, definition: { en: 'A body.', cy: 'Corff.' } }],
]);
const aliases = new Map<string, SearchAlias>([
  ['dbs', { term: 'dbs', words: { en: ['criminal record check'], cy: ['gwiriad heddlu'] } }],
  ['bacc', { section: { pathway: 'p', page: 'entry', section: 'prior' }, words: { en: ['WBQ'], cy: [] } }],
]);
const places = searchWordPlaces({ aliases, glossary, glossaryUrl: (lang) => `/${lang}/g/`, pageUrl: (pathway, page, lang) => `/${lang}/${pathway}/${page}/` });
const at = (lang: string, url: string, anchor: string) => places.find((p) => p.lang === lang && p.url === url && p.anchor === anchor)?.words;

describe('search word places', () => {
  it('puts a term’s aliases on its glossary entry, in their language', () => {
    expect(at('en', '/en/g/', 'dbs')).toContain('criminal record check');
    expect(at('cy', '/cy/g/', 'dbs')).toContain('gwiriad heddlu');
    expect(at('en', '/en/g/', 'dbs')).not.toContain('gwiriad heddlu');
  });

  it('adds a term’s name and short form from the other language, only where they differ', () => {
    expect(at('cy', '/cy/g/', 'heiw')).toEqual(['Health Education and Improvement Wales', 'HEIW']);
    expect(at('en', '/en/g/', 'heiw')).toEqual(['Addysg a Gwella Iechyd Cymru', 'AaGIC']);
    expect(at('en', '/en/g/', 'dbs')).not.toContain('DBS');
    expect(at('en', '/en/g/', 'medr')).toBeUndefined();
  });

  it('puts a section’s aliases on that section of the page, and nothing where a language has none', () => {
    expect(at('en', '/en/p/entry/', 'prior')).toEqual(['WBQ']);
    expect(at('cy', '/cy/p/entry/', 'prior')).toBeUndefined();
  });
});

describe('adding search words to the indexed copy', () => {
  const html = '<nav>Menu learning</nav><article data-pagefind-body><h2 id="prior">Prior <b>qualifications</b></h2><p>Text.</p><h2 id="next">Next</h2><p>More.</p></article>';

  it('adds the words, marked, after the block the id starts', () => {
    const result = addSearchWords(html, [{ anchor: 'prior', words: ['Welsh Bacc', 'WBQ'] }]);
    expect(result.html).toBe(html.replace('qualifications</b></h2>', `qualifications</b></h2> <span>${ROOT_MARK}welsh ${ROOT_MARK}bacc ${ROOT_MARK}wbq</span> `));
    expect(result.added).toEqual(['welsh', 'bacc', 'wbq']);
  });

  it('adds only words the page lacks, once', () => {
    const result = addSearchWords(html, [{ anchor: 'prior', words: ['prior learning', 'Text'] }, { anchor: 'next', words: ['learning', 'more'] }]);
    expect(result.added).toEqual(['learning']);
    expect(result.html.indexOf(`${ROOT_MARK}learning`)).toBeLessThan(result.html.indexOf('id="next"'));
  });

  it('adds the variants it is given (Welsh radicals) and nothing for an id the page lacks', () => {
    const result = addSearchWords(html, [{ anchor: 'next', words: ['wiriad'] }, { anchor: 'missing', words: ['lost'] }], (word) => radicalCandidates(word).slice(1));
    expect(result.added).toContain('gwiriad');
    expect(result.added).not.toContain('lost');
    expect(result.html.indexOf(`${ROOT_MARK}gwiriad`)).toBeGreaterThan(result.html.indexOf('id="next"'));
  });

  it('adds words as text: a glossary name holding escaped markup cannot hide the rest of the page from the index', () => {
    // Glossary names are plain text, so "&lt;!--" is how an author would write "<!--" in one.
    const result = addSearchWords(html, [{ anchor: 'prior', words: ['&lt;!-- &lt;script&gt; A&amp;E'] }]);
    const body = parseHtml(result.html).querySelector('[data-pagefind-body]');
    expect(body?.querySelector('#next')?.text).toBe('Next');
    expect(body?.querySelector('script')).toBeNull();
    expect(visibleText(body)).toContain(`${ROOT_MARK}<script> ${ROOT_MARK}a&e`);
    expect(visibleText(body)).toMatch(/Next More\.$/);
  });
});

describe('an alias that names nothing', () => {
  it('fails the content check, naming the file, the field and the unknown term', () => {
    const errors = validateContent({ pages: [], pathways: [], glossaryIds: ['dbs', 'glh'], termRefs: [{ file: 'content/site/search-aliases.yaml', field: 'x.term', term: 'dbss' }] });
    expect(errors).toEqual(['content/site/search-aliases.yaml: x.term: refers to unknown glossary term "dbss" (did you mean "dbs"?)']);
  });
});
