/**
 * Reads what Chromium's page.pdf() printed: the sheets in order and, on each, the text and where it
 * sits. Just enough of PDF for the files Chromium (Skia) writes: plain objects, Flate streams, fonts
 * with a ToUnicode map, and the text and matrix operators of a page's content. Not a general PDF
 * reader: it throws on anything else it meets, so a test never passes on text it could not read.
 */
import { inflateSync } from 'node:zlib';

/** One run of text drawn on a sheet, with the point it starts at (PDF units from the sheet's top left). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
}

export interface Sheet {
  /** The sheet's height in PDF units (1/72 inch): 842 for A4. */
  height: number;
  runs: TextRun[];
  /** The sheet's text, a line for each row of runs, left to right. */
  text: string;
  /** The sheet's text in the order it was drawn, which is the page's order: a two-column row (a
   * term and its definition) gives its first column's lines, then its second's. */
  drawn: string;
}

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** m × n, as PDF multiplies matrices (m applied first). */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const source = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const start = /(\d+) 0 obj\b/g;
  for (let match = start.exec(source); match; match = start.exec(source)) {
    const bodyStart = match.index + match[0].length;
    const streamAt = source.indexOf('stream', bodyStart);
    const endAt = source.indexOf('endobj', bodyStart);
    if (endAt < 0) throw new Error(`PDF object ${match[1]} has no endobj`);
    if (streamAt >= 0 && streamAt < endAt) {
      const dict = source.slice(bodyStart, streamAt);
      const length = /\/Length (\d+)(?! \d+ R)/.exec(dict);
      if (!length) throw new Error(`PDF object ${match[1]}: a stream without a direct /Length`);
      const dataStart = streamAt + 'stream'.length + (source[streamAt + 6] === '\r' ? 2 : 1);
      const raw = pdf.subarray(dataStart, dataStart + Number(length[1]));
      const filter = /\/Filter\s*\/(\w+)/.exec(dict)?.[1];
      if (filter && filter !== 'FlateDecode') throw new Error(`PDF object ${match[1]}: stream filter ${filter} is not read here`);
      objects.set(Number(match[1]), { dict, stream: filter ? inflateSync(raw) : raw });
      start.lastIndex = source.indexOf('endobj', dataStart + raw.length);
    } else {
      objects.set(Number(match[1]), { dict: source.slice(bodyStart, endAt) });
      start.lastIndex = endAt;
    }
  }
  return objects;
}

const ref = (dict: string, key: string): number | undefined => {
  const found = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return found ? Number(found[1]) : undefined;
};
const refs = (text: string): number[] => [...text.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));

/** A font's codes and the text each stands for, from its ToUnicode CMap. */
interface Font {
  bytes: 1 | 2;
  unicode: Map<number, string>;
}

function utf16(hex: string): string {
  const units: number[] = [];
  for (let i = 0; i < hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
}

function readFont(objects: Map<number, PdfObject>, id: number): Font {
  const font = objects.get(id);
  if (!font) throw new Error(`PDF font ${id} is missing`);
  const bytes = /\/Subtype\s*\/Type0/.test(font.dict) ? 2 : 1;
  const mapId = ref(font.dict, 'ToUnicode');
  const map = mapId === undefined ? undefined : objects.get(mapId)?.stream?.toString('latin1');
  if (!map) throw new Error(`PDF font ${id} has no ToUnicode map, so its text cannot be read`);
  const unicode = new Map<number, string>();
  for (const block of map.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, text] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) unicode.set(parseInt(code!, 16), utf16(text!));
  }
  for (const block of map.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low, high, target] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const from = parseInt(low!, 16);
      const to = parseInt(high!, 16);
      if (target!.startsWith('[')) {
        [...target!.matchAll(/<([0-9A-Fa-f]+)>/g)].forEach((m, i) => {
          unicode.set(from + i, utf16(m[1]!));
        });
      } else {
        const first = target!.slice(1, -1);
        const base = parseInt(first.slice(-4), 16);
        for (let code = from; code <= to; code++) unicode.set(code, utf16(first.slice(0, -4)) + String.fromCharCode(base + code - from));
      }
    }
  }
  return { bytes, unicode };
}

type Token =
  | { kind: 'number'; value: number }
  | { kind: 'name'; value: string }
  | { kind: 'string'; value: Buffer }
  | { kind: 'op'; value: string }
  | { kind: 'array'; value: Token[] };

/** The tokens of a content stream, arrays gathered into one token. */
function tokenise(content: string): Token[] {
  const stack: Token[][] = [[]];
  const push = (token: Token) => stack[stack.length - 1]!.push(token);
  let i = 0;
  while (i < content.length) {
    const c = content[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '%') {
      while (i < content.length && content[i] !== '\n') i++;
      continue;
    }
    if (c === '[') {
      stack.push([]);
      i++;
      continue;
    }
    if (c === ']') {
      const items = stack.pop()!;
      push({ kind: 'array', value: items });
      i++;
      continue;
    }
    if (c === '/') {
      const name = /^\/[^\s/[\]<>()%]*/.exec(content.slice(i))![0];
      push({ kind: 'name', value: name.slice(1) });
      i += name.length;
      continue;
    }
    if (c === '<' && content[i + 1] === '<') {
      i += 2;
      push({ kind: 'op', value: '<<' });
      continue;
    }
    if (c === '>' && content[i + 1] === '>') {
      i += 2;
      push({ kind: 'op', value: '>>' });
      continue;
    }
    if (c === '<') {
      const end = content.indexOf('>', i);
      push({ kind: 'string', value: Buffer.from(content.slice(i + 1, end).replace(/\s/g, ''), 'hex') });
      i = end + 1;
      continue;
    }
    if (c === '(') {
      const bytes: number[] = [];
      let depth = 1;
      i++;
      while (depth > 0) {
        const ch = content[i]!;
        if (ch === '\\') {
          const next = content[i + 1]!;
          const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
          if (/[0-7]/.test(next)) {
            const octal = /^[0-7]{1,3}/.exec(content.slice(i + 1))![0];
            bytes.push(parseInt(octal, 8));
            i += 1 + octal.length;
            continue;
          }
          bytes.push(escapes[next] ?? next.charCodeAt(0));
          i += 2;
          continue;
        }
        if (ch === '(') depth++;
        if (ch === ')' && --depth === 0) {
          i++;
          break;
        }
        bytes.push(ch.charCodeAt(0));
        i++;
      }
      push({ kind: 'string', value: Buffer.from(bytes) });
      continue;
    }
    const word = /^[^\s/[\]<>()%]+/.exec(content.slice(i))![0];
    push(/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) ? { kind: 'number', value: Number(word) } : { kind: 'op', value: word });
    i += word.length;
  }
  return stack[0]!;
}

function readSheet(objects: Map<number, PdfObject>, pageId: number): Sheet {
  const page = objects.get(pageId)!;
  const box = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/.exec(page.dict);
  if (!box) throw new Error(`PDF page ${pageId} has no MediaBox`);
  const height = Number(box[4]) - Number(box[2]);
  const fontsAt = /\/Font\s*<<([^>]*)>>/.exec(page.dict)?.[1] ?? '';
  const fonts = new Map([...fontsAt.matchAll(/\/(\S+)\s+(\d+) 0 R/g)].map(([, name, id]) => [name!, readFont(objects, Number(id))]));
  const contentsAt = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? '';
  const content = refs(contentsAt)
    .map((id) => objects.get(id)?.stream?.toString('latin1') ?? '')
    .join('\n');

  const runs: TextRun[] = [];
  let ctm: Matrix = IDENTITY;
  const saved: Matrix[] = [];
  let textMatrix: Matrix = IDENTITY;
  let lineMatrix: Matrix = IDENTITY;
  let font: Font | undefined;
  let operands: Token[] = [];
  const numbers = () => operands.map((t) => (t.kind === 'number' ? t.value : NaN));
  const show = (strings: Buffer[]) => {
    if (!font) throw new Error(`PDF page ${pageId}: text drawn with no font set`);
    let text = '';
    for (const bytes of strings) {
      for (let i = 0; i + font.bytes <= bytes.length; i += font.bytes) {
        const code = font.bytes === 2 ? bytes.readUInt16BE(i) : bytes[i]!;
        text += font.unicode.get(code) ?? '\uFFFD';
      }
    }
    const [, , , , e, f] = multiply(textMatrix, ctm);
    runs.push({ text: text.normalize('NFKC'), x: e, y: height - f });
  };
  for (const token of tokenise(content)) {
    if (token.kind !== 'op') {
      operands.push(token);
      continue;
    }
    const n = numbers();
    switch (token.value) {
      case 'q':
        saved.push(ctm);
        break;
      case 'Q':
        ctm = saved.pop() ?? IDENTITY;
        break;
      case 'cm':
        ctm = multiply(n as Matrix, ctm);
        break;
      case 'BT':
        textMatrix = lineMatrix = IDENTITY;
        break;
      case 'Tf': {
        const name = operands[0]?.kind === 'name' ? operands[0].value : '';
        font = fonts.get(name);
        if (!font) throw new Error(`PDF page ${pageId}: font ${name} is not in its resources`);
        break;
      }
      case 'Tm':
        textMatrix = lineMatrix = n as Matrix;
        break;
      case 'Td':
      case 'TD':
        textMatrix = lineMatrix = multiply([1, 0, 0, 1, n[0]!, n[1]!], lineMatrix);
        break;
      case 'Tj':
      case "'":
      case '"':
        show(operands.filter((t) => t.kind === 'string').map((t) => t.value as Buffer));
        break;
      case 'TJ':
        show((operands[0]?.kind === 'array' ? operands[0].value : []).filter((t) => t.kind === 'string').map((t) => t.value as Buffer));
        break;
      default:
    }
    operands = [];
  }
  // Rows of runs, top to bottom; runs in a row left to right.
  const rows = new Map<number, TextRun[]>();
  for (const run of runs) {
    const key = Math.round(run.y);
    rows.set(key, [...(rows.get(key) ?? []), run]);
  }
  const text = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) =>
      row
        .sort((a, b) => a.x - b.x)
        .map((r) => r.text)
        .join(''),
    )
    .join('\n');
  return { height, runs, text, drawn: runs.map((r) => r.text).join('\n') };
}

/** The sheets of a PDF that Chromium printed, in order. */
export function readPdf(pdf: Buffer): Sheet[] {
  const objects = readObjects(pdf);
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog/.test(o.dict));
  const rootId = catalog && ref(catalog.dict, 'Pages');
  if (rootId === undefined) throw new Error('the PDF has no page tree');
  const pageIds: number[] = [];
  const walk = (id: number) => {
    const node = objects.get(id);
    if (!node) throw new Error(`PDF page tree node ${id} is missing`);
    if (/\/Type\s*\/Pages\b/.test(node.dict)) refs(/\/Kids\s*\[([^\]]*)\]/.exec(node.dict)?.[1] ?? '').forEach(walk);
    else pageIds.push(id);
  };
  walk(rootId);
  return pageIds.map((id) => readSheet(objects, id));
}

/** Text with every space and line break taken out, so that words wrapped differently still compare. */
export function squeezed(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** How far down the sheet its last line of text is, as a fraction of the sheet's height. */
export function filled(sheet: Sheet): number {
  return sheet.runs.length ? Math.max(...sheet.runs.map((r) => r.y)) / sheet.height : 0;
}
