import { describe, expect, it } from 'vitest';
import {
  MAX_EXACT_VARIANTS,
  MAX_QUERY_LENGTH,
  MAX_VARIANTS,
  cleanQuery,
  exactQueries,
  matchForms,
  queryCandidates,
  queryFromSearch,
  queryVariants,
  searchPageUrl,
  pathwayFromSearch,
} from '../../src/lib/search/query';
import {
  FIRST_RESULTS,
  bestSections,
  buildExcerpt,
  contentWords,
  matchPositions,
  nextBatch,
  rankResults,
  resultStatus,
} from '../../src/lib/search/results';
import { locales } from '../../src/lib/i18n/locale';
import { content } from '../support/content';
import { translator, translatorFrom } from '../../src/lib/i18n/translate';
import { fill } from '../../src/lib/i18n/template';
import { formatCount } from '../../src/lib/i18n/count';

describe('queryFromSearch', () => {
  it('reads q from the query string, tidying the spaces', () => {
    expect(queryFromSearch('?q=off+the++job%20hours')).toBe('off the job hours');
    expect(queryFromSearch('?q=%20%20Cymhwyso%20Rhif%20')).toBe('Cymhwyso Rhif');
  });
  it('gives an empty query when there is none', () => {
    expect(queryFromSearch('')).toBe('');
    expect(queryFromSearch('?lang=cy')).toBe('');
  });
  it('keeps markup as plain text (the caller writes it with textContent) and bounds the length', () => {
    expect(queryFromSearch('?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E')).toBe('<img src=x onerror=alert(1)>');
    expect(queryFromSearch(`?q=${'a'.repeat(500)}`)).toHaveLength(MAX_QUERY_LENGTH);
  });
  it('gives an empty query for a blank one (?q=%20%20), so the page treats it as no query', () => {
    expect(queryFromSearch('?q=%20%20')).toBe('');
    expect(queryFromSearch('?q=%09%0A%E2%80%AE%E2%80%8F')).toBe('');
  });
  it('takes control and bidi control characters out of the query', () => {
    expect(queryFromSearch(`?q=${encodeURIComponent('Call 0900\u202E654 321\u202C now')}`)).toBe('Call 0900654 321 now');
  });
});

describe('cleanQuery', () => {
  it('drops invisible characters, so a query of only them is no query', () => {
    for (const invisible of ['\u200b\u200b\u200b', '\u3164\u3164', '\u00ad', '\ufeff', '\u2060', '\u{E0041}\u{E0042}']) {
      expect(cleanQuery(invisible), JSON.stringify(invisible)).toBe('');
    }
    expect(cleanQuery('DB\u200bS')).toBe('DBS');
  });

  it('keeps Welsh accents but not a pile of combining marks that would draw over the page', () => {
    expect(cleanQuery('ŵyn caerdydd')).toBe('ŵyn caerdydd');
    expect(cleanQuery(`a${'\u0301'.repeat(190)}`)).toBe('a\u0301\u0301');
    expect(cleanQuery(`${'\u0301'.repeat(5)}DBS`)).toBe('DBS');
  });

  const bidi = ['\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
  it('removes every bidi control character', () => {
    for (const c of bidi) expect(cleanQuery(`DBS${c}check`), `U+${c.codePointAt(0)!.toString(16)}`).toBe('DBScheck');
    expect(cleanQuery(`gwiriad ${bidi.join('')} DBS`)).toBe('gwiriad DBS');
  });
  it('removes C0 and C1 control characters; tabs and line breaks become one space', () => {
    expect(cleanQuery('a\u0000b\u0007c\u001bd\u007fe\u0080f\u0085g\u009fh')).toBe('abcdefgh');
    expect(cleanQuery('off\tthe\r\njob')).toBe('off the job');
  });
  it('keeps letters, accents, punctuation and other scripts as they are', () => {
    expect(cleanQuery('  Bagloriaeth   Cymru  ')).toBe('Bagloriaeth Cymru');
    expect(cleanQuery('ŵ ŷ â “hanfodol” & <b> שלום')).toBe('ŵ ŷ â “hanfodol” & <b> שלום');
  });
  it('is blank only for white space and controls', () => {
    for (const blank of ['', ' ', '  \t ', '\u202E', ' \u200F\u0000 ']) expect(cleanQuery(blank)).toBe('');
  });
  it('cuts long text to MAX_QUERY_LENGTH without leaving half a character', () => {
    expect(cleanQuery('x'.repeat(2000))).toHaveLength(MAX_QUERY_LENGTH);
    const cut = cleanQuery(`${'a'.repeat(MAX_QUERY_LENGTH - 1)}😀`);
    expect(cut).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
  });
});

describe('searchPageUrl', () => {
  it('puts the query in ?q= so a search can be bookmarked', () => {
    expect(searchPageUrl('/cy/chwilio/', 'gwiriadau cyn cyflogi')).toBe('/cy/chwilio/?q=gwiriadau+cyn+cyflogi');
    expect(searchPageUrl('/en/search/', 'a&b=c')).toBe('/en/search/?q=a%26b%3Dc');
  });
  it('drops ?q= when the query is empty or blank', () => {
    expect(searchPageUrl('/en/search/', '  ')).toBe('/en/search/');
    expect(searchPageUrl('/en/search/', '\u202E \u200F')).toBe('/en/search/');
  });
  it('round-trips through queryFromSearch', () => {
    const url = searchPageUrl('/cy/chwilio/', 'sgiliau “hanfodol” & mwy');
    expect(queryFromSearch(url.slice(url.indexOf('?')))).toBe('sgiliau “hanfodol” & mwy');
  });
  it('keeps the pathway a search is narrowed to, and reads it back only when it is a known pathway', () => {
    const url = searchPageUrl('/en/search/', 'DBS', 'health-records');
    expect(url).toBe('/en/search/?q=DBS&pathway=health-records');
    const search = url.slice(url.indexOf('?'));
    expect(pathwayFromSearch(search, ['clinical-coding', 'health-records'])).toBe('health-records');
    expect(pathwayFromSearch(search, ['clinical-coding'])).toBe('');
    expect(pathwayFromSearch('?q=DBS', ['clinical-coding'])).toBe('');
    expect(searchPageUrl('/en/search/', ' ', 'health-records')).toBe('/en/search/');
  });
  it('reads a tampered pathway from the address as no pathway: markup, bidi controls, look-alikes, object keys', () => {
    const known = ['clinical-coding', 'health-records'];
    for (const value of [
      '<img src=x onerror=alert(1)>',
      '"><b>',
      'clinical-coding\u202e',
      ' clinical-coding',
      'CLINICAL-CODING',
      'constructor',
      '__proto__',
      'clinical-coding'.repeat(1000),
    ]) {
      expect(pathwayFromSearch(`?pathway=${encodeURIComponent(value)}`, known), value.slice(0, 40)).toBe('');
    }
    // Repeated: the first is read, and only if it is known.
    expect(pathwayFromSearch('?pathway=%3Cb%3E&pathway=clinical-coding', known)).toBe('');
    expect(pathwayFromSearch('?pathway=health-records&pathway=%3Cb%3E', known)).toBe('health-records');
  });
});

describe('queryVariants', () => {
  it('runs an English query as typed', () => {
    expect(queryVariants('gyflogwr', 'en')).toEqual(['gyflogwr']);
    expect(queryVariants('  ', 'en')).toEqual([]);
  });
  it('adds the radical of a mutated Welsh word, the typed form first', () => {
    expect(queryVariants('gyflogwr', 'cy')).toEqual(['gyflogwr', 'cyflogwr']);
    expect(queryVariants('mhrentisiaeth', 'cy')).toEqual(['mhrentisiaeth', 'prentisiaeth']);
  });
  it('leaves a radical as it is (the index holds the radical of every mutated word)', () => {
    expect(queryVariants('prentisiaeth', 'cy')).toEqual(['prentisiaeth']);
    expect(queryVariants('Cymhwyso Rhif', 'cy')).toEqual(['cymhwyso rhif', 'cymhwyso rif'.replace('rif', 'rhif')].slice(0, 1));
  });
  it('combines the words of a phrase, at most MAX_VARIANTS searches', () => {
    expect(queryVariants('gwiriadau cyn gyflogi', 'cy')).toEqual([
      'gwiriadau cyn gyflogi',
      'gwiriadau cyn cyflogi',
      'cwiriadau cyn gyflogi',
      'cwiriadau cyn cyflogi',
    ]);
    expect(queryVariants('fodiwl fodiwl fodiwl fodiwl', 'cy').length).toBeLessThanOrEqual(MAX_VARIANTS);
  });
  it('combines only the forms the index holds, so a radical that occurs nowhere cannot drop a word from the query', () => {
    // Pagefind drops a word it does not know: "pagloriaeth cymru" would find every page that says "Cymru".
    expect(queryVariants('Bagloriaeth Cymru', 'cy', new Set(['bagloriaeth', 'cymru']))).toEqual(['bagloriaeth cymru']);
    expect(queryVariants('gwiriadau cyn gyflogi', 'cy', new Set(['gwiriadau', 'cyn', 'cyflogi']))).toEqual(['gwiriadau cyn cyflogi']);
  });
  it('gives no query when a word has no form the index holds: no page has every word', () => {
    expect(queryVariants('sifftiau xylophone', 'cy', new Set(['sifftiau']))).toEqual([]);
  });
});

describe('queryCandidates', () => {
  it('lists each form of each Welsh word once, radicals and mutations, the typed form first', () => {
    expect(queryCandidates('gyflogwr', 'cy')).toEqual(['gyflogwr', 'yflogwr', 'ngyflogwr', 'cyflogwr', 'nghyflogwr', 'chyflogwr']);
    expect(queryCandidates('DBS DBS', 'cy')).toEqual(['dbs']);
  });
  it('asks about no forms for English, which runs as typed', () => {
    expect(queryCandidates('gyflogwr', 'en')).toEqual([]);
  });
});

describe('exactQueries (the query as typed, its words together)', () => {
  it('quotes an English query as it is', () => {
    expect(exactQueries('hours a week', 'en')).toEqual(['"hours a week"']);
    expect(exactQueries('say "hello"', 'en')).toEqual(['"say hello"']);
    expect(exactQueries('  ', 'en')).toEqual([]);
  });
  it('tries a Welsh phrase in the forms running text gives it, the typed forms first', () => {
    // Pages say "y dystysgrif cwblhau": the radical the index adds is not beside "cwblhau".
    const known = new Set(['tystysgrif', 'dystysgrif', 'cwblhau']);
    expect(exactQueries('tystysgrif cwblhau', 'cy', known)).toEqual(['"tystysgrif cwblhau"', '"dystysgrif cwblhau"']);
  });
  it('gives none when a word has no form the index holds, and at most MAX_EXACT_VARIANTS however long the query', () => {
    expect(exactQueries('tystysgrif xylophone', 'cy', new Set(['tystysgrif']))).toEqual([]);
    const long = exactQueries('cyflogwr '.repeat(30), 'cy');
    expect(long.length).toBe(MAX_EXACT_VARIANTS);
    expect(long[0]).toBe(`"${'cyflogwr '.repeat(30).trim()}"`);
  });
});

describe('rankResults', () => {
  const r = (id: string, score: number) => ({ id, score });
  it('puts the pages that hold the query as typed first, then the rest, each by score', () => {
    const ranked = rankResults([[r('a', 9), r('b', 5), r('c', 3)]], new Set(['c', 'b']), 20);
    expect(ranked.map((x) => x.id)).toEqual(['b', 'c', 'a']);
  });
  it('counts a page found by several variants once, with its best score, and keeps at most `max`', () => {
    const ranked = rankResults([[r('a', 1), r('b', 2)], [r('a', 3)]], new Set(), 1);
    expect(ranked).toEqual([r('a', 3)]);
  });
});

describe('nextBatch (excerpts are fetched for the first few results, the rest when asked)', () => {
  const results = Array.from({ length: 13 }, (_, i) => i);
  it('gives the first FIRST_RESULTS, then all the rest', () => {
    expect(FIRST_RESULTS).toBe(5);
    expect(nextBatch(results, 0)).toEqual([0, 1, 2, 3, 4]);
    expect(nextBatch(results, 5)).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
    expect(nextBatch(results, 13)).toEqual([]);
  });
  it('gives every result at once when there are no more than FIRST_RESULTS', () => {
    expect(nextBatch([1, 2, 3], 0)).toEqual([1, 2, 3]);
  });
});

describe('matchForms', () => {
  it('matches every mutated form of a Welsh word', () => {
    expect([...matchForms('prentisiaeth', 'cy')]).toEqual(['prentisiaeth', 'brentisiaeth', 'mhrentisiaeth', 'phrentisiaeth']);
  });
  it('matches English words as typed', () => {
    expect([...matchForms('Shifts', 'en')]).toEqual(['shifts']);
  });
});

describe('the result count line', () => {
  const { ui } = content;
  const templates = (lang: 'en' | 'cy') => translator(ui, lang).template;
  const template = (lang: 'en' | 'cy', key: string) => ui.get(key)![lang];

  it("keeps the query apart from the template's text, to be isolated in a <bdi>", () => {
    for (const lang of locales) {
      for (const count of [0, 1, 2, 3, 4, 6, 11]) {
        const query = 'Call 0900 {results} ‘x’';
        const pieces = resultStatus(templates(lang), lang, count, query);
        expect(pieces.filter((p) => p.isolate)).toEqual([{ text: query, isolate: true }]);
        expect(pieces.map((p) => p.text).join('')).toBe(
          count === 0
            ? fill(template(lang, 'search-no-results'), { query })
            : fill(template(lang, 'search-count'), { results: formatCount(templates(lang), lang, 'result', count, 'figures'), query }),
        );
      }
    }
  });

  it('says when every result is shown, once the reader has asked for more', () => {
    const line = (lang: 'en' | 'cy') =>
      resultStatus(templates(lang), lang, 13, 'prentisiaeth', { all: true })
        .map((p) => p.text)
        .join('');
    expect(line('en')).toBe('Showing all 13 results for ‘prentisiaeth’');
    expect(line('cy')).toBe("Dyma'r 13 canlyniad i gyd ar gyfer ‘prentisiaeth’");
  });

  it('says the count in figures with the singular: "1 canlyniad", "3 canlyniad", "12 canlyniad"; no results has its own message', () => {
    const line = (lang: 'en' | 'cy', count: number) =>
      resultStatus(templates(lang), lang, count, 'DBS')
        .map((p) => p.text)
        .join('');
    expect([0, 1, 2, 3, 6, 12].map((n) => line('cy', n))).toEqual([
      'Dim canlyniadau ar gyfer ‘DBS’.',
      '1 canlyniad ar gyfer ‘DBS’',
      '2 canlyniad ar gyfer ‘DBS’',
      '3 canlyniad ar gyfer ‘DBS’',
      '6 canlyniad ar gyfer ‘DBS’',
      '12 canlyniad ar gyfer ‘DBS’',
    ]);
    expect([0, 1, 2].map((n) => line('en', n))).toEqual(['No results for ‘DBS’.', '1 result for ‘DBS’', '2 results for ‘DBS’']);
  });

  it('throws instead of showing an unfilled placeholder', () => {
    const strings = { 'count-result-other': 'results' };
    expect(() =>
      resultStatus(translatorFrom({ ...strings, 'search-count': '{results} for ‘{query}’ in {place}' }).template, 'en', 5, 'DBS'),
    ).toThrow('no value for {place}');
    expect(() => resultStatus(translatorFrom(strings).template, 'en', 5, 'DBS')).toThrow('search-count');
  });
});

describe('excerpts', () => {
  const content =
    'Mae angen i bob prentis gael ~cael gwiriad DBS cyn dechrau. Rhaid i’r cyflogwr wirio ~gwirio hyn. Mae’r brentisiaeth ~prentisiaeth yn para.';
  const words = contentWords(content);
  it('marks real words that match, never the added radical forms', () => {
    const positions = matchPositions(words, matchForms('prentisiaeth', 'cy'), [words.indexOf('~prentisiaeth')]);
    expect(positions.map((p) => words[p])).toEqual(['brentisiaeth']);
    const excerpt = buildExcerpt(words, positions);
    const text = excerpt.segments.map((s) => s.text).join('');
    expect(text).not.toContain('~');
    expect(excerpt.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['brentisiaeth']);
    expect(text).toBe('Mae angen i bob prentis gael gwiriad DBS cyn dechrau. Rhaid i’r cyflogwr wirio hyn. Mae’r brentisiaeth yn para.');
  });
  it('keeps pagefind’s own (stemmed) locations', () => {
    expect(matchPositions(words, new Set(), [words.indexOf('DBS')])).toEqual([words.indexOf('DBS')]);
  });
  it('centres a long text on the matches and says what was cut', () => {
    const long = contentWords(`${'gair '.repeat(100)}sifftiau nos ${'gair '.repeat(100)}`.trim());
    const positions = matchPositions(long, matchForms('sifftiau', 'cy'), []);
    const excerpt = buildExcerpt(long, positions, 20);
    expect(excerpt.before).toBe(true);
    expect(excerpt.after).toBe(true);
    expect(excerpt.segments.find((s) => s.mark)?.text).toBe('sifftiau');
  });
});

describe('bestSections', () => {
  // "intro dbs | Checks dbs dbs | Shifts work | Hours": headings at 2, 5 and 7.
  const words = contentWords('intro dbs Checks dbs dbs Shifts work Hours');
  const anchors = [
    { element: 'h2', id: 'checks', location: 2 },
    { element: 'h2', id: 'shifts', location: 5 },
    { element: 'h2', id: 'hours', location: 7 },
    { element: 'span', id: 'x', location: 6 },
  ];
  const section = (id: string, location: number, locations: number[], scores?: number[]) => ({
    title: id,
    url: `/p/#${id}`,
    locations,
    anchor: { element: 'h2', id, location },
    weighted_locations: scores && locations.map((l, i) => ({ location: l, weight: 1, balanced_score: scores[i]! })),
  });
  const forms = matchForms('dbs', 'en');

  it('keeps sections with a match before the next heading, most matches first', () => {
    const ranked = bestSections(words, forms, anchors, [
      section('shifts', 5, []),
      section('checks', 2, [3, 4]),
      { title: 'page', url: '/p/', locations: [1] },
    ]);
    expect(ranked.map((r) => [r.section.title, r.start, r.end, r.positions])).toEqual([['checks', 2, 5, [3, 4]]]);
  });

  it('shows at most three', () => {
    const many = ['a', 'b', 'c', 'd'].map((id) => section(id, 2, [3]));
    expect(bestSections(words, forms, anchors, many)).toHaveLength(3);
  });

  it('keeps a section matched only by a word the indexer added (a search alias), with nothing marked in it', () => {
    // "How much will I be paid? | ~salary Ask the employer": the alias finds the question about pay.
    const paid = contentWords('Pay How much will I be paid? ~salary Ask the employer.');
    const ranked = bestSections(paid, matchForms('salary', 'en'), [{ element: 'h2', id: 'pay', location: 1 }], [section('pay', 1, [7])]);
    expect(ranked.map((r) => [r.section.title, r.positions])).toEqual([['pay', []]]);
  });

  it("ranks sections by pagefind's score of their matches: a word in a heading or an alias counts more than one in running text", () => {
    const ranked = bestSections(words, forms, anchors, [section('checks', 2, [3, 4], [10, 10]), section('hours', 7, [7], [500])]);
    expect(ranked.map((r) => r.section.title)).toEqual(['hours', 'checks']);
  });
});
