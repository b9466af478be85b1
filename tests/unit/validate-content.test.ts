import { describe, expect, it } from 'vitest';
import { findTags, validateContent, type ContentSources, type PageSource, type PathwaySource } from '../../src/lib/validate-content';
import type { Locale } from '../../src/lib/i18n/locale';

const PATHWAY = 'content/pathways/demo/pathway.yaml';

function page(lang: Locale, id: string, extra: Partial<PageSource> = {}): PageSource {
  const group = extra.group ?? 'demo';
  const file = group === 'site' ? `content/site/pages/${lang}/${id}.mdx` : `content/pathways/${group}/pages/${lang}/${id}.mdx`;
  return { file, group, lang, id, slug: id === 'overview' ? undefined : id, sectionIds: [], body: '', ...extra };
}

/** Both languages of a page with the same sections. */
function pair(id: string, sectionIds: string[] = [], extra: Partial<PageSource> = {}): PageSource[] {
  return [page('en', id, { sectionIds, ...extra }), page('cy', id, { sectionIds, ...extra })];
}

/** A small, valid site: a pathway with two pages and the site's home and glossary. */
function valid(): ContentSources & { pathways: PathwaySource[] } {
  return {
    pages: [
      ...pair('overview', ['key-facts']),
      ...pair('training', ['hours', 'evidence']),
      ...pair('home', [], { group: 'site', slug: undefined }),
      ...pair('glossary', [], { group: 'site' }),
    ],
    pathways: [{ file: PATHWAY, id: 'demo', pages: ['overview', 'training'], refs: [{ field: 'additionalRequirements[dbs].see', page: 'training', section: 'hours' }] }],
    glossaryIds: ['glh', 'dbs'],
  };
}

describe('validateContent', () => {
  it('accepts consistent content', () => {
    expect(validateContent(valid())).toEqual([]);
  });

  it('reports a duplicate page id, naming both files', () => {
    const sources = valid();
    sources.pages.push(page('en', 'training', { file: 'content/pathways/demo/pages/en/training-copy.mdx', slug: 'training-copy' }));
    expect(validateContent(sources)).toEqual([
      'content/pathways/demo/pages/en/training-copy.mdx: id: duplicate page id "training" (also used by content/pathways/demo/pages/en/training.mdx)',
    ]);
  });

  it('reports a page with no counterpart in the other language', () => {
    const sources = valid();
    sources.pages = sources.pages.filter((p) => !(p.id === 'glossary' && p.lang === 'cy'));
    expect(validateContent(sources)).toEqual([
      'content/site/pages/en/glossary.mdx: id: page "glossary" has no Welsh counterpart (no cy file with id "glossary")',
    ]);
  });

  it('reports a page listed in pathway.yaml that has no file', () => {
    const sources = valid();
    sources.pathways[0]!.pages.push('progression');
    expect(validateContent(sources)).toEqual([
      `${PATHWAY}: pages[2]: lists page "progression" but there is no English page with that id`,
      `${PATHWAY}: pages[2]: lists page "progression" but there is no Welsh page with that id`,
    ]);
  });

  it('reports a page file that the pathway does not list', () => {
    const sources = valid();
    sources.pages.push(...pair('extra'));
    const errors = validateContent(sources);
    expect(errors).toContain('content/pathways/demo/pages/en/extra.mdx: id: page "extra" is not listed in the pages of content/pathways/demo/pathway.yaml');
    expect(errors).toContain('content/pathways/demo/pages/cy/extra.mdx: id: page "extra" is not listed in the pages of content/pathways/demo/pathway.yaml');
  });

  it('reports English and Welsh pages whose section ids differ', () => {
    const sources = valid();
    const welsh = sources.pages.find((p) => p.id === 'training' && p.lang === 'cy')!;
    welsh.sectionIds = ['hours', 'tystiolaeth'];
    expect(validateContent(sources)).toEqual([
      'content/pathways/demo/pages/cy/training.mdx: headings: section ids differ from content/pathways/demo/pages/en/training.mdx: missing "evidence"; not in English "tystiolaeth"',
    ]);
  });

  it('reports a <PageLink> to a section the page does not have', () => {
    const sources = valid();
    sources.pages.find((p) => p.id === 'overview' && p.lang === 'cy')!.body = 'Gweler <PageLink page="training" section="oriau">yr oriau</PageLink>.';
    expect(validateContent(sources)).toEqual([
      'content/pathways/demo/pages/cy/overview.mdx: body <PageLink page="training">: refers to unknown section "oriau" of page "training" (it has "hours", "evidence")',
    ]);
  });

  it('reports a <PageLink> to a page that does not exist', () => {
    const sources = valid();
    sources.pages.find((p) => p.id === 'overview' && p.lang === 'en')!.body = 'See <PageLink page="trainign">training</PageLink>.';
    expect(validateContent(sources)).toEqual([
      'content/pathways/demo/pages/en/overview.mdx: body <PageLink page="trainign">: refers to unknown page "trainign" in pathway "demo"',
    ]);
  });

  it('reports a <PageLink> with no page', () => {
    const sources = valid();
    sources.pages.find((p) => p.id === 'overview' && p.lang === 'en')!.body = 'See <PageLink section="hours">hours</PageLink>.';
    expect(validateContent(sources)).toEqual(['content/pathways/demo/pages/en/overview.mdx: body: <PageLink> needs a page="…" attribute']);
  });

  it('checks a site page\'s <PageLink pathway="…"> against that pathway', () => {
    const sources = valid();
    const home = sources.pages.find((p) => p.id === 'home' && p.lang === 'en')!;
    home.body = '<PageLink page="training" pathway="demo" section="hours">Hours</PageLink>';
    expect(validateContent(sources)).toEqual([]);
    home.body = '<PageLink page="training" pathway="demo" section="shifts">Shifts</PageLink>';
    expect(validateContent(sources)).toEqual([
      'content/site/pages/en/home.mdx: body <PageLink page="training">: refers to unknown section "shifts" of page "training" (it has "hours", "evidence")',
    ]);
  });

  it('reports a <Term> that is not in the glossary', () => {
    const sources = valid();
    sources.pages.find((p) => p.id === 'training' && p.lang === 'en')!.body = 'Counted in <Term id="glh">GLH</Term> and <Term id="tqt">TQT</Term>.';
    expect(validateContent(sources)).toEqual(['content/pathways/demo/pages/en/training.mdx: body: <Term id="tqt"> is not in the glossary']);
  });

  it('reports an unknown reference in additionalRequirements[].see', () => {
    const sources = valid();
    sources.pathways[0]!.refs = [
      { field: 'additionalRequirements[dbs].see', page: 'training', section: 'dbs-checks' },
      { field: 'additionalRequirements[shifts].see', page: 'additional-requirements' },
    ];
    expect(validateContent(sources)).toEqual([
      `${PATHWAY}: additionalRequirements[dbs].see: refers to unknown section "dbs-checks" of page "training" (it has "hours", "evidence")`,
      `${PATHWAY}: additionalRequirements[shifts].see: refers to unknown page "additional-requirements" in pathway "demo"`,
    ]);
  });

  it('requires a slug on every page but the first of a pathway', () => {
    const sources = valid();
    sources.pages.find((p) => p.id === 'training' && p.lang === 'cy')!.slug = undefined;
    expect(validateContent(sources)).toEqual(['content/pathways/demo/pages/cy/training.mdx: slug: is required (only a pathway\'s first page has none)']);
  });

  it('reports two pages with the same slug in one language', () => {
    const sources = valid();
    sources.pages.find((p) => p.id === 'training' && p.lang === 'cy')!.slug = 'hyfforddiant';
    sources.pages.push(...[page('en', 'extra'), page('cy', 'extra', { slug: 'hyfforddiant' })]);
    sources.pathways[0]!.pages.push('extra');
    expect(validateContent(sources)).toEqual(['content/pathways/demo/pages/cy/extra.mdx: slug: "hyfforddiant" is the slug of two pages, content/pathways/demo/pages/cy/training.mdx and content/pathways/demo/pages/cy/extra.mdx: give one of them another']);
  });

  it('reports a page in a folder with no pathway.yaml', () => {
    const sources = valid();
    sources.pages.push(...pair('overview', [], { group: 'nursing' }));
    expect(validateContent(sources)).toContain('content/pathways/nursing/pages/en/overview.mdx: id: page belongs to pathway "nursing", which has no pathway.yaml');
  });

  it('reports every error at once rather than stopping at the first', () => {
    const sources = valid();
    sources.pages = sources.pages.filter((p) => !(p.id === 'glossary' && p.lang === 'en'));
    sources.pages.find((p) => p.id === 'overview' && p.lang === 'en')!.body = '<Term id="nope">x</Term>';
    expect(validateContent(sources)).toHaveLength(2);
  });
});

describe('what only the prose can show', () => {
  it('names an unknown <Fact>, with the fact it is nearest to', () => {
    const sources = valid();
    sources.factNames = ['minimumCredits', 'offTheJobHours'];
    sources.pages[2]!.body = 'At least <Fact name="offTheJobHour" /> hours.';
    expect(validateContent(sources)).toEqual([
      'content/pathways/demo/pages/en/training.mdx:1: body: <Fact name="offTheJobHour"> is not a fact (did you mean "offTheJobHours"?)',
    ]);
  });

  it('asks a fact of one level to name its level where the pathway has several, at its line, and refuses a level it does not have', () => {
    const sources = valid();
    sources.factNames = ['minimumCredits', 'fundingBody'];
    sources.levelFactNames = ['minimumCredits'];
    sources.pathways[0]!.levels = [3, 4];
    sources.pages[2]!.body = 'Funded by <Fact name="fundingBody" />.\n\nAt least <Fact name="minimumCredits" /> credits, or <Fact name="minimumCredits" level="4" />.\n\n<Fact name="minimumCredits" level="5" />';
    expect(validateContent(sources)).toEqual([
      'content/pathways/demo/pages/en/training.mdx:3: body: <Fact name="minimumCredits"> is a fact of one level, and this pathway has levels 3 and 4: add level="3" or level="4"',
      'content/pathways/demo/pages/en/training.mdx:5: body: <Fact name="minimumCredits" level="5"> names a level the pathway does not have (its levels: 3, 4)',
    ]);
  });

  it('asks a Welsh <Fact count> that starts a sentence to say so with start (a count in words needs its capital), and only there', () => {
    const sources = valid();
    sources.factNames = ['minimumCredits', 'offTheJobHours'];
    sources.pages[3]!.body = [
      '<Term id="glh"><Fact name="minimumCredits" count="credit" /></Term> yw\'r isafswm credydau gofynnol.',
      '',
      '- **Oriau:** o leiaf <Fact name="offTheJobHours" count="hour" />.',
      '- <Fact name="minimumCredits" count="credit" start /> yw\'r isafswm.',
      '',
      'Dyma\'r oriau. <Fact name="offTheJobHours" count="hour" /> yw\'r isafswm,',
      'sef <Fact name="offTheJobHours" count="hour" start />.',
      '- <Fact name="minimumCredits" count="credit" /> yw\'r isafswm.',
    ].join('\n');
    // The English never writes a count in words, so its sentences need no start.
    sources.pages[2]!.body = '<Fact name="minimumCredits" count="credit" /> is the minimum.';
    expect(validateContent(sources)).toEqual([
      'content/pathways/demo/pages/cy/training.mdx:1: body: <Fact name="minimumCredits" count="credit"> starts a sentence: add start (<Fact name="minimumCredits" count="credit" start />), so that a count written as a word has its capital ("Chwe chredyd…")',
      'content/pathways/demo/pages/cy/training.mdx:6: body: <Fact name="offTheJobHours" count="hour"> starts a sentence: add start (<Fact name="offTheJobHours" count="hour" start />), so that a count written as a word has its capital ("Chwe chredyd…")',
      'content/pathways/demo/pages/cy/training.mdx:7: body: <Fact name="offTheJobHours" count="hour" start> does not start a sentence: take start away',
      'content/pathways/demo/pages/cy/training.mdx:8: body: <Fact name="minimumCredits" count="credit"> starts a sentence: add start (<Fact name="minimumCredits" count="credit" start />), so that a count written as a word has its capital ("Chwe chredyd…")',
    ]);
  });

  it('finds Welsh prose left as the English, paragraph by paragraph, but not shared components', () => {
    const sources = valid();
    const english = 'You must complete at least 200 hours of <PageLink page="training">training</PageLink> off the job.';
    sources.pages[2]!.body = `<ItemList list="entryRoutes" />\n\n${english}`;
    sources.pages[3]!.body = `<ItemList list="entryRoutes" />\n\nRhaid i chi gwblhau o leiaf 200 awr.\n\n${english}`;
    expect(validateContent(sources)).toEqual([
      'content/pathways/demo/pages/cy/training.mdx:5: body: is the same as content/pathways/demo/pages/en/training.mdx:3: write it in Welsh',
    ]);
  });
});

describe('findTags', () => {
  it('reads the attributes of each tag', () => {
    expect(findTags('<PageLink page="a" section="b">x</PageLink> and <PageLink page="c" />', 'PageLink')).toEqual([
      { page: 'a', section: 'b' },
      { page: 'c' },
    ]);
  });
  it('does not confuse tags that share a prefix', () => {
    expect(findTags('<Terms id="x"/><Term id="glh">', 'Term')).toEqual([{ id: 'glh' }]);
  });
});
