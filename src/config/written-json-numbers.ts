/**
 * The numbers of a JSON text as written, by key path: what JSON.parse makes of a number is not always what the file
 * says (`1e999` is Infinity, `2.50` is 2.5, `1e1` is 10), and a message about a value says what was written, so that
 * it can be found in the file. `text` is valid JSON (JSON.parse read it).
 */
export type WrittenNumbers = ReadonlyMap<string, string>;

/** A key path as WrittenNumbers keys it: names in any case, as the thresholds' are taken (canonical-threshold-keys.ts). */
export function writtenNumberKey(path: readonly PropertyKey[]): string {
  return JSON.stringify(path.map((key) => String(key).toLowerCase()));
}

/** An object or array of the text, under its parent: the path is built only for a number kept (any depth of nesting fits). */
type Frame = { parent: Frame | undefined } & ({ kind: 'object'; key: string; expectingKey: boolean } | { kind: 'array'; index: number });

/** Where in its parent a frame's value is now: the key, or the index. */
function placeIn(frame: Frame): string {
  return frame.kind === 'object' ? frame.key : String(frame.index);
}

function pathTo(top: Frame | undefined): string[] {
  const path: string[] = [];
  for (let f = top; f !== undefined; f = f.parent) path.push(placeIn(f));
  return path.reverse();
}

/**
 * No message names a value deeper than this (`thresholds.jitterAvg.Video` is 3 deep; a value of the wrong kind is
 * named where it is, not by what it holds), and a path is built only for a number this deep or less: a file nested
 * thousands deep with a number at each level is read in one pass.
 */
const DEEPEST_NAMED = 8;

/** Each number of the text whose written form is not how JavaScript writes the number read (`1e999`, `2.50`, `-0`). */
export function writtenNumbers(text: string): WrittenNumbers {
  const out = new Map<string, string>();
  let top: Frame | undefined;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '{' || c === '[') {
      top = c === '{' ? { parent: top, kind: 'object', key: '', expectingKey: true } : { parent: top, kind: 'array', index: 0 };
      depth++;
    } else if (c === '}' || c === ']') {
      top = top?.parent;
      depth--;
    } else if (c === ',') {
      if (top?.kind === 'object') top.expectingKey = true;
      else if (top?.kind === 'array') top.index++;
    } else if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (top?.kind === 'object' && top.expectingKey) {
        top.key = JSON.parse(text.slice(i, end + 1)) as string;
        top.expectingKey = false;
      }
      i = end;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      let end = i + 1;
      while (end < text.length && /[\d.eE+-]/.test(text[end]!)) end++;
      const written = text.slice(i, end);
      const read = Number(written);
      if (depth <= DEEPEST_NAMED && (Object.is(read, -0) ? '-0' : String(read)) !== written) out.set(writtenNumberKey(pathTo(top)), written);
      i = end - 1;
    }
  }
  return out;
}
