/**
 * Addresses the browser scripts take from data files stay on the site (security review F12, F17):
 * the checker's data is used only when it has the shape the checker needs, and search results and
 * section links only when they are paths of this site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSitePath } from '../../src/lib/routing/same-site';
import { readClientData } from '../../src/lib/checker/client';
import { distDir } from '../support/paths';
import { content } from '../support/content';
import { findRoute, routeKey, CHECKER_PAGE_ID } from '../../src/lib/routing/routes';

describe('an address from a data file', () => {
  it.each(['/en/clinical-coding/training/', '/cy/codio-clinigol/hyfforddiant/#oriau', '/'])('%s is on the site', (href) => {
    expect(isSitePath(href)).toBe(true);
  });

  it.each([
    '//evil.example/',
    '/\\evil.example/',
    'https://evil.example/',
    'javascript:alert(1)',
    'en/training/',
    '/en/ x',
    '/en/\ttraining/',
    '',
    42,
    undefined,
  ])('%s is not', (href) => {
    expect(isSitePath(href)).toBe(false);
  });
});

describe("the checker's data, as the browser reads it", () => {
  const pathway = content.pathways[0]!;
  const checker = findRoute(content.routes, routeKey(pathway.id, CHECKER_PAGE_ID), 'en')!;
  const built = JSON.parse(readFileSync(join(distDir, checker.url, 'flow.json'), 'utf8')) as Record<string, unknown>;

  it('is taken as it is when the build made it', () => {
    expect(readClientData(built)).toBe(built);
  });

  it.each([
    ['nothing', {}],
    ['an empty flow', { ...built, flow: {} }],
    ['no interface strings', { ...built, ui: undefined }],
    ['an unknown language', { ...built, lang: 'fr' }],
    ['a flow with no start', { ...built, flow: { ...(built.flow as object), start: 1 } }],
    ['a section on another site', { ...built, sections: { 'a#b': { href: '//evil.example/', label: 'x' } } }],
    ['not an object', ['flow']],
  ])('is refused when it has %s', (_name, data) => {
    expect(readClientData(data)).toBeUndefined();
  });
});
