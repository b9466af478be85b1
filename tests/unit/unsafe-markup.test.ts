/**
 * The built-output check (tests/support/unsafe-markup.ts) on small pages: it must pass what the
 * site ships and catch each thing that must not be on a page, or tests/built/unsafe-markup.test.ts
 * would pass whatever dist/ held.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { unsafeMarkup } from '../support/unsafe-markup';

const page = new URL('https://clinical-coding.example.wales/en/training/');
const check = (body: string) => unsafeMarkup(`<!doctype html><html><head></head><body>${body}</body></html>`, page);

describe('unsafeMarkup', () => {
  it('passes what the site ships', () => {
    const site = [
      '<link rel="canonical" href="https://clinical-coding.example.wales/en/training/">',
      '<form action="/en/search/" method="get"><input id="site-search-q" name="q" type="search"></form>',
      '<script type="application/json" id="checker-data">{"a":1}</script>',
      '<script type="module" src="/_astro/Checker.abc123.js"></script>',
      '<script type="module" src="/pagefind/search.js"></script>',
      '<a href="https://gov.wales/">a</a> <a href="mailto:a@example.wales">b</a> <a href="tel:+44">c</a> <a href="#x">d</a> <a href="../overview/">e</a>',
      '<img src="/images/a.png" srcset="/images/a.png 1x, /images/b.png 2x" alt="">',
    ].join('');
    expect(check(site)).toEqual([]);
  });

  it("passes an inline module script only when the page's own policy allows it by its hash", () => {
    const code = 'import("/_astro/checker.abc123.js")';
    const hash = `sha256-${createHash('sha256').update(code).digest('base64')}`;
    const withPolicy = (scriptSrc: string, script: string) =>
      unsafeMarkup(
        `<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src 'none'; script-src ${scriptSrc}"></head><body>${script}</body></html>`,
        page,
      );
    expect(withPolicy(`'self' '${hash}'`, `<script type="module">${code}</script>`)).toEqual([]);
    expect(withPolicy(`'self' '${hash}'`, `<script type="module">${code};alert(1)</script>`)).toEqual([
      expect.stringContaining('an inline script'),
    ]);
    expect(withPolicy(`'self' '${hash}'`, `<script>${code}</script>`)).toEqual([expect.stringContaining('an inline script')]);
    expect(withPolicy("'self'", `<script type="module">${code}</script>`)).toEqual([expect.stringContaining('an inline script')]);
  });

  it.each([
    ['an inline script', '<script>alert(1)</script>', 'an inline script'],
    ['an inline module script', '<script type="module">alert(1)</script>', 'an inline script'],
    ['a classic script from the site', '<script src="/_astro/a.js"></script>', 'a script the site does not ship'],
    [
      'a module script from another origin',
      '<script type="module" src="https://cdn.example/a.js"></script>',
      'a script the site does not ship',
    ],
    [
      'a module script from elsewhere on the site',
      '<script type="module" src="/uploads/a.js"></script>',
      'a script the site does not ship',
    ],
    ['a data block with a src', '<script type="application/json" src="/a.json"></script>', 'data block with a src'],
    ['an onclick attribute', '<a href="/" onclick="x()">a</a>', 'an event handler'],
    ['an onFocus attribute in another case', '<button onFocus="x()">a</button>', 'an event handler'],
    ['a handler on the search field', `<input id="site-search-q" onfocus="import('/pagefind/search.js')">`, 'an event handler'],
    ['an iframe', '<iframe src="/x/"></iframe>', '<iframe>: embeds'],
    ['a frameset', '<frameset></frameset>', '<frameset>: embeds'],
    ['a frame', '<div><frame src="/x/"></div>', '<frame>: embeds'],
    ['an object', '<object data="/a.pdf"></object>', '<object>: embeds'],
    ['an embed', '<embed src="/a.pdf">', '<embed>: embeds'],
    ['a javascript: link', '<a href="javascript:alert(1)">a</a>', 'uses javascript:'],
    ['an entity-encoded javascript: link', '<a href="&#106;avascript:alert(1)">a</a>', 'uses javascript:'],
    ['a javascript: link split by a tab', '<a href="java&#9;script:alert(1)">a</a>', 'uses javascript:'],
    ['a data: link', '<a href="data:text/html,hi">a</a>', 'uses data:'],
    ['a data: image', '<img src="data:image/png;base64,AAAA" alt="">', 'uses data:'],
    ['an http: link', '<a href="http://gov.wales/">a</a>', 'uses http:'],
    ['an http: image in a srcset', '<img src="/a.png" srcset="/a.png 1x, http://x.example/b.png 2x" alt="">', 'uses http:'],
    ['a protocol-relative link', '<a href="//evil.example/">a</a>', 'is protocol-relative'],
    ['a protocol-relative stylesheet', '<link rel="stylesheet" href="//evil.example/a.css">', 'is protocol-relative'],
    ['a vbscript: link', '<a href="vbscript:x">a</a>', 'uses vbscript:'],
    ['an SVG xlink:href', '<svg><a xlink:href="javascript:x()"></a></svg>', 'uses javascript:'],
    ['a form posting to another origin', '<form action="https://collect.example/"></form>', 'submits to another origin'],
    [
      'a button submitting to another origin',
      '<form action="/"><button formaction="https://collect.example/">Go</button></form>',
      'submits to another origin',
    ],
    ['a base element', '<base href="/other/">', '<base>: changes where relative addresses go'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">', 'redirects the page'],
    ['a data: URL in CSS', '<p style="background: url(data:image/png;base64,AAAA)">a</p>', 'uses data:'],
    ['an http: URL in a style element', '<style>p { background: url("http://x.example/a.png") }</style>', 'uses http:'],
  ])('catches %s', (_what, body, reason) => {
    expect(check(body)).toEqual([expect.stringContaining(reason)]);
  });

  it('names the element, the attribute and the reason', () => {
    expect(check('<a href="/" onclick="x()">a</a><a id="go" href="javascript:x()">b</a>')).toEqual([
      '<a> onclick="x()": an event handler',
      '<a#go> href="javascript:x()": uses javascript:',
    ]);
  });
});
