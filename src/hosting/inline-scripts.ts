/**
 * Puts a page's small entry scripts into the page itself. A script file is one more request
 * before the first paint (the checker's loader, 1.2 KB, made the checker's start page paint about
 * 0.1 s later than a content page under Lighthouse's mobile simulation); inline, it comes with the
 * HTML. Astro inlines only scripts that import nothing, and the loader imports the checker when
 * the reader presses Start, so the build does it here, after every page has been checked for
 * inline scripts of its own (page-security.ts): each script put inline is then allowed by its
 * hash in that page's policy, and only there.
 *
 * Pure: the page's HTML and a reader of built files in, the new HTML and what was put inline out.
 */

/** Entry scripts of at most this many bytes (as built, before gzip) go inline, like Vite's assetsInlineLimit. */
export const INLINE_SCRIPT_LIMIT = 4096;

/** An entry module from the bundler's folder, exactly as Astro writes it. */
const ENTRY_SCRIPT = /<script type="module" src="(\/_astro\/[\w.$-]+\.js)"><\/script>/g;
/** An import of a file beside the script: `import("./a.js")`, `from "./a.js"`, `import "./a.js"`. */
const SIBLING_IMPORT = /(\bimport\s*\(\s*|\bfrom\s*|\bimport\s*)(["'`])\.\/([\w.$-]+\.js)\2/g;
/** Any other relative address in the code: inline, it would resolve against the page, not the script. */
const RELATIVE_SPECIFIER = /(["'`])\.\.?\//;
/** Text that would end or confuse the <script> element it is put in. */
const BREAKS_SCRIPT_ELEMENT = /<\/script|<!--/i;

export interface InlinedPage {
  html: string;
  /** The script files now inside the page, by their address. */
  inlined: string[];
}

/** The script's code as it can run inline: imports of its sibling files made absolute. */
export function asInlineCode(code: string, src: string): string {
  const folder = src.slice(0, src.lastIndexOf('/') + 1);
  const rewritten = code.replace(
    SIBLING_IMPORT,
    (_match, keyword: string, quote: string, file: string) => `${keyword}${quote}${folder}${file}${quote}`,
  );
  if (RELATIVE_SPECIFIER.test(rewritten))
    throw new Error(
      `${src} uses a relative address other than an import of a file beside it, which would break when the script is put inline`,
    );
  return rewritten.trimEnd();
}

export function inlineEntryScripts(html: string, readScript: (src: string) => string): InlinedPage {
  const inlined: string[] = [];
  const page = html.replace(ENTRY_SCRIPT, (element, src: string) => {
    const code = readScript(src);
    if (Buffer.byteLength(code, 'utf8') > INLINE_SCRIPT_LIMIT || BREAKS_SCRIPT_ELEMENT.test(code)) return element;
    inlined.push(src);
    return `<script type="module">${asInlineCode(code, src)}</script>`;
  });
  return { html: page, inlined };
}
