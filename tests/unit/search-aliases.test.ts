import { describe, expect, it } from 'vitest';
import { ALIAS_WEIGHT, addSearchWords, searchWordPlaces } from '../../src/lib/search/aliases';
import { ROOT_MARK } from '../../src/lib/search/roots';
import { radicalCandidates } from '../../src/lib/search/welsh-mutations';
import { checkAcrossFiles } from '../support/cross-file';
import type { GlossaryTerm } from '../../src/schemas/glossary';
import type { SearchAlias } from '../../src/schemas/search-aliases';
import { parseHtml, visibleText } from '../support/html';

const glossary = new Map<string, GlossaryTerm>([
  [
    'heiw',
    {
      term: { en: 'Health Education and Improvement Wales', cy: 'Addysg a Gwella Iechyd Cymru' },
      abbreviation: { en: 'HEIW', cy: 'AaGIC' },
      definition: { en: 'A body.', cy: 'Corff.' },
    },
  ],
  [
    'dbs',
    {
      term: { en: 'Disclosure and Barring Service', cy: 'Gwasanaeth Datgelu a Gwahardd' },
      abbreviation: { en: 'DBS', cy: 'DBS' },
      definition: { en: 'A body.', cy: 'Corff.' },
    },
  ],
  ['medr', { term: { en: 'Medr', cy: 'Medr' }, definition: { en: 'A body.', cy: 'Corff.' } }],
]);
const aliases = new Map<string, SearchAlias>([
  ['dbs', { term: 'dbs', words: { en: ['criminal record check'], cy: ['gwiriad heddlu'] } }],
  ['bacc', { section: { pathway: 'p', page: 'entry', section: 'prior' }, words: { en: ['WBQ'], cy: [] } }],
  ['pay', { question: { pathway: 'p', id: 'pay' }, words: { en: ['salary'], cy: ['cyflog'] } }],
  [
    'exams',
    {
      section: { pathway: 'p', page: 'quals', section: 'assessment' },
      question: { pathway: 'p', id: 'welsh-assessment' },
      words: { en: ['exams'], cy: ['arholiadau'] },
    },
  ],
]);
const places = searchWordPlaces({
  aliases,
  glossary,
  glossaryUrl: (lang) => `/${lang}/g/`,
  pageUrl: (pathway, page, lang) => `/${lang}/${pathway}/${page}/`,
  questionsUrl: (pathway, lang) => `/${lang}/${pathway}/questions/`,
});
const at = (lang: string, url: string, anchor: string) =>
  places.find((p) => p.lang === lang && p.url === url && p.anchor === anchor)?.words;

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

  it('puts a question’s aliases on its answer on the pathway’s questions page', () => {
    expect(at('en', '/en/p/questions/', 'pay')).toEqual(['salary']);
    expect(at('cy', '/cy/p/questions/', 'pay')).toEqual(['cyflog']);
  });

  it('puts the words of an alias naming a section and a question on both', () => {
    expect(at('en', '/en/p/quals/', 'assessment')).toEqual(['exams']);
    expect(at('en', '/en/p/questions/', 'welsh-assessment')).toEqual(['exams']);
    expect(at('cy', '/cy/p/questions/', 'welsh-assessment')).toEqual(['arholiadau']);
  });
});

describe('adding search words to the indexed copy', () => {
  const html =
    '<nav>Menu learning</nav><article data-pagefind-body><h2 id="prior">Prior <b>qualifications</b></h2><p>Text such as GCSEs.</p><h2 id="next">Next</h2><p>More learning.</p></article>';
  const span = (words: string) =>
    ` <span data-pagefind-weight="${ALIAS_WEIGHT}">${words
      .split(' ')
      .map((w) => ROOT_MARK + w)
      .join(' ')}</span> `;

  it('adds the words, marked and weighted, after the block the id starts', () => {
    const result = addSearchWords(html, [{ anchor: 'prior', words: ['Welsh Bacc', 'WBQ'] }]);
    expect(result.html).toBe(html.replace('qualifications</b></h2>', `qualifications</b></h2>${span('welsh bacc wbq')}`));
    expect(result.added).toEqual(['welsh', 'bacc', 'wbq']);
  });

  it('adds a phrase whole, its words in order, so the phrase as typed finds the section: even words the page has elsewhere', () => {
    // "learning" is in the next section and the nav, not in this one; "A level" is not on the page as a phrase.
    const result = addSearchWords(html, [{ anchor: 'prior', words: ['prior learning', 'A level', 'A levels'] }]);
    expect(result.added).toEqual(['prior', 'learning', 'a', 'level', 'a', 'levels']);
    expect(result.html.indexOf(`${ROOT_MARK}learning`)).toBeLessThan(result.html.indexOf('id="next"'));
  });

  it('adds nothing the section already says: every added word makes the page longer, which lowers its rank for everything else', () => {
    const result = addSearchWords(html, [
      { anchor: 'prior', words: ['such as GCSEs', 'qualifications'] },
      { anchor: 'next', words: ['more learning', 'Learning'] },
    ]);
    expect(result).toEqual({ html, added: [] });
  });

  it('adds the variants it is given (Welsh radicals) after the phrase, and nothing for an id the page lacks', () => {
    const result = addSearchWords(
      html,
      [
        { anchor: 'next', words: ['wiriad heddlu'] },
        { anchor: 'missing', words: ['lost'] },
      ],
      (word) => radicalCandidates(word).slice(1),
    );
    expect(result.added).toEqual(['wiriad', 'heddlu', 'gwiriad', 'eddlu']);
    expect(result.html.indexOf(`${ROOT_MARK}gwiriad`)).toBeGreaterThan(result.html.indexOf('id="next"'));
  });

  it('treats a glossary entry as running to the next entry', () => {
    const glossary =
      '<article data-pagefind-body><dl><div id="dbs"><dt>DBS</dt><dd>Checks.</dd></div><div id="glh"><dt>GLH</dt><dd>Guided hours.</dd></div></dl></article>';
    expect(addSearchWords(glossary, [{ anchor: 'dbs', words: ['checks', 'guided hours'] }]).added).toEqual(['guided', 'hours']);
  });

  it('adds words as text: a glossary name holding escaped markup cannot hide the rest of the page from the index', () => {
    // Glossary names are plain text, so "&lt;!--" is how an author would write "<!--" in one.
    const result = addSearchWords(html, [{ anchor: 'prior', words: ['&lt;!-- &lt;script&gt; A&amp;E'] }]);
    const body = parseHtml(result.html).querySelector('[data-pagefind-body]');
    expect(body?.querySelector('#next')?.text).toBe('Next');
    expect(body?.querySelector('script')).toBeNull();
    expect(visibleText(body)).toContain(`${ROOT_MARK}<script> ${ROOT_MARK}a&e`);
    expect(visibleText(body)).toMatch(/Next More learning\.$/);
  });
});

describe('an alias that names nothing', () => {
  it('fails the content check, naming the file, the field and the unknown term', () => {
    const errors = checkAcrossFiles({
      pages: [],
      pathways: [],
      glossaryIds: ['dbs', 'glh'],
      termRefs: [{ file: 'content/site/search-aliases.yaml', field: 'x.term', term: 'dbss' }],
    });
    expect(errors).toEqual(['content/site/search-aliases.yaml: x.term: refers to unknown glossary term "dbss" (did you mean "dbs"?)']);
  });

  it('fails the content check for a question the pathway does not have, or a pathway with no questions', () => {
    const file = 'content/site/search-aliases.yaml';
    const errors = checkAcrossFiles({
      pages: [],
      pathways: [],
      glossaryIds: [],
      questionIds: new Map([['clinical-coding', ['pay', 'how-long', 'gcses']]]),
      questionRefs: [
        { file, field: 'pay.question', pathway: 'clinical-coding', question: 'pay' },
        { file, field: 'length.question', pathway: 'clinical-coding', question: 'how-lnog' },
        { file, field: 'week.question', pathway: 'clinical-coding', question: 'hours-a-week' },
        { file, field: 'other.question', pathway: 'nursing', question: 'pay' },
      ],
    });
    expect(errors).toEqual([
      `${file}: length.question: refers to unknown question "how-lnog" of pathway "clinical-coding" (did you mean "how-long"?)`,
      `${file}: week.question: refers to unknown question "hours-a-week" of pathway "clinical-coding" (its questions are pay, how-long, gcses)`,
      `${file}: other.question: refers to question "pay" of pathway "nursing", which has no questions people ask (no content/pathways/nursing/questions.yaml)`,
    ]);
  });
});
