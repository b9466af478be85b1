/**
 * A YAML file read so that problems can name their line: the data, where each value starts,
 * and syntax errors with their line. Pure: text in, data and positions out.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';

/** Keys that would set an object's prototype, or shadow what every object has, when the data is read. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface Position {
  line: number;
  column: number;
}

export interface YamlSource {
  data: unknown;
  /** Syntax errors, each "line:column: not valid YAML: reason". */
  errors: string[];
  /** Where the value at `path` (or the nearest thing above it that exists) starts. */
  positionOf(path: readonly PropertyKey[]): Position;
}

/** Parses `text`; `lineOffset` is added to every line (front matter starts after its `---`). */
export function readYaml(text: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  // Warnings too: a tag this parser does not know (`!fixed`) is only a warning here, but the
  // parser Astro uses for some files refuses the file, and one that logs and carries on would
  // publish stale or missing data. Both must see the same content, so it is an error.
  const errors = [...doc.errors, ...doc.warnings].map((error) => {
    const { line, column } = at(error.pos[0]);
    return `${line}:${column}: not valid YAML: ${error.message.split('\n')[0]}`;
  });
  visit(doc, {
    Pair(_key, pair) {
      if (!isPair(pair) || !isScalar(pair.key) || !RESERVED_KEYS.has(String(pair.key.value))) return;
      const { line, column } = at((pair.key as Node).range?.[0] ?? 0);
      errors.push(`${line}:${column}: "${String(pair.key.value)}" is a reserved name and cannot be a key: choose another id`);
    },
  });
  let data: unknown;
  if (!errors.length) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // An alias bomb ("billion laughs") or another limit of the parser: the file, not a stack trace.
      const firstAlias = text.search(/(^|[\s[{,])\*[^\s,\]}]/);
      const { line, column } = at(Math.max(0, firstAlias));
      errors.push(
        `${line}:${column}: not valid YAML: ${/alias/i.test(String((error as Error).message)) ? 'too many aliases (*name): write the values out' : String((error as Error).message).split('\n')[0]}`,
      );
    }
  }

  function positionOf(path: readonly PropertyKey[]): Position {
    let node: unknown = doc.contents;
    let start = (doc.contents as Node | null)?.range?.[0] ?? 0;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
        if (!pair) break;
        start = (pair.key as Node | null)?.range?.[0] ?? start;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
        start = (node as Node).range?.[0] ?? start;
      } else break;
    }
    return at(start);
  }

  return { data: errors.length ? undefined : data, errors, positionOf };
}
