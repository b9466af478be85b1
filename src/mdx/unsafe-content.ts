/**
 * Finds what must not be published in a Markdown or MDX document, by walking the syntax tree the
 * parser made of it (mdast, with the MDX node types): script and embedding elements, event
 * handlers and other attributes that run script or insert unchecked HTML, links and images with
 * addresses the site does not allow, a link label defined twice, JavaScript in `{…}` and
 * `import`/`export`, a heading's `{#id}` block holding more than its id (./heading-attributes),
 * and invisible characters (bidirectional controls and the rest of ../lib/invisible-characters).
 * Raw HTML, which Markdown (not MDX) allows, is parsed and held to the same rules.
 */
import { htmlToHast } from 'satteri';
import { addressProblem, type AddressUse } from './addresses';
import { findInvisibleCharacters, type InvisibleCharacter } from '../lib/text/invisible-characters';
import { elementProblems, quote, type Attribute, type LinkRules } from './element-rules';
import { attributeBlockStart, headingAttributeProblems, indexInBlock } from './heading-attributes';

export interface ContentProblem {
  /** 1-based, as editors count. */
  line: number;
  column: number;
  reason: string;
  /** The file could not be parsed at all: nothing else in it was checked. */
  unreadable?: boolean;
}

interface Point {
  line: number;
  column: number;
  offset?: number | undefined;
}

/** The fields of mdast, MDX and hast nodes the checks read. */
interface TreeNode {
  type: string;
  position?: { start: Point; end: Point } | undefined;
  children?: TreeNode[];
  value?: unknown;
  url?: unknown;
  title?: unknown;
  alt?: unknown;
  label?: unknown;
  identifier?: unknown;
  name?: unknown;
  attributes?: JsxAttribute[];
  tagName?: unknown;
  properties?: Record<string, unknown>;
  data?: { hProperties?: Record<string, unknown> } | undefined;
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

const TEXT_FIELDS = ['value', 'url', 'title', 'alt', 'label', 'name'] as const;

function walk(node: TreeNode, visit: (node: TreeNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

function jsxAttributes(node: TreeNode): Attribute[] {
  return (node.attributes ?? []).map((attribute): Attribute => {
    if (attribute.type === 'mdxJsxExpressionAttribute') return { kind: 'spread' };
    const name = attribute.name ?? '';
    if (attribute.value === null || attribute.value === undefined) return { kind: 'text', name, value: null };
    if (typeof attribute.value === 'string') return { kind: 'text', name, value: attribute.value };
    return { kind: 'expression', name };
  });
}

/** hast properties back as attributes: arrays (`ping`, `className`) are space-separated lists. */
function hastAttributes(properties: Record<string, unknown>): Attribute[] {
  return Object.entries(properties).map(([name, value]): Attribute => {
    if (value === true || value === null || value === undefined) return { kind: 'text', name, value: null };
    return { kind: 'text', name, value: Array.isArray(value) ? value.join(' ') : String(value) };
  });
}

/** The elements of a raw HTML fragment, each with what is wrong with it. */
function rawHtmlProblems(html: string, rules: LinkRules): string[] {
  const problems: string[] = [];
  walk(htmlToHast(html, { fragment: true }) as TreeNode, (node) => {
    if (node.type === 'element') problems.push(...elementProblems(String(node.tagName), hastAttributes(node.properties ?? {}), rules));
  });
  return problems;
}

/** A link's address and where it is written. */
export interface FoundLink {
  address: string;
  line: number;
  column: number;
}

export interface ContentRules {
  /** The only hosts a link may go to (content/site/external-links.yaml); any https: host when not given. */
  linkHosts?: ReadonlySet<string> | undefined;
  /** Filled with every link's address, for the checks that compare pages (src/validation/external-links.ts). */
  links?: FoundLink[] | undefined;
}

/** True for `{}` and `{/* a comment *\/}`, the only expressions content may hold. */
export function isOnlyComments(code: string): boolean {
  let i = 0;
  while (i < code.length) {
    if (/\s/.test(code[i]!)) i++;
    else if (code.startsWith('/*', i)) {
      const end = code.indexOf('*/', i + 2);
      if (end === -1) return false;
      i = end + 2;
    } else if (code.startsWith('//', i)) {
      const end = code.indexOf('\n', i);
      i = end === -1 ? code.length : end + 1;
    } else return false;
  }
  return true;
}

/**
 * A reference label as CommonMark matches it: white space collapsed, trimmed, and case-folded
 * (`[Apply  now]`, `[apply\nnow]`; `ẞ` and `ss`). The parser does this for `identifier` already;
 * done again so that the check does not depend on it.
 */
function normaliseLabel(label: unknown): string {
  return String(label ?? '')
    .replace(/[\t\n\r ]+/g, ' ')
    .trim()
    .toLowerCase()
    .toUpperCase();
}

function pointAt(source: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Every problem in the tree, in source order. Give the document's source to have a forbidden
 * character in text reported at its own line and column rather than at the start of its node.
 */
export function findUnsafeContent(tree: unknown, source?: string, { linkHosts, links }: ContentRules = {}): ContentProblem[] {
  const root = tree as TreeNode;
  const problems: ContentProblem[] = [];
  const at = (node: TreeNode, reason: string, point: Point | undefined = node.position?.start) =>
    problems.push({ line: point?.line ?? 1, column: point?.column ?? 1, reason });

  // A label defined twice publishes its first definition (CommonMark), which a reader of the
  // file may take for the other: the second is rejected, and references use the first.
  const definitions = new Map<string, TreeNode>();
  walk(root, (node) => {
    if (node.type !== 'definition') return;
    const label = normaliseLabel(node.identifier ?? node.label);
    const first = definitions.get(label);
    if (!first) definitions.set(label, node);
    else
      at(
        node,
        `link definition [${String(node.label ?? node.identifier)}] repeats the label of the one on line ${first.position?.start.line ?? '?'}: only the first is used; remove one of them`,
      );
  });

  const found = (node: TreeNode) => (address: string) =>
    links?.push({ address, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
  const rulesAt = (node: TreeNode): LinkRules => ({ linkHosts, onLink: found(node) });
  const checkAddress = (node: TreeNode, what: string, address: unknown, use: AddressUse) => {
    if (typeof address !== 'string') return;
    if (use === 'link') found(node)(address);
    const problem = addressProblem(address, use, linkHosts);
    if (problem) at(node, `${what} ${quote(address)} ${problem}`);
  };

  const characterReason = (found: InvisibleCharacter) => `${found.description}: ${found.why}; remove it`;
  // A character written as itself is reported where it is, wherever it is: in text, an address, an
  // attribute, a heading's {#id}, a comment or the front matter.
  if (source !== undefined) {
    for (const found of findInvisibleCharacters(source)) at(root, characterReason(found), pointAt(source, found.index));
  }
  // One written as a character reference (&#x202E;) is in a node's text but not in the source:
  // the node's start is given.
  const checkCharacters = (node: TreeNode) => {
    const texts = TEXT_FIELDS.map((field) => node[field]).filter((v): v is string => typeof v === 'string');
    for (const attribute of node.attributes ?? []) {
      if (attribute.name) texts.push(attribute.name);
      if (typeof attribute.value === 'string') texts.push(attribute.value);
      else if (attribute.value && typeof (attribute.value as TreeNode).value === 'string')
        texts.push((attribute.value as TreeNode).value as string);
    }
    for (const [name, value] of Object.entries(node.data?.hProperties ?? {})) texts.push(name, ...[value].flat().map(String));
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const written = source !== undefined && start !== undefined && end !== undefined ? source.slice(start, end) : undefined;
    for (const found of texts.flatMap(findInvisibleCharacters)) {
      if (written?.includes(String.fromCodePoint(found.codePoint))) continue;
      at(node, characterReason(found));
    }
  };

  // A heading's {#id …} block: point at each attribute where it is written, or else at the block or the heading.
  const checkHeadingAttributes = (node: TreeNode, properties: Record<string, unknown>) => {
    const start = node.position?.start;
    const lineEnd = source !== undefined && start?.offset !== undefined ? source.indexOf('\n', start.offset) : -1;
    const line =
      source !== undefined && start?.offset !== undefined ? source.slice(start.offset, lineEnd === -1 ? undefined : lineEnd) : '';
    const blockStart = attributeBlockStart(line);
    for (const { reason, written } of headingAttributeProblems(properties, node.type === 'heading')) {
      const inBlock = blockStart === -1 ? -1 : indexInBlock(line.slice(blockStart), written);
      const column = blockStart === -1 ? 0 : blockStart + Math.max(inBlock, 0);
      at(node, reason, start && { line: start.line, column: start.column + column });
    }
  };

  walk(root, (node) => {
    checkCharacters(node);
    if (node.data?.hProperties) checkHeadingAttributes(node, node.data.hProperties);
    switch (node.type) {
      case 'link':
        return checkAddress(node, 'link', node.url, 'link');
      case 'definition':
        return checkAddress(node, `link definition [${String(node.label ?? node.identifier)}]`, node.url, 'link');
      case 'image':
        return checkAddress(node, 'image', node.url, 'resource');
      case 'imageReference': {
        const definition = definitions.get(normaliseLabel(node.identifier ?? node.label));
        return checkAddress(node, `image [${String(node.label ?? node.identifier)}]`, definition?.url, 'resource');
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const reason of elementProblems(typeof node.name === 'string' ? node.name : null, jsxAttributes(node), rulesAt(node)))
          at(node, reason);
        return;
      case 'html':
        for (const reason of rawHtmlProblems(String(node.value), rulesAt(node))) at(node, reason);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isOnlyComments(String(node.value))) at(node, '{…} JavaScript expressions are not allowed in content (only {/* comments */})');
        return;
      case 'mdxjsEsm':
        return at(node, "import and export are not allowed in content: pages use the site's own components, which need no import");
    }
  });

  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
