/**
 * findUnsafeContent on small documents parsed as the build parses them: what an author may write,
 * and each way of writing something that must not be published.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isOnlyComments } from '../../../src/mdx/unsafe-content';
import { CONTENT_COMPONENTS, PROSE_ELEMENTS } from '../../../src/mdx/element-rules';
import { projectRoot } from '../../support/paths';
import { problemsInMarkdown, problemsInMdx } from '../../support/mdx';

const reasons = (source: string) => problemsInMdx(source).map((p) => p.reason);
const where = (source: string) => problemsInMdx(source).map((p) => `${p.line}:${p.column}`);
/** Problems other than elements that are not allowed at all: addresses, attributes. */
const notElements = (source: string) => reasons(source).filter((reason) => !/^<[^ >]*> is not allowed in content: /.test(reason));

describe('what content may hold', () => {
  it('passes the components, links and text the pages use', () => {
    const page = [
      '## Entry routes {#entry-routes}',
      '',
      'You need <Fact name="minimumCredits" /> credits: see <PageLink page="training" section="off-the-job">off-the-job training</PageLink> and <Term id="glh">GLH</Term>.',
      '',
      '<ItemList list="entryRoutes" />',
      '',
      '[AbilityNet](https://mcmw.abilitynet.org.uk/), [training](../training/), [hours](#minimum-hours), [home](/en/), [email us](mailto:help@example.wales), [phone](tel:+442920000000).',
      '',
      '![A chart](/images/chart.png) and ![another](chart.svg)',
      '',
      '<a href="https://gov.wales/">Welsh Government</a> <img src="/images/logo.png" alt="" />',
      '',
      '{/* a note for editors */}',
      '',
      'Cymraeg: ŵ ŷ â “dyfynodau” – and a\ttab.',
    ].join('\n');
    expect(problemsInMdx(page)).toEqual([]);
  });
});

describe('elements', () => {
  it.each(['script', 'style', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link'])(
    '<%s> is rejected, as a block or inline',
    (tag) => {
      expect(reasons(`<${tag} />`)).toEqual([expect.stringMatching(new RegExp(`^<${tag}> is not allowed in content: `))]);
      expect(reasons(`Some text <${tag}></${tag}> here.`)).toHaveLength(1);
    },
  );

  it('is rejected whatever its case or namespace', () => {
    expect(reasons('<SCRIPT />\n\n<p><svg:script /></p>')).toEqual([
      '<SCRIPT> is not allowed in content: it runs JavaScript',
      '<svg:script> is not allowed in content: it runs JavaScript',
    ]);
  });

  it('is rejected when nested inside a component', () => {
    expect(where('<Term id="glh">\n  <script>x</script>\n</Term>')).toEqual(['2:3']);
  });
});

describe('only the elements content may use', () => {
  it("the prose elements and the site's components pass", () => {
    const page = [
      ...[...PROSE_ELEMENTS].filter((tag) => !['br', 'hr', 'img', 'wbr', 'col', 'source'].includes(tag)).map((tag) => `<${tag}>x</${tag}>`),
      '<br /> <hr /> <img src="/a.png" alt="" /> <wbr /> <col /> <source srcSet="/a.webp" />',
      ...CONTENT_COMPONENTS.map((name) => `<${name} />`),
      '<>fragment</>',
    ].join('\n\n');
    expect(problemsInMdx(page)).toEqual([]);
  });

  it('the components are the ones src/components/mdx-components.ts gives the pages', () => {
    const source = readFileSync(join(projectRoot, 'src/components/mdx-components.ts'), 'utf8');
    const object = /export const mdxComponents = \{([^}]*)\}/.exec(source)?.[1] ?? '';
    expect(
      object
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    ).toEqual([...CONTENT_COMPONENTS]);
  });

  it.each(['form', 'input', 'button', 'textarea', 'select', 'option', 'optgroup', 'datalist', 'fieldset', 'legend', 'label', 'output'])(
    '<%s> is rejected: content has no forms',
    (tag) => {
      expect(reasons(`Text <${tag}>x</${tag}> here.`)).toEqual([
        expect.stringMatching(new RegExp(`^<${tag}> is not allowed in content: .*form`)),
      ]);
    },
  );

  it.each(['plaintext', 'xmp', 'listing', 'noscript', 'template', 'noembed', 'noframes', 'title', 'head', 'body', 'html', 'svg', 'math'])(
    '<%s> is rejected: it changes how the browser reads what follows, or belongs to the layout',
    (tag) => {
      expect(reasons(`<${tag}>x</${tag}>`)).toEqual([expect.stringMatching(new RegExp(`^<${tag}> is not allowed in content: `))]);
    },
  );

  it.each([
    [
      'an element not in the list',
      '<video src="/a.mp4"></video>',
      '<video> is not allowed in content: it is not one of the HTML elements content may use (content/README.md, "When content is wrong", lists them)',
    ],
    [
      'a component the site does not have',
      '<Terms id="glh" />',
      "<Terms> is not allowed in content: it is not one of the site's components (did you mean <Term>?)",
    ],
    [
      'a member of an object',
      '<Evil.Thing />',
      `<Evil.Thing> is not allowed in content: it is not one of the site's components (${CONTENT_COMPONENTS.join(', ')})`,
    ],
    [
      'an HTML element written in capitals, which JSX reads as a component',
      '<P>x</P>',
      "<P> is not allowed in content: it is not one of the site's components (did you mean <p>?)",
    ],
  ])('%s is rejected', (_what, source, reason) => {
    expect(reasons(source)).toEqual([reason]);
  });

  it('raw HTML in a Markdown file is held to the same list', () => {
    expect(
      problemsInMarkdown('Text\n\n<form action="/x"><input name="q"></form>\n\n<xmp>x</xmp>\n').map((p) => p.reason.split(':')[0]),
    ).toEqual(['<form> is not allowed in content', '<input> is not allowed in content', '<xmp> is not allowed in content']);
  });
});

describe('attributes', () => {
  it.each(['onclick', 'onClick', 'ONFOCUS', 'onMouseOver'])('%s is rejected on an element and on a component', (name) => {
    expect(reasons(`<a href="/en/" ${name}="x()">a</a> <Term id="glh" ${name}="x()">b</Term>`)).toEqual([
      `<a ${name}> is not allowed: event-handler attributes (on…) run JavaScript`,
      `<Term ${name}> is not allowed: event-handler attributes (on…) run JavaScript`,
    ]);
  });

  it.each(['set:html', 'set:text', 'dangerouslySetInnerHTML', 'innerHTML', 'srcdoc', 'style', 'define:vars', 'client:load'])(
    '%s is rejected',
    (name) => {
      expect(reasons(`<div ${name}="x" />`)).toEqual([expect.stringMatching(new RegExp(`^<div ${name}> is not allowed: `))]);
    },
  );

  it.each([
    ['data-pagefind-filter', 'pathway:health-records'],
    ['data-pagefind-meta', 'title:Apply here'],
    ['data-pagefind-body', ''],
    ['data-pagefind-ignore', 'all'],
  ])(
    '%s is rejected, in JSX and in raw HTML: the layout alone tells the search index what a page is and which pathway it belongs to',
    (name, value) => {
      expect(reasons(`<span ${name}="${value}">a</span>`)).toEqual([
        `<span ${name}> is not allowed: the layout tells the search index what to index, under which title and pathway`,
      ]);
      expect(reasons(`A paragraph with <span ${name}="${value}">raw HTML</span> in it.`)).toHaveLength(1);
    },
  );

  it('an {expression} value or a {...spread} is rejected: it cannot be checked before it renders', () => {
    expect(reasons('<a href={"javascript:" + "x"}>a</a> <Term {...props} />')).toEqual([
      '<a href={…}> is not allowed: write the value as quoted text so the build can check it',
      '<Term {...}> is not allowed: a spread can hold any attribute; write each one as quoted text so the build can check it',
    ]);
  });
});

describe('addresses', () => {
  it.each([
    ['a Markdown link', '[a](javascript:alert(1))'],
    ['a bare address', 'Visit http://example.com/ today.'],
    ['a bare www. address (which GFM links with http:)', 'Visit www.example.com today.'],
    ['a link definition', '[a][x]\n\n[x]: data:text/html,hi'],
    ['an <a href>', '<a href="vbscript:msgbox(1)">a</a>'],
    ['a <form action>', '<form action="http://example.com/collect"></form>'],
    ['a <button formaction>', '<button formAction="javascript:x()">Go</button>'],
    ['an SVG xlink:href', '<svg><a xlink:href="javascript:x()"><text>a</text></a></svg>'],
    ['a protocol-relative href', '<a href="//example.com/">a</a>'],
    ['a backslash host', '<a href="\\\\example.com/">a</a>'],
    ['a scheme split by a tab', '[a](jav&#x09;ascript:x)'],
    ['a scheme in capitals', '[a](JavaScript:x)'],
  ])('%s with a scheme the site does not allow is rejected', (_what, source) => {
    expect(notElements(source)).toHaveLength(1);
  });

  it.each([
    ['a Markdown image', '![a](https://images.example/a.png)'],
    ['an image reference', '![a][pic]\n\n[pic]: https://images.example/a.png'],
    ['an <img src>', '<img src="https://images.example/a.png" alt="" />'],
    ['an <img srcset>', '<img src="/a.png" srcSet="/a.png 1x, https://images.example/a.png 2x" alt="" />'],
    ['a <video poster>', '<video poster="//images.example/a.png"></video>'],
    ['an <audio src>', '<audio src="mailto:a@example.com"></audio>'],
    ['an SVG <image href>', '<svg><image href="https://images.example/a.png" /></svg>'],
  ])('%s from another origin is rejected (only relative addresses load)', (_what, source) => {
    expect(notElements(source)).toEqual([expect.stringMatching(/images and other resources must be relative addresses on this site$/)]);
  });

  it('names the link, its address and the rule', () => {
    expect(reasons('[Apply](http://apply.example/)')).toEqual([
      'link "http://apply.example/" uses http:, but links may only use https:, mailto:, tel: or a relative address',
    ]);
  });
});

describe('url(…) in attribute values', () => {
  const urlReasons = (source: string) => reasons(source).filter((reason) => reason.includes('url('));

  it.each(['filter', 'mask', 'clip-path', 'fill', 'stroke', 'marker-start', 'marker-mid', 'marker-end', 'cursor'])(
    'an SVG %s="url(…)" from another origin is rejected',
    (attribute) => {
      expect(urlReasons(`<svg><rect ${attribute}="url(https://evil.example/a.svg#x)" /></svg>`)).toEqual([
        `<rect ${attribute}> url("https://evil.example/a.svg#x") loads from another origin (evil.example), but images and other resources must be relative addresses on this site`,
      ]);
    },
  );

  it.each([
    ['any attribute, on a component too', '<Term id="glh" data-x="url(//evil.example/a)">GLH</Term>'],
    ['quoted, in capitals, after other values', '<p title="red URL( \'http://evil.example/a\' ) x">a</p>'],
    ['written with a CSS escape', '<p title="\\75 rl(https://evil.example/a)">a</p>'],
    ['with a CSS comment in it (read strictly: comments are dropped)', '<p title="url(/**/https://evil.example/a)">a</p>'],
    ['as src(…)', '<p title="src(https://evil.example/a)">a</p>'],
  ])('%s: the url(…) is found', (_what, source) => {
    expect(urlReasons(source)).toHaveLength(1);
  });

  it('in raw HTML in Markdown too', () => {
    expect(problemsInMarkdown('<svg><rect fill="url(data:image/svg+xml,x)"/></svg>\n').map((p) => p.reason)).toContain(
      '<rect fill> url("data:image/svg+xml,x") uses data:, but images and other resources must be relative addresses on this site',
    );
  });

  it('a relative url(…), such as a gradient on the same page, is fine', () => {
    expect(urlReasons('<svg><rect fill="url(#gradient)" mask="url(\'/images/m.svg#m\')" /></svg>')).toEqual([]);
  });
});

describe('reference definitions', () => {
  it('an image reference is checked against the definition that is published: the first of its label', () => {
    const source = '![Logo][a]\n\n[a]: https://evil.example/x.png\n[a]: ./ok.png';
    expect(problemsInMdx(source).map((p) => `${p.line}:${p.column}: ${p.reason}`)).toEqual([
      '1:1: image [a] "https://evil.example/x.png" loads from another origin (evil.example), but images and other resources must be relative addresses on this site',
      '4:1: link definition [a] repeats the label of the one on line 3: only the first is used; remove one of them',
    ]);
  });

  it.each([
    ['whatever its case', '[Apply]: https://gov.wales/\n[apply]: ./apply/'],
    ['whatever its spaces and line breaks', '[apply\n  now]: https://gov.wales/\n[Apply Now]: ./apply/'],
    ['by Unicode case folding (ẞ is SS)', '[ẞ]: ./a/\n[ss]: ./b/'],
    ['inside a list or a quote (definitions are global)', '> [a]: ./a/\n\n- [A]: ./b/'],
  ])('a label defined twice is rejected, %s', (_what, definitions) => {
    expect(reasons(`Text [link][a].\n\n${definitions}`)).toEqual([
      expect.stringMatching(/^link definition \[.+\] repeats the label of the one on line \d+: only the first is used/),
    ]);
  });

  it('every definition is checked, used or not', () => {
    expect(reasons('[a]: ./a/\n[b]: javascript:x()\n[c]: http://c.example/')).toHaveLength(2);
  });
});

describe('heading attributes ({#id …})', () => {
  it('a heading may have a lower-case kebab {#id}, ATX or setext', () => {
    expect(problemsInMdx('## Entry routes {#entry-routes}\n\nLevel 4 {#level-4}\n---\n\n## Plain heading')).toEqual([]);
  });

  it('an id that is not lower-case words joined by hyphens is rejected', () => {
    expect(problemsInMdx('Text.\n\n## Entry routes {#Entry_Routes}')).toEqual([
      {
        line: 3,
        column: 18,
        reason: 'heading {#Entry_Routes}: a section id must be lower-case words joined by hyphens (for example {#entry-routes})',
      },
    ]);
  });

  it.each([
    ['style=color:red', 'style="color:red"'],
    ['onclick=alert(1)', 'onclick="alert(1)"'],
    ['title="url(https://evil.example/x)"', 'title="url(https://evil.example/x)"'],
  ])('{#x %s} is rejected', (attribute, shown) => {
    expect(reasons(`## Heading {#x ${attribute}}`)).toEqual([
      `heading attribute ${shown} is not allowed: a heading may carry only its {#id}`,
    ]);
  });

  it('names each attribute and class where it is written', () => {
    const source =
      'Intro.\n\n## Fees {#fees .visually-hidden aria-hidden=true contenteditable=true tabindex=1 data-pagefind-ignore dir=rtl}';
    expect(problemsInMdx(source).map((p) => `${p.line}:${p.column}: ${p.reason}`)).toEqual([
      '3:16: heading class .visually-hidden is not allowed: a heading may carry only its {#id}',
      '3:33: heading attribute aria-hidden="true" is not allowed: a heading may carry only its {#id}',
      '3:50: heading attribute contenteditable="true" is not allowed: a heading may carry only its {#id}',
      '3:71: heading attribute tabindex="1" is not allowed: a heading may carry only its {#id}',
      '3:82: heading attribute data-pagefind-ignore is not allowed: a heading may carry only its {#id}',
      '3:103: heading attribute dir="rtl" is not allowed: a heading may carry only its {#id}',
    ]);
  });

  it('a setext heading and a heading with no id are held to the same rule', () => {
    expect(where('Fees {#fees .hidden}\n---\n\n## Costs {.hidden}')).toEqual(['1:13', '4:11']);
  });
});

describe('JavaScript in {…} and import/export', () => {
  it('rejects expressions, flow and inline, and keeps comments', () => {
    expect(reasons('{/* fine */}\n\nText {1 + 1} and {<script>x</script>}\n\n{alert(1)}')).toEqual([
      '{…} JavaScript expressions are not allowed in content (only {/* comments */})',
      '{…} JavaScript expressions are not allowed in content (only {/* comments */})',
      '{…} JavaScript expressions are not allowed in content (only {/* comments */})',
    ]);
  });

  it('rejects import and export', () => {
    expect(where("import Evil from '../evil.astro'\nexport const x = 1\n\nText")).toEqual(['1:1']);
  });

  it.each([
    ['', true],
    [' /* a */ // b\n ', true],
    ['/* a */ x', false],
    ['/* never closed', false],
  ])('isOnlyComments(%j) is %s', (code, expected) => {
    expect(isOnlyComments(code)).toBe(expected);
  });
});

describe('control characters', () => {
  it('points at each bidirectional control where it is written', () => {
    const source = 'Line one.\n\nThe fee is \u202e0.00 and \u2066x\u2069.';
    expect(where(source)).toEqual(['3:12', '3:22', '3:24']);
    expect(reasons(source)[0]).toBe(
      'bidirectional control character U+202E (RIGHT-TO-LEFT OVERRIDE): it can make text display differently from what it says; remove it',
    );
  });

  it('finds them in headings, code, link addresses and attribute values too', () => {
    expect(reasons('# A\u200fB\n\n`x\u200ey`\n\n[a](/en/\u061c)\n\n<Term id="g\u0007lh">x</Term>')).toHaveLength(4);
  });

  it("finds each one where it is written, in a comment, a heading's {#id} (also not a section id: 5:10) or the front matter", () => {
    expect(where('---\ntitle: A\u00adB\n---\n\n## Fees {#fees\u200d}\n\n{/* note \u2067 */}\n\nA link [a](/en/\u200c).')).toEqual([
      '2:9',
      '5:10',
      '5:15',
      '7:10',
      '9:16',
    ]);
  });

  it('finds one written as a character reference, at the start of what holds it', () => {
    expect(
      problemsInMdx('First.\n\nThe fee &#x202E;is paid [a](/en/&#8203;x).').map((p) => `${p.line}:${p.column}: ${p.reason.split(':')[0]}`),
    ).toEqual([
      '3:1: bidirectional control character U+202E (RIGHT-TO-LEFT OVERRIDE)',
      '3:25: invisible character U+200B (ZERO WIDTH SPACE)',
    ]);
  });
});

describe('raw HTML in Markdown files', () => {
  it('is held to the same rules', () => {
    const problems = problemsInMarkdown('Text\n\n<div onclick="x()">\n<a href="javascript:x()">a</a>\n<script>x()</script>\n</div>\n');
    expect(problems.map((p) => `${p.line}: ${p.reason}`)).toEqual([
      '3: <div onClick> is not allowed: event-handler attributes (on…) run JavaScript',
      '3: <a href="javascript:x()"> uses javascript:, but links may only use https:, mailto:, tel: or a relative address',
      '3: <script> is not allowed in content: it runs JavaScript',
    ]);
  });
});

describe('a file with several problems', () => {
  it('reports every one, in source order', () => {
    expect(where('<script />\n\n[a](http://a.example/) and ![b](http://b.example/b.png)\n\n<a href="/x/" onClick="y">c</a>')).toEqual([
      '1:1',
      '3:1',
      '3:28',
      '5:1',
    ]);
  });
});
