/**
 * Each fixture in tests/fixtures/broken/mdx/ is the English progression page with one thing that
 * must not be published, on line 15. Compiled with the check the build runs, each must stop with
 * "<file>:<line>:<column>: <reason>"; every page in content/ must compile.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileError } from '../../support/mdx';
import { contentDir, fixturesDir } from '../../support/fixtures';
import { projectRoot } from '../../support/paths';

const brokenDir = join(fixturesDir, 'broken', 'mdx');

/** Fixture → column of the problem on line 15, and what the message must say. */
const expected: Record<string, [number, string]> = {
  'script.mdx': [1, '<script> is not allowed in content: it runs JavaScript'],
  'style.mdx': [1, '<style> is not allowed in content'],
  'iframe.mdx': [1, '<iframe> is not allowed in content: it embeds another page'],
  'object.mdx': [1, '<object> is not allowed in content: it embeds another page'],
  'embed.mdx': [1, '<embed> is not allowed in content: it embeds another page'],
  'on-attribute.mdx': [10, '<a onClick> is not allowed: event-handler attributes (on…) run JavaScript'],
  'set-html.mdx': [1, '<Term set:html> is not allowed'],
  'javascript-link.mdx': [14, 'link "javascript:alert(document.cookie)" uses javascript:, but links may only use https:, mailto:, tel: or a relative address'],
  'data-link.mdx': [9, 'link "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" uses data:, but links may only use'],
  'http-link.mdx': [9, 'link "http://www.gov.wales/apprenticeships" uses http:, but links may only use'],
  'protocol-relative-link.mdx': [9, '<a href="//apply.example/clinical-coding"> is protocol-relative'],
  'http-image.mdx': [1, 'image "http://images.example/team.jpg" uses http:, but images and other resources must be relative addresses on this site'],
  'bidi-character.mdx': [14, 'bidirectional control character U+202E (RIGHT-TO-LEFT OVERRIDE)'],
  'duplicate-definition.mdx': [1, 'link definition [Apply] repeats the label of the one on line 14: only the first is used; remove one of them'],
  'form.mdx': [22, '<button> is not allowed in content: content has no forms'],
  'raw-text-element.mdx': [1, '<xmp> is not allowed in content: it changes how the browser reads the markup after it'],
  'heading-attributes.mdx': [16, 'heading attribute onclick="alert(1)" is not allowed: a heading may carry only its {#id}'],
  'zero-width-space.mdx': [16, 'invisible character U+200B (ZERO WIDTH SPACE): it does not show on the page, so the text is not what it seems; remove it'],
};

describe('a broken MDX file stops the compile, naming file, line, column and reason', () => {
  it('has a case for every fixture', () => {
    expect(readdirSync(brokenDir).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s', async (name, [column, reason]) => {
    const file = join(brokenDir, name);
    const error = await compileError(file);
    expect(error, 'the file compiled').toBeDefined();
    expect(error!.problems).toHaveLength(1);
    const [line] = error!.message.split('\n').slice(1);
    expect(line).toContain(`${relative(projectRoot, file)}:15:${column}: ${reason}`);
    expect([error!.line, error!.column]).toEqual([15, column]);
  });
});

describe('the real content passes (and the fixture second pathway)', () => {
  const pages = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? pages(join(dir, entry.name)) : entry.name.endsWith('.mdx') ? [join(dir, entry.name)] : [],
    );
  const files = [...pages(contentDir), ...pages(join(fixturesDir, 'second-pathway'))];

  it('finds the site and pathway pages in both languages', () => {
    expect(files.some((f) => f.includes('/site/pages/cy/'))).toBe(true);
    expect(files.some((f) => f.includes('/pathways/clinical-coding/pages/en/'))).toBe(true);
  });

  it.each(files.map((file) => [relative(projectRoot, file), file]))('%s', async (_name, file) => {
    expect((await compileError(file))?.message).toBeUndefined();
  });
});
