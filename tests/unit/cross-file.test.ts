import { describe, expect, it } from 'vitest';
import { checkAcrossFiles, type TestPage as PageSource } from '../support/cross-file';
import type { ContentSources, PathwaySource } from '../../src/validation/cross-file';
import { pageOutline } from '../../src/mdx/page-outline';
import type { Locale } from '../../src/lib/i18n/locale';

const PATHWAY = 'content/pathways/demo/pathway.yaml';

function page(lang: Locale, id: string, extra: Partial<PageSource> = {}): PageSource {
  const owner = extra.owner ?? 'demo';
  const file = owner === 'site' ? `content/site/pages/${lang}/${id}.mdx` : `content/pathways/${owner}/pages/${lang}/${id}.mdx`;
  return { file, owner, lang, id, slug: id === 'overview' ? undefined : id, sectionIds: [], body: '', ...extra };
}

/** Both languages of a page with the same sections. */
function pair(id: string, sectionIds: string[] = [], extra: Partial<PageSource> = {}): PageSource[] {
  return [page('en', id, { sectionIds, ...extra }), page('cy', id, { sectionIds, ...extra })];
}

/** A small, valid site: a pathway with two pages and the site's home and glossary. */
function valid(): Omit<ContentSources, 'pages'> & { pages: PageSource[]; pathways: PathwaySource[] } {
  return {
    pages: [
      ...pair('overview', ['key-facts']),
      ...pair('training', ['hours', 'evidence']),
      ...pair('home', [], { owner: 'site', slug: undefined }),
      ...pair('glossary', [], { owner: 'site' }),
    ],
    pathways: [
      {
        file: PATHWAY,
        id: 'demo',
        pages: ['overview', 'training'],
        refs: [{ field: 'additionalRequirements[dbs].see', page: 'training', section: 'hours' }],
      },
    ],
    glossaryIds: ['glh', 'dbs'],
  };
}

describe('the checks that span files', () => {
  it('accepts consistent content', () => {
    expect(checkAcrossFiles(valid())).toEqual([]);
  });

  it('reports a duplicate page id, naming both files', () => {
    const sources = valid();
    sources.pages.push(page('en', 'training', { file: 'content/pathways/demo/pages/en/training-copy.mdx', slug: 'training-copy' }));
    expect(checkAcrossFiles(sources)).toEqual([
      'content/pathways/demo/pages/en/training-copy.mdx: id: duplicate page id "training" (also used by content/pathways/demo/pages/en/training.mdx)',
    ]);
  });

  it('reports a page with no counterpart in the other language', () => {
    const sources = valid();
    sources.pages = sources.pages.filter((p) => !(p.id === 'glossary' && p.lang === 'cy'));
    expect(checkAcrossFiles(sources)).toEqual([
      'content/site/pages/en/glossary.mdx: id: page "glossary" has no Welsh counterpart (no cy file with id "glossary")',
    ]);
  });

  it('reports a page listed in pathway.yaml that has no file', () => {
    const sources = valid();
    sources.pathways[0]!.pages.push('progression');
    expect(checkAcrossFiles(sources)).toEqual([
      `${PATHWAY}: pages[2]: lists page "progression" but there is no English page with that id`,
      `${PATHWAY}: pages[2]: lists page "progression" but there is no Welsh page with that id`,
    ]);
  });

  it('reports a page file that the pathway does not list', () => {
    const sources = valid();
    sources.pages.push(...pair('extra'));
    const errors = checkAcrossFiles(sources);
    expect(errors).toContain(
      'content/pathways/demo/pages/en/extra.mdx: id: page "extra" is not listed in the pages of content/pathways/demo/pathway.yaml',
    );
    expect(errors).toContain(
      'content/pathways/demo/pages/cy/extra.mdx: id: page "extra" is not listed in the pages of content/pathways/demo/pathway.yaml',
    );
  });

  it('reports English and Welsh pages whose section ids differ', () => {
    const sources = valid();
    const welsh = sources.pages.find((p) => p.id === 'training' && p.lang === 'cy')!;
    welsh.sectionIds = ['hours', 'tystiolaeth'];
    expect(checkAcrossFiles(sources)).toEqual([
      'content/pathways/demo/pages/cy/training.mdx: headings: section ids differ from content/pathways/demo/pages/en/training.mdx: missing "evidence"; not in English "tystiolaeth"',
    ]);
  });

  it('reports a <PageLink> to a section the page does not have', () => {
    const sources = valid();
    sources.pages.find((p) => p.id === 'overview' && p.lang === 'cy')!.body =
      'Gweler <PageLink page="training" section="oriau">yr oriau</PageLink>.';
    expect(checkAcrossFiles(sources)).toEqual([
      'content/pathways/demo/pages/cy/overview.mdx:1:8: body <PageLink page="training">: refers to unknown section "oriau" of page "training" (it has "hours", "evidence")',
    ]);
  });

  it('reports a <PageLink> to a page that does not exist', () => {
    const sources = valid();
    sources.pages.find((p) => p.id === 'overview' && p.lang === 'en')!.body = 'See <PageLink page="trainign">training</PageLink>.';
    expect(checkAcrossFiles(sources)).toEqual([
      'content/pathways/demo/pages/en/overview.mdx:1:5: body <PageLink page="trainign">: refers to unknown page "trainign" in pathway "demo"',
    ]);
  });

  it('reports a <PageLink> with no page', () => {
    const sources = valid();
    sources.pages.find((p) => p.id === 'overview' && p.lang === 'en')!.body = 'See <PageLink section="hours">hours</PageLink>.';
    expect(checkAcrossFiles(sources)).toEqual([
      'content/pathways/demo/pages/en/overview.mdx:1:5: body: <PageLink> needs a page="…" attribute',
    ]);
  });

  it('checks a site page\'s <PageLink pathway="…"> against that pathway', () => {
    const sources = valid();
    const home = sources.pages.find((p) => p.id === 'home' && p.lang === 'en')!;
    home.body = '<PageLink page="training" pathway="demo" section="hours">Hours</PageLink>';
    expect(checkAcrossFiles(sources)).toEqual([]);
    home.body = '<PageLink page="training" pathway="demo" section="shifts">Shifts</PageLink>';
    expect(checkAcrossFiles(sources)).toEqual([
      'content/site/pages/en/home.mdx:1:1: body <PageLink page="training">: refers to unknown section "shifts" of page "training" (it has "hours", "evidence")',
    ]);
  });

  it('reports a <Term> that is not in the glossary', () => {
    const sources = valid();
    sources.pages.find((p) => p.id === 'training' && p.lang === 'en')!.body =
      'Counted in <Term id="glh">GLH</Term> and <Term id="tqt">TQT</Term>.';
    expect(checkAcrossFiles(sources)).toEqual([
      'content/pathways/demo/pages/en/training.mdx:1:42: body: <Term id="tqt"> is not in the glossary',
    ]);
  });

  it('reports an unknown reference in additionalRequirements[].see', () => {
    const sources = valid();
    sources.pathways[0]!.refs = [
      { field: 'additionalRequirements[dbs].see', page: 'training', section: 'dbs-checks' },
      { field: 'additionalRequirements[shifts].see', page: 'additional-requirements' },
    ];
    expect(checkAcrossFiles(sources)).toEqual([
      `${PATHWAY}: additionalRequirements[dbs].see: refers to unknown section "dbs-checks" of page "training" (it has "hours", "evidence")`,
      `${PATHWAY}: additionalRequirements[shifts].see: refers to unknown page "additional-requirements" in pathway "demo"`,
    ]);
  });

  it('requires a slug on every page but the first of a pathway', () => {
    const sources = valid();
    sources.pages.find((p) => p.id === 'training' && p.lang === 'cy')!.slug = undefined;
    expect(checkAcrossFiles(sources)).toEqual([
      "content/pathways/demo/pages/cy/training.mdx: slug: is required (only a pathway's first page has none)",
    ]);
  });

  it('reports two pages with the same slug in one language', () => {
    const sources = valid();
    sources.pages.find((p) => p.id === 'training' && p.lang === 'cy')!.slug = 'hyfforddiant';
    sources.pages.push(...[page('en', 'extra'), page('cy', 'extra', { slug: 'hyfforddiant' })]);
    sources.pathways[0]!.pages.push('extra');
    expect(checkAcrossFiles(sources)).toEqual([
      'content/pathways/demo/pages/cy/extra.mdx: slug: "hyfforddiant" is the slug of two pages, content/pathways/demo/pages/cy/training.mdx and content/pathways/demo/pages/cy/extra.mdx: give one of them another',
    ]);
  });

  it('reports a page in a folder with no pathway.yaml', () => {
    const sources = valid();
    sources.pages.push(...pair('overview', [], { owner: 'nursing' }));
    expect(checkAcrossFiles(sources)).toContain(
      'content/pathways/nursing/pages/en/overview.mdx: id: page belongs to pathway "nursing", which has no pathway.yaml',
    );
  });

  it('reports every error at once rather than stopping at the first', () => {
    const sources = valid();
    sources.pages = sources.pages.filter((p) => !(p.id === 'glossary' && p.lang === 'en'));
    sources.pages.find((p) => p.id === 'overview' && p.lang === 'en')!.body = '<Term id="nope">x</Term>';
    expect(checkAcrossFiles(sources)).toHaveLength(2);
  });
});

describe('what only the prose can show', () => {
  it('names an unknown <Fact>, with the fact it is nearest to', () => {
    const sources = valid();
    sources.factNames = ['minimumCredits', 'offTheJobHours'];
    sources.pages[2]!.body = 'At least <Fact name="offTheJobHour" /> hours.';
    expect(checkAcrossFiles(sources)).toEqual([
      'content/pathways/demo/pages/en/training.mdx:1:10: body: <Fact name="offTheJobHour"> is not a fact (did you mean "offTheJobHours"?)',
    ]);
  });

  it('asks a fact of one level to name its level where the pathway has several, at its line, and refuses a level it does not have', () => {
    const sources = valid();
    sources.factNames = ['minimumCredits', 'fundingBody'];
    sources.levelFactNames = ['minimumCredits'];
    sources.pathways[0]!.levels = [3, 4];
    sources.pages[2]!.body =
      'Funded by <Fact name="fundingBody" />.\n\nAt least <Fact name="minimumCredits" /> credits, or <Fact name="minimumCredits" level="4" />.\n\n<Fact name="minimumCredits" level="5" />';
    expect(checkAcrossFiles(sources)).toEqual([
      'content/pathways/demo/pages/en/training.mdx:3:10: body: <Fact name="minimumCredits"> is a fact of one level, and this pathway has levels 3 and 4: add level="3" or level="4"',
      'content/pathways/demo/pages/en/training.mdx:5:1: body: <Fact name="minimumCredits" level="5"> names a level the pathway does not have (its levels: 3, 4)',
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
    expect(checkAcrossFiles(sources)).toEqual([
      'content/pathways/demo/pages/cy/training.mdx:1:16: body: <Fact name="minimumCredits" count="credit"> starts a sentence: add start (<Fact name="minimumCredits" count="credit" start />), so that a count written as a word has its capital ("Chwe chredyd…")',
      'content/pathways/demo/pages/cy/training.mdx:6:15: body: <Fact name="offTheJobHours" count="hour"> starts a sentence: add start (<Fact name="offTheJobHours" count="hour" start />), so that a count written as a word has its capital ("Chwe chredyd…")',
      'content/pathways/demo/pages/cy/training.mdx:7:5: body: <Fact name="offTheJobHours" count="hour" start> does not start a sentence: take start away',
      'content/pathways/demo/pages/cy/training.mdx:8:3: body: <Fact name="minimumCredits" count="credit"> starts a sentence: add start (<Fact name="minimumCredits" count="credit" start />), so that a count written as a word has its capital ("Chwe chredyd…")',
    ]);
  });

  it('finds Welsh prose left as the English, paragraph by paragraph, but not shared components', () => {
    const sources = valid();
    const english = 'You must complete at least 200 hours of <PageLink page="training">training</PageLink> off the job.';
    sources.pages[2]!.body = `<ItemList list="entryRoutes" />\n\n${english}`;
    sources.pages[3]!.body = `<ItemList list="entryRoutes" />\n\nRhaid i chi gwblhau o leiaf 200 awr.\n\n${english}`;
    expect(checkAcrossFiles(sources)).toEqual([
      'content/pathways/demo/pages/cy/training.mdx:5: body: is the same as content/pathways/demo/pages/en/training.mdx:3: write it in Welsh',
    ]);
  });
});

describe('the component uses of a page, read from its syntax tree', () => {
  it('gives each use its attributes, its line and its column', () => {
    const { uses } = pageOutline(
      'Intro.\n\nSee <PageLink page="a" section="b">x</PageLink> and <PageLink page="c" />.\n\n<Fact name="minimumCredits" count="credit" start />',
    );
    expect(uses.map(({ name, attributes, line, column }) => ({ name, attributes, line, column }))).toEqual([
      { name: 'PageLink', attributes: { page: 'a', section: 'b' }, line: 3, column: 5 },
      { name: 'PageLink', attributes: { page: 'c' }, line: 3, column: 53 },
      { name: 'Fact', attributes: { name: 'minimumCredits', count: 'credit', start: '' }, line: 5, column: 1 },
    ]);
  });

  it('does not confuse components whose names share a prefix, nor count a tag written in a comment or code', () => {
    const { uses } = pageOutline('<Terms id="x"/> <Term id="glh">GLH</Term>\n\n{/* <Term id="old" /> */}\n\n`<Term id="code" />`');
    expect(uses.map((use) => [use.name, use.attributes.id])).toEqual([
      ['Terms', 'x'],
      ['Term', 'glh'],
    ]);
  });

  it('gives each section the id Astro gives it: its {#id}, or else a slug of its text', () => {
    const { sections } = pageOutline('# Title\n\n## Entry routes {#routes}\n\n### Who can apply\n\n## Who can apply');
    expect(sections.map((section) => [section.id, section.line])).toEqual([
      ['routes', 3],
      ['who-can-apply', 5],
      ['who-can-apply-1', 7],
    ]);
  });
});
