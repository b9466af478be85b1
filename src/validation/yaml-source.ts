/**
 * A YAML file read so that problems can name their line: the data, where each value starts,
 * and syntax errors with their line. Pure: text in, data and positions out.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface Position { line: number; column: number }

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
  const errors = doc.errors.map((error) => {
    const { line, column } = at(error.pos[0]);
    return `${line}:${column}: not valid YAML: ${error.message.split('\n')[0]}`;
  });

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

  return { data: doc.errors.length ? undefined : doc.toJS(), errors, positionOf };
}
