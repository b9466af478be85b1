/**
 * The policy the site asks of its hosts (src/hosting/): each page's Content-Security-Policy, the
 * headers, and the host files made from them, which must all say the same thing.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  pagePolicy,
  sitePolicy,
  responseHeaders,
  notFoundPage,
  SECURITY_HEADERS,
  IMMUTABLE_CACHE,
  DATA_POLICY,
  type PageNeeds,
} from '../../src/hosting/policy';
import { pageNeeds, pageProblems, withPolicy } from '../../src/hosting/page-security';
import {
  apacheHtaccess,
  azureStaticWebAppConfig,
  dataPathPatterns,
  netlifyHeaders,
  netlifyRedirects,
  nginxServerSnippet,
} from '../../src/hosting/host-files';
import { pathSegments } from '../../src/hosting/server';

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));
const contentPage: PageNeeds = { styleHashes: ['sha256-a'], scriptHashes: [], scripts: false, search: false };
const checkerPage: PageNeeds = { styleHashes: ['sha256-a', 'sha256-b'], scriptHashes: ['sha256-loader'], scripts: true, search: false };
const searchPage: PageNeeds = { styleHashes: ['sha256-a'], scriptHashes: [], scripts: true, search: true };

describe("a page's own policy", () => {
  it('runs no script at all on a page that loads none', () => {
    expect(directive(pagePolicy(contentPage), 'script-src')).toBe("script-src 'none'");
  });

  it("lets the checker run the site's own scripts and its inline loader by hash, and only search compile WebAssembly", () => {
    expect(directive(pagePolicy(checkerPage), 'script-src')).toBe("script-src 'self' 'sha256-loader'");
    expect(directive(pagePolicy({ ...checkerPage, scriptHashes: [] }), 'script-src')).toBe("script-src 'self'");
    expect(directive(pagePolicy(searchPage), 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('allows connections to the site itself on every page, and to no other origin', () => {
    for (const page of [contentPage, checkerPage, searchPage])
      expect(directive(pagePolicy(page), 'connect-src')).toBe("connect-src 'self'");
  });

  it("allows exactly the page's inline styles, and nothing from anywhere by default", () => {
    expect(directive(pagePolicy(checkerPage), 'style-src')).toBe("style-src 'sha256-a' 'sha256-b'");
    expect(directive(pagePolicy(contentPage), 'default-src')).toBe("default-src 'none'");
  });

  it('lets no page start a worker, nor turn a string into markup or script (Trusted Types)', () => {
    for (const needs of [contentPage, checkerPage, searchPage]) {
      expect(directive(pagePolicy(needs), 'worker-src')).toBe("worker-src 'none'");
      expect(directive(pagePolicy(needs), 'require-trusted-types-for')).toBe("require-trusted-types-for 'script'");
      expect(directive(pagePolicy(needs), 'trusted-types')).toBe("trusted-types 'none'");
    }
  });

  it("never uses an unsafe keyword but WebAssembly's, and leaves framing to the header (a <meta> cannot carry it)", () => {
    for (const needs of [contentPage, checkerPage, searchPage]) {
      expect(pagePolicy(needs).replace("'wasm-unsafe-eval'", '')).not.toContain('unsafe');
      expect(pagePolicy(needs)).not.toContain('frame-ancestors');
    }
  });
});

describe("the site's policy, sent as a header", () => {
  const site = sitePolicy([contentPage, checkerPage, searchPage]);

  it('forbids framing by any site', () => {
    expect(directive(site, 'frame-ancestors')).toBe("frame-ancestors 'none'");
  });

  it('allows what some page needs, each hash once, so the header never blocks a page its <meta> allows', () => {
    expect(directive(site, 'style-src')).toBe("style-src 'sha256-a' 'sha256-b'");
    expect(directive(site, 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval' 'sha256-loader'");
    expect(directive(sitePolicy([checkerPage, { ...checkerPage, styleHashes: [] }]), 'script-src')).toBe(
      "script-src 'self' 'sha256-loader'",
    );
    expect(directive(sitePolicy([contentPage]), 'script-src')).toBe("script-src 'none'");
  });

  it("comes with the other security headers, and a year's cache only for fingerprinted files that exist (F7)", () => {
    const page = responseHeaders({ path: '/cy/geirfa/', page: true, found: true }, site);
    expect(page).toMatchObject({ ...SECURITY_HEADERS, 'Content-Security-Policy': site, 'Cache-Control': 'no-cache' });
    expect(responseHeaders({ path: '/_astro/Checker.abc123.js', page: false, found: true }, site)['Cache-Control']).toBe(IMMUTABLE_CACHE);
    expect(responseHeaders({ path: '/_astro/Checker.missing.js', page: true, found: false }, site)['Cache-Control']).toBe('no-cache');
    expect(responseHeaders({ path: '/pagefind/pagefind.js', page: false, found: true }, site)['Cache-Control']).toBe('no-cache');
    for (const name of [
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'Strict-Transport-Security',
      'Cross-Origin-Opener-Policy',
    ]) {
      expect(page[name], name).toBeTruthy();
    }
  });
});

describe('every answer that is not a page', () => {
  const site = sitePolicy([contentPage, checkerPage, searchPage]);

  it('is sandboxed: opened on its own it runs nothing, loads nothing and sends the reader nowhere (F2)', () => {
    for (const path of ['/_astro/diagram.abc.svg', '/api/v2/pathways.json', '/sitemap.xml', '/favicon.svg']) {
      const headers = responseHeaders({ path, page: false, found: true }, site);
      expect(headers['Content-Security-Policy'], path).toBe(DATA_POLICY);
      expect(headers, path).toMatchObject(SECURITY_HEADERS);
    }
    expect(DATA_POLICY.split('; ')).toEqual(["default-src 'none'", "style-src 'unsafe-inline'", 'sandbox', "frame-ancestors 'none'"]);
  });

  it('lets other sites read the open data, and nothing else (F22)', () => {
    expect(responseHeaders({ path: '/api/v2/pathways.json', page: false, found: true }, site)['Access-Control-Allow-Origin']).toBe('*');
    expect(responseHeaders({ path: '/sitemap.xml', page: false, found: true }, site)['Access-Control-Allow-Origin']).toBeUndefined();
    expect(
      responseHeaders({ path: '/api/v2/nothing.json', page: true, found: false }, site)['Access-Control-Allow-Origin'],
    ).toBeUndefined();
  });
});

describe('each language\'s "page not found"', () => {
  it.each([
    ['/cy/dim-tudalen/', '/cy/404.html'],
    ['/cy', '/cy/404.html'],
    ['/en/no-page/deeper/', '/en/404.html'],
    ['/cymraeg/', '/404.html'],
    ['/nothing', '/404.html'],
  ])('%s gets %s', (path, page) => {
    expect(notFoundPage(path)).toBe(page);
  });
});

describe('reading a built page', () => {
  const style = 'body{color:red}';
  const html = `<!DOCTYPE html><html lang="cy"><head><meta charset="utf-8"><title>T</title><style>${style}</style></head><body><script type="module" src="/pagefind/search.js"></script><script type="application/json" id="d">{}</script></body></html>`;

  it('hashes each inline style as the browser will', () => {
    expect(pageNeeds(html).styleHashes).toEqual([`sha256-${createHash('sha256').update(style).digest('base64')}`]);
  });

  it('knows a page that runs search from one that runs no script', () => {
    expect(pageNeeds(html)).toMatchObject({ scripts: true, search: true });
    expect(pageNeeds(html.replace(/<script[\s\S]*<\/script>/, ''))).toMatchObject({ scripts: false, search: false });
  });

  it('hashes each inline module script the build put in, and counts it as a script the page runs', () => {
    const code = 'import("/_astro/checker.abc.js")';
    const withLoader = html.replace(/<script type="module" src[^>]*><\/script>/, `<script type="module">${code}</script>`);
    expect(pageNeeds(withLoader)).toMatchObject({
      scripts: true,
      search: false,
      scriptHashes: [`sha256-${createHash('sha256').update(code).digest('base64')}`],
    });
    expect(pageNeeds(html).scriptHashes).toEqual([]);
  });

  it('puts the policy first in <head>, before the styles it governs', () => {
    const secured = withPolicy(html, pageNeeds(html));
    expect(secured.indexOf('http-equiv="content-security-policy"')).toBeGreaterThan(secured.indexOf('<meta charset'));
    expect(secured.indexOf('http-equiv="content-security-policy"')).toBeLessThan(secured.indexOf('<style>'));
  });

  it('refuses an inline script and an inline event handler, and accepts data blocks and module files', () => {
    expect(pageProblems(html)).toEqual([]);
    expect(pageProblems(html.replace('</body>', '<script>alert(1)</script></body>'))).toEqual([
      'has an inline <script>: put the code in a module file',
    ]);
    expect(pageProblems(html.replace('<title>', '<title onclick="x()">'))).toEqual(['has an inline event handler (onclick on <title>)']);
    expect(pageProblems(html.replace('<body>', '<body><input ONFOCUS="import(\'/x.js\')">'))).toHaveLength(1);
  });

  it('allows inline JSON-LD, which is data a browser never runs, and no other inline script whatever its type', () => {
    const withScript = (script: string) => html.replace('</head>', `${script}</head>`);
    expect(pageProblems(withScript('<script type="application/ld+json">{"@type":"Thing"}</script>'))).toEqual([]);
    for (const type of ['module', 'text/javascript', 'application/javascript', 'application/ld+json;x', 'text/ld+json']) {
      expect(pageProblems(withScript(`<script type="${type}">alert(1)</script>`)), type).toEqual([
        'has an inline <script>: put the code in a module file',
      ]);
    }
  });
});

describe('the host files say what the policy says', () => {
  const siteCsp = sitePolicy([contentPage, checkerPage, searchPage]);
  const dataFiles = [
    '_astro/checker.abc.js',
    'api/v2/pathways.json',
    'cy/p/gwirio/flow.json',
    'en/p/check/flow.json',
    'favicon.svg',
    'pagefind/pagefind.js',
    'robots.txt',
    'share/p-en.png',
    'sitemap.xml',
  ];
  const site = { siteCsp, dataFiles };
  const expected = { 'Content-Security-Policy': siteCsp, ...SECURITY_HEADERS };

  it('covers every file that is not a page with one pattern, and no page', () => {
    const patterns = dataPathPatterns(dataFiles);
    expect(patterns).toEqual([
      '/:folder1/:folder2/:folder3/flow.json',
      '/_astro/*',
      '/api/*',
      '/favicon.svg',
      '/pagefind/*',
      '/robots.txt',
      '/share/*',
      '/sitemap.xml',
    ]);
  });

  it('_headers (Netlify, Cloudflare Pages) sends every header for every path, the data policy besides for files, and a long cache for fingerprinted files', () => {
    const text = netlifyHeaders(site);
    const rules = new Map<string, Record<string, string>>();
    let current: Record<string, string> = {};
    for (const line of text.split('\n').filter(Boolean)) {
      if (!line.startsWith(' ')) {
        current = {};
        rules.set(line, current);
      } else {
        const at = line.indexOf(':');
        current[line.slice(0, at).trim()] = line.slice(at + 1).trim();
      }
    }
    expect(rules.get('/*')).toEqual(expected);
    // Two rules for /_astro/*: the one read last is kept here; the host applies both.
    expect(text).toContain(`/_astro/*\n  Content-Security-Policy: ${DATA_POLICY}\n`);
    expect(text).toContain(`/_astro/*\n  Cache-Control: ${IMMUTABLE_CACHE}\n`);
    expect(rules.get('/api/*')).toEqual({ 'Content-Security-Policy': DATA_POLICY, 'Access-Control-Allow-Origin': '*' });
    expect(rules.get('/:folder1/:folder2/:folder3/flow.json')).toEqual({ 'Content-Security-Policy': DATA_POLICY });
  });

  it("_redirects (Netlify) routes each language's missing pages to its own 404", () => {
    expect(
      netlifyRedirects()
        .trim()
        .split('\n')
        .map((line) => line.split(/\s+/)),
    ).toEqual([
      ['/cy/*', '/cy/404.html', '404'],
      ['/en/*', '/en/404.html', '404'],
    ]);
  });

  it('staticwebapp.config.json (Azure) sends every header, adds the trailing slash and has a 404 page', () => {
    const config = JSON.parse(azureStaticWebAppConfig(site));
    expect(config.globalHeaders).toEqual(expected);
    expect(config.routes.at(-1)).toEqual({ route: '/*.{js,json,png,svg,txt,xml}', headers: { 'Content-Security-Policy': DATA_POLICY } });
    expect(config.routes.find((route: { route: string }) => route.route === '/api/*').headers).toEqual({
      'Content-Security-Policy': DATA_POLICY,
      'Access-Control-Allow-Origin': '*',
    });
    expect(config.trailingSlash).toBe('always');
    expect(config.responseOverrides['404'].rewrite).toBe('/404.html');
  });

  it(".htaccess (Apache) and the nginx snippet send every header, with each language's 404", () => {
    const apache = apacheHtaccess(site);
    const nginx = nginxServerSnippet(site);
    for (const [name, value] of Object.entries(expected)) {
      expect(apache).toContain(`Header always set ${name} "${value}"`);
      if (name === 'Content-Security-Policy') continue;
      // nginx repeats the headers in each of its three locations.
      expect(nginx.split(`add_header ${name} "${value}" always;`)).toHaveLength(4);
    }
    expect(apache).toContain(`Header always set Content-Security-Policy "${DATA_POLICY}"`);
    expect(nginx).toContain(`set $site_policy "${siteCsp}";`);
    expect(nginx).toContain(`set $site_policy "${DATA_POLICY}";`);
    expect(apache).toContain('ErrorDocument 404 /cy/404.html');
    expect(nginx).toMatch(/location \/en\/ \{\n\s+error_page 404 \/en\/404\.html;/);
  });
});

describe('reading an address as file names', () => {
  it.each([
    ['/cy/geirfa/', ['cy', 'geirfa']],
    ['/', []],
    ['/en//glossary/', ['en', 'glossary']],
  ])('%s is %j', (path, segments) => {
    expect(pathSegments(path)).toEqual(segments);
  });

  it.each(['/cy%2Fgeirfa/', '/%E0%A4%A/', '/..%2F..%2Fetc/passwd', '/%2e%2e/secret', '/_headers', '/.htaccess', '/en/%00/', '/a%5Cb/'])(
    '%s names nothing (not found, never an error)',
    (path) => {
      expect(pathSegments(path)).toBeUndefined();
    },
  );
});
