/**
 * Characters content must not contain. Bidirectional controls make text display in a different
 * order from the one it is stored in, so what a reviewer reads is not what the page says; other
 * control characters are invisible. Tabs and line endings are allowed.
 */
const BIDI_CONTROLS = new Map<number, string>([
  [0x061c, 'ARABIC LETTER MARK'],
  [0x200e, 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RIGHT-TO-LEFT MARK'],
  [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
  [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FIRST STRONG ISOLATE'],
  [0x2069, 'POP DIRECTIONAL ISOLATE'],
]);

const ALLOWED_CONTROLS = new Set(['\t', '\n', '\r']);

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

export interface ForbiddenCharacter {
  /** Index in the string, in UTF-16 code units (as JavaScript and the parser count). */
  index: number;
  reason: string;
}

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why a character must not be published, or undefined when it may. */
export function characterProblem(char: string): string | undefined {
  const code = char.charCodeAt(0);
  const bidi = BIDI_CONTROLS.get(code);
  if (bidi) return `bidirectional control character ${hex(code)} (${bidi}): it can make text display differently from what it says; remove it`;
  if (isControl(code) && !ALLOWED_CONTROLS.has(char)) return `control character ${hex(code)}: it is invisible on the page; remove it`;
  return undefined;
}

/** Every forbidden character in `text`, in order. */
export function forbiddenCharacters(text: string): ForbiddenCharacter[] {
  const found: ForbiddenCharacter[] = [];
  for (let index = 0; index < text.length; index++) {
    const reason = characterProblem(text[index]!);
    if (reason) found.push({ index, reason });
  }
  return found;
}
