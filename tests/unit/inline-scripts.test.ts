/**
 * The build puts small entry scripts into their page (src/hosting/inline-scripts.ts): a script
 * that comes with the HTML is not one more request before the first paint. Inline, its imports
 * must still find the files beside it, and nothing may end the <script> element early.
 */
import { describe, expect, it } from 'vitest';
import { INLINE_SCRIPT_LIMIT, asInlineCode, inlineEntryScripts } from '../../src/hosting/inline-scripts';

const page = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;
const entry = '<script type="module" src="/_astro/loader.abc.js"></script>';
const files = (code: string) => (src: string) => {
  if (src !== '/_astro/loader.abc.js') throw new Error(`read ${src}`);
  return code;
};

describe('inlineEntryScripts', () => {
  it('puts a small entry script into the page in place of its element, and says which file it was', () => {
    const result = inlineEntryScripts(page(`<main>a</main>${entry}`), files('document.body.dataset.ready="";\n'));
    expect(result.html).toBe(page('<main>a</main><script type="module">document.body.dataset.ready="";</script>'));
    expect(result.inlined).toEqual(['/_astro/loader.abc.js']);
  });

  it('makes the imports of files beside the script absolute, in each form a bundler writes them', () => {
    const code = 'import{a}from"./shared.X1.js";import "./side.js";const m=()=>import(`./checker.Cfm_-$.js`);import(\'./b.js\')';
    expect(asInlineCode(code, '/_astro/loader.abc.js')).toBe(
      'import{a}from"/_astro/shared.X1.js";import "/_astro/side.js";const m=()=>import(`/_astro/checker.Cfm_-$.js`);import(\'/_astro/b.js\')',
    );
  });

  it('stops the build on any other relative address, which would resolve against the page once inline', () => {
    expect(() => asInlineCode('fetch("./data.json")', '/_astro/loader.abc.js')).toThrow(
      /\/_astro\/loader\.abc\.js uses a relative address/,
    );
    expect(() => asInlineCode('import("../up.js")', '/_astro/loader.abc.js')).toThrow(/relative address/);
  });

  it('leaves a script as a file when it is over the limit or holds text that would end its element', () => {
    for (const code of ['x'.repeat(INLINE_SCRIPT_LIMIT + 1), 'const s="</script><p>";', 'const s="<!--";']) {
      const result = inlineEntryScripts(page(entry), files(code));
      expect(result.html).toBe(page(entry));
      expect(result.inlined).toEqual([]);
    }
  });

  it('leaves the search script, data blocks and other scripts alone', () => {
    const others = '<script type="module" src="/pagefind/search.js"></script><script type="application/ld+json">{}</script>';
    const result = inlineEntryScripts(page(others), () => {
      throw new Error('no file should be read');
    });
    expect(result).toEqual({ html: page(others), inlined: [] });
  });
});
