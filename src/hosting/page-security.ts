/**
 * Reads what a built page needs from its Content-Security-Policy, refuses what no page of this
 * site may contain (inline scripts, inline event handlers), and writes the page's own policy into
 * its <head>. Pure: strings in, strings out.
 */
import { createHash } from 'node:crypto';
import { parse } from 'node-html-parser';
import { pagePolicy, type PageNeeds } from './policy.ts';

/** Where the search scripts and index are served from (src/lib/search/pagefind.ts PAGEFIND_DIR). */
const SEARCH_FOLDER = '/pagefind/';
/** Script elements that hold data, never run. */
const DATA_SCRIPT_TYPES = new Set(['application/json', 'application/ld+json']);

export function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Problems, each a sentence; an empty list means the page may be published. */
export function pageProblems(html: string): string[] {
  const problems: string[] = [];
  const root = parse(html, { comment: false });
  for (const script of root.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (!script.hasAttribute('src') && !DATA_SCRIPT_TYPES.has(type)) problems.push('has an inline <script>: put the code in a module file');
  }
  for (const element of root.querySelectorAll('*')) {
    for (const name of Object.keys(element.attributes)) {
      if (/^on/i.test(name)) problems.push(`has an inline event handler (${name} on <${element.tagName.toLowerCase()}>)`);
    }
  }
  return problems;
}

/** What the page needs allowed. An inline script is hashed: only the build puts one there, after pageProblems. */
export function pageNeeds(html: string): PageNeeds {
  const styleHashes = [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map((match) => sha256(match[1]!));
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]*)"/gi)].map((match) => match[1]!);
  const scriptHashes = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/gi)].map((match) => sha256(match[1]!));
  return {
    styleHashes,
    scriptHashes,
    scripts: sources.length + scriptHashes.length > 0,
    search: sources.some((source) => source.startsWith(SEARCH_FOLDER)),
  };
}

const CHARSET = /<meta charset="utf-8">/i;

/** The page with its policy as the first thing after <meta charset>, before any style or script. */
export function withPolicy(html: string, needs: PageNeeds): string {
  if (!CHARSET.test(html)) throw new Error('has no <meta charset="utf-8"> to put the Content-Security-Policy after');
  const meta = `<meta http-equiv="content-security-policy" content="${pagePolicy(needs)}">`;
  return html.replace(CHARSET, (charset) => `${charset}${meta}`);
}
