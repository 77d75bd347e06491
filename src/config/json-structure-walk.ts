/**
 * One pass over the structure of a JSON text, for what JSON.parse does not tell: where each key and number is, and
 * how a number is written. `text` is valid JSON (JSON.parse read it): only its structure is followed, with frames of
 * its own, so that no depth of nesting overflows the stack.
 */

/** An object or array of the text, under its parent, with where in it the walk is now (a key, or an index). */
export type JsonFrame = { parent: JsonFrame | undefined; depth: number } & ({ kind: 'object'; key: string; expectingKey: boolean } | { kind: 'array'; index: number });
export type JsonObjectFrame = JsonFrame & { kind: 'object' };

export interface JsonStructureVisitor {
  /** A key of `object`, on its 1-based line; `true` ends the walk. */
  key?(object: JsonObjectFrame, key: string, line: number): boolean | void;
  /** A number as written, in `frame` (undefined: the text is one number). */
  number?(frame: JsonFrame | undefined, written: string): void;
}

/** The keys and indexes from the text's top to where the walk is in `frame`: `["thresholds", "jitterAvg", "Video"]`. */
export function jsonPath(frame: JsonFrame | undefined): string[] {
  const path: string[] = [];
  for (let f = frame; f !== undefined; f = f.parent) path.push(f.kind === 'object' ? f.key : String(f.index));
  return path.reverse();
}

/** Walks `text`, telling `visitor` of each key and number. A line ends at LF, CR LF or a lone CR, as editors count lines. */
export function walkJsonStructure(text: string, visitor: JsonStructureVisitor): void {
  let top: JsonFrame | undefined;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      if (text[i - 1] !== '\r') line++;
    } else if (c === '\r') line++;
    else if (c === '{' || c === '[') {
      const depth = (top?.depth ?? 0) + 1;
      top = c === '{' ? { parent: top, depth, kind: 'object', key: '', expectingKey: true } : { parent: top, depth, kind: 'array', index: 0 };
    } else if (c === '}' || c === ']') top = top?.parent;
    else if (c === ',') {
      if (top?.kind === 'object') top.expectingKey = true;
      else if (top?.kind === 'array') top.index++;
    } else if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (top?.kind === 'object' && top.expectingKey) {
        top.key = JSON.parse(text.slice(i, end + 1)) as string;
        top.expectingKey = false;
        if (visitor.key?.(top, top.key, line) === true) return;
      }
      // A string holds no line break (JSON escapes it), so the line count stays right.
      i = end;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      let end = i + 1;
      while (end < text.length && /[\d.eE+-]/.test(text[end]!)) end++;
      visitor.number?.(top, text.slice(i, end));
      i = end - 1;
    }
  }
}
