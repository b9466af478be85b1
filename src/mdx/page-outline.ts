/**
 * What the checks that span files need of an MDX page, read from its syntax tree (mdast, as the
 * build's compiler parses it): its sections (## headings and below, with the ids Astro gives
 * them) and its uses of the site's components, each with its attributes and where it is written.
 */
import { mdxToMdast, type Features } from 'satteri';
import GithubSlugger from 'github-slugger';

export interface Position {
  line: number;
  column: number;
}

/** `<PageLink page="…" section="…">`: an attribute without a value (`<Fact … start />`) is there as "". */
export interface ComponentUse extends Position {
  name: string;
  attributes: Record<string, string>;
  /** Where it starts in the text given. */
  offset: number;
}

export interface Section extends Position {
  id: string;
  text: string;
  depth: number;
}

export interface PageOutline {
  /** Every heading of depth 2 and below, in document order (those inside an element too, as Astro collects them). */
  sections: Section[];
  uses: ComponentUse[];
}

interface Node {
  type: string;
  name?: string | null;
  depth?: number;
  value?: unknown;
  children?: Node[];
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: Position & { offset?: number } };
  data?: { hProperties?: { id?: unknown } };
}

const textOf = (node: Node): string => (typeof node.value === 'string' ? node.value : (node.children ?? []).map(textOf).join(''));

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** The headings and component uses of an MDX page's text (front matter and all); throws if it cannot be parsed. */
export function pageOutline(text: string, features: Features = { headingAttributes: true }): PageOutline {
  const tree = mdxToMdast(text, { features }) as Node;
  const slugger = new GithubSlugger();
  const sections: Section[] = [];
  const uses: ComponentUse[] = [];
  walk(tree, (node) => {
    const start = node.position?.start ?? { line: 1, column: 1, offset: 0 };
    const at = { line: start.line, column: start.column };
    if (node.type === 'heading') {
      const headingText = textOf(node);
      const written = node.data?.hProperties?.id;
      // As Astro does: a heading's {#id}, or else a slug of its text (unique on the page).
      const id = typeof written === 'string' ? written : slugger.slug(headingText);
      if ((node.depth ?? 1) >= 2) sections.push({ id, text: headingText, depth: node.depth ?? 2, ...at });
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const attributes: Record<string, string> = {};
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
        attributes[attribute.name] = typeof attribute.value === 'string' ? attribute.value : attribute.value == null ? '' : '{…}';
      }
      uses.push({ name: node.name, attributes, ...at, offset: start.offset ?? 0 });
    }
  });
  return { sections, uses };
}
