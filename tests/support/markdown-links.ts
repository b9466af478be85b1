/**
 * The links of a Markdown file as GitHub shows them, and whether each leads somewhere: a relative
 * link to a file or folder that exists in the repository, a `#fragment` to a heading of the
 * Markdown file it names (GitHub's anchors: the heading's text in lower case, punctuation removed,
 * spaces as hyphens, a repeated heading with -1, -2…), and a link to another site over https.
 * Code (fenced blocks and `code spans`) holds no links. Just enough Markdown for the project's
 * documents: it reads inline links and images, reference definitions, autolinks, bare addresses
 * and HTML `href`/`src`, and ATX and setext headings.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export interface Link {
  line: number;
  target: string;
}

/** Folders never searched for documents: installed packages, build output, git's own. */
const NOT_DOCUMENTS = new Set(['node_modules', 'dist', '.git', '.astro']);

/** Every README.md under `root`, as paths relative to it with "/", outside node_modules, dist and .git. */
export function readmeFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory() && !NOT_DOCUMENTS.has(entry.name)) walk(join(folder, entry.name));
      else if (entry.isFile() && entry.name === 'README.md') found.push(relative(root, join(folder, entry.name)).split(sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}

const blank = (text: string) => text.replace(/[^\n]/g, ' ');
/** A code span: a run of backticks, then anything up to the same run, within one paragraph. */
const CODE_SPAN = /(`+)((?:(?!\n[ \t]*\n)[\s\S])*?[^`])\1(?!`)/g;

/** The text with fenced code blocks blanked out (same length, same lines). */
export function withoutFences(markdown: string): string {
  const lines = markdown.split('\n');
  let fence: string | undefined;
  const prose = lines.map((line) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      return blank(line);
    }
    if (marker) {
      fence = marker;
      return blank(line);
    }
    return line;
  });
  return prose.join('\n');
}

/** The text with fenced code blocks and code spans blanked out, so that nothing in code is read as a link. */
export function withoutCode(markdown: string): string {
  return withoutFences(markdown).replace(CODE_SPAN, (span) => blank(span));
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Every link target in the file, with its line: inline links and images, reference definitions, autolinks, bare web addresses and HTML attributes. */
export function linksIn(markdown: string): Link[] {
  const text = withoutCode(markdown);
  const links: Link[] = [];
  const add = (index: number, target: string) => links.push({ line: lineAt(text, index), target });
  // [text](target "title") and ![alt](target), the label possibly holding [brackets] of its own.
  const inline =
    /!?\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*(<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
  // What is left once inline links are taken out, so that their targets are not read twice.
  let rest = text.replace(inline, (whole: string, target: string, offset: number) => {
    add(offset, target.replace(/^<|>$/g, ''));
    return ' '.repeat(whole.length);
  });
  rest = rest.replace(/^ {0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)/gm, (whole: string, target: string, offset: number) => {
    add(offset, target.replace(/^<|>$/g, ''));
    return ' '.repeat(whole.length);
  });
  rest = rest.replace(/<([a-z][a-z0-9+.-]*:[^\s<>]*)>/gi, (whole: string, target: string, offset: number) => {
    add(offset, target);
    return ' '.repeat(whole.length);
  });
  rest = rest.replace(
    /\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi,
    (whole: string, double: string | undefined, single: string | undefined, offset: number) => {
      add(offset, double ?? single ?? '');
      return ' '.repeat(whole.length);
    },
  );
  // GitHub links a bare web address (and one starting www.) in running text too.
  for (const match of rest.matchAll(/(?<![\w/])(?:https?:\/\/|www\.)[^\s<>]*[^\s<>.,:;"')\]*_~?!]/gi)) add(match.index, match[0]);
  return links.sort((a, b) => a.line - b.line);
}

/** A heading's text as GitHub renders it: code and links by their text, images by their alt text, no emphasis markers or HTML tags. */
export function headingText(source: string): string {
  // Code first, set aside, so that what it holds (`<Fact>`, `*`) is kept as written.
  const code: string[] = [];
  return source
    .replace(CODE_SPAN, (_span, _ticks: string, inner: string) => `\uE000${code.push(inner.trim()) - 1}\uE001`)
    .replace(/!?\[((?:[^[\]]|\[[^\]]*\])*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*{1,3}|(?<![\p{L}\p{N}])_{1,3}|_{1,3}(?![\p{L}\p{N}])|~~)/gu, '')
    .replace(/\uE000(\d+)\uE001/g, (_placeholder, index: string) => code[Number(index)]!)
    .trim();
}

/** GitHub's anchor for a heading's text: lower case, every character but letters, digits, marks, "_", "-" and spaces removed, each space a hyphen. */
export function githubSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

/** The texts of the file's headings, in order (ATX `## Heading` and setext, outside code). */
export function headingsIn(markdown: string): string[] {
  const lines = withoutFences(markdown).split('\n');
  const headings: string[] = [];
  lines.forEach((line, index) => {
    const atx = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (atx) headings.push(headingText(atx[1] ?? ''));
    const previous = lines[index - 1];
    if (
      /^ {0,3}(=+|-+)[ \t]*$/.test(line) &&
      previous?.trim() &&
      !/^ {0,3}([#>*+-]|\d+[.)]|\|)/.test(previous) &&
      !/^ {0,3}(=+|-+)[ \t]*$/.test(previous)
    ) {
      headings.push(headingText(previous));
    }
  });
  return headings;
}

/** Every anchor a reader can link to in the file: each heading's slug (repeats numbered as GitHub numbers them) and any HTML id or name. */
export function anchorsIn(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const heading of headingsIn(markdown)) {
    const slug = githubSlug(heading);
    const times = seen.get(slug) ?? 0;
    seen.set(slug, times + 1);
    anchors.add(times === 0 ? slug : `${slug}-${times}`);
  }
  for (const match of withoutCode(markdown).matchAll(/<[a-z][^>]*\s(?:id|name)\s*=\s*["']([^"']+)["']/gi)) anchors.add(match[1]!);
  return anchors;
}

/** Why a link in `file` (relative to `root`) leads nowhere, or undefined when it leads somewhere. */
export function linkProblem(root: string, file: string, target: string): string | undefined {
  if (target.trim() === '') return 'is empty';
  if (/^www\./i.test(target)) return 'is a web address without its scheme: write it with https://';
  if (target.startsWith('//')) return 'is protocol-relative: write it with https://';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(target)?.[1]?.toLowerCase();
  if (scheme) return scheme === 'https' ? undefined : `uses ${scheme}:, but a link to another site must use https:`;
  const [pathAndQuery = '', ...fragmentParts] = target.split('#');
  const fragment = fragmentParts.join('#');
  let path: string;
  try {
    path = decodeURIComponent(pathAndQuery.split('?')[0]!);
  } catch {
    return 'is not a valid address (bad percent-encoding)';
  }
  const absoluteRoot = resolve(root);
  const from = resolve(absoluteRoot, dirname(file));
  let resolved = path === '' ? resolve(absoluteRoot, file) : path.startsWith('/') ? resolve(absoluteRoot, `.${path}`) : resolve(from, path);
  const shown = relative(absoluteRoot, resolved).split(sep).join('/');
  if (resolved !== absoluteRoot && !resolved.startsWith(absoluteRoot + sep)) return 'leads out of the repository';
  if (!existsSync(resolved)) return `leads to ${shown}, which does not exist`;
  if (fragmentParts.length === 0) return undefined;
  if (statSync(resolved).isDirectory()) {
    // GitHub shows a folder's README.md under its listing; a fragment is one of its headings.
    if (!existsSync(join(resolved, 'README.md')))
      return `names #${fragment} in the folder ${shown || '.'}, which has no README.md to hold it`;
    resolved = join(resolved, 'README.md');
  }
  if (!/\.(md|markdown)$/i.test(resolved)) return `names #${fragment} in ${shown}, which is not a Markdown file with headings`;
  let anchor: string;
  try {
    anchor = decodeURIComponent(fragment);
  } catch {
    return `names #${fragment}, which is not valid percent-encoding`;
  }
  const anchors = anchorsIn(readFileSync(resolved, 'utf8'));
  if (anchors.has(anchor)) return undefined;
  const near = [...anchors].find((candidate) => candidate.toLowerCase() === anchor.toLowerCase());
  return `names #${fragment}, but ${relative(absoluteRoot, resolved).split(sep).join('/')} has no heading with that anchor${near ? ` (did you mean #${near}?)` : ''}`;
}

/** Every link in `file` (relative to `root`) that leads nowhere, as "file:line: target: reason". */
export function brokenLinks(root: string, file: string): string[] {
  return linksIn(readFileSync(join(root, file), 'utf8')).flatMap(({ line, target }) => {
    const problem = linkProblem(root, file, target);
    return problem ? [`${file}:${line}: ${target}: ${problem}`] : [];
  });
}
