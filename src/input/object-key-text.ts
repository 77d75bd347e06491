const QUOTE = 0x22, BACKSLASH = 0x5c, NL = 0x0a;

/** Where an object key read by ObjectKeyText ended: the index after it, the key (its escapes decoded), and whether a line end cut it. */
export interface KeyRead {
  next: number;
  key: string;
  lineEnd: boolean;
}

/**
 * An object key JsonElementScanner (json-element-scanner.ts) is reading, from after its opening quote to its closing
 * one: the text may come in chunks that cut it anywhere, an escape too (`\"` does not end it). A line end ends it as
 * well: a key broken by a missing quote does not swallow the rest of the file.
 */
export class ObjectKeyText {
  private readonly parts: string[] = [];
  private escape = false;

  /** Reads from s[i]: the key where it ends in this chunk, else null (it goes on in the next). */
  read(s: string, i: number): KeyRead | null {
    const n = s.length;
    const start = i;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (this.escape) this.escape = false;
      else if (c === BACKSLASH) this.escape = true;
      else if (c === QUOTE || c === NL) {
        this.parts.push(s.slice(start, i));
        return { next: i + 1, key: decodeKey(this.parts.join('')), lineEnd: c === NL };
      }
    }
    this.parts.push(s.slice(start, n));
    return null;
  }
}

/** An object key as read (between its quotes), its escapes decoded. */
function decodeKey(raw: string): string {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}
