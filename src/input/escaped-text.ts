/**
 * JSON text whose strings are written with `\u` escapes (`"\u0061bc…"`, a `-` as `\u002d`): the bytes of an id so
 * written are not the id's, so `call`'s search of the bytes (find-needles.ts) and of the raw text (call-search.ts)
 * would pass its records over, where summarize, which parses every record, shows the call. Azure Monitor writes no
 * `\u` in these logs; a relay that re-serialises them does (.NET escapes `+`, `<`, `>`, `&`, `'` and non-ASCII, Python's
 * `ensure_ascii` non-ASCII). So a line without the id that holds an escape of one of the id's characters (a hex
 * digit or `-` for a GUID; never .NET's `\u002B` for `+`, nor an accented letter) is decoded (not parsed) and tested
 * again: its cost is paid by such lines only, found by native searches of a batch's bytes.
 */

const BACKSLASH_U = Buffer.from('\\u', 'latin1');
/** An escape: `\uXXXX`, or a backslash and the character it escapes (so that the `u` of `\\u0061` is no escape). */
const ESCAPE = /\\(u[0-9a-fA-F]{4}|[^])/g;

/** The text with its `\uXXXX` escapes decoded; other escapes are kept as written. */
export function decodeUnicodeEscapes(text: string): string {
  return text.replace(ESCAPE, (whole: string, escaped: string) => (escaped.length === 5 ? String.fromCharCode(parseInt(escaped.slice(1), 16)) : whole));
}

/** The characters of the needles in either case, as UTF-16 code units: what an escape must spell to hide one. */
export function needleCharacters(needles: readonly string[]): ReadonlySet<number> {
  const out = new Set<number>();
  for (const c of needles.join('')) for (const form of [c, c.toLowerCase(), c.toUpperCase()]) for (let i = 0; i < form.length; i++) out.add(form.charCodeAt(i));
  return out;
}

/** The code unit a `\uXXXX` at `at` spells (its four digits from `digitAt`), or -1 when not four hex digits follow. */
function escapedUnit(digitAt: (i: number) => number, at: number): number {
  let unit = 0;
  for (let i = at + 2; i < at + 6; i++) {
    const d = hexValue(digitAt(i));
    if (d < 0) return -1;
    unit = unit * 16 + d;
  }
  return unit;
}

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/**
 * Whether the text holds what `pattern` finds once its `\u` escapes are decoded; false when none of its escapes
 * spells one of `characters` (the caller has tested it as written). `pattern` must not be global (a global one keeps
 * where it stopped).
 */
export function escapedTextHolds(text: string, pattern: RegExp, characters: ReadonlySet<number>): boolean {
  let at = text.indexOf('\\u');
  while (at >= 0 && !characters.has(escapedUnit((i) => text.charCodeAt(i), at))) at = text.indexOf('\\u', at + 2);
  return at >= 0 && pattern.test(decodeUnicodeEscapes(text));
}

/** A pattern that finds any of the needles, in any letter case. */
export function needlesPattern(needles: readonly string[]): RegExp {
  return new RegExp(needles.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
}

/**
 * The lines of a batch of bytes that hold the needles (in any case) only once their `\u` escapes are decoded. The
 * `\u` are looked for by Buffer.indexOf as the lines are asked about, in order: a batch without any costs one native
 * search, and a line without any nothing more.
 */
export class EscapedLines {
  private next: number; // the first `\u` at or past the last line asked about; -1: none further
  private pattern: RegExp | null = null;
  private readonly characters: ReadonlySet<number>;
  private readonly byteAt = (i: number) => this.buffer[i] ?? -1;

  constructor(
    private readonly buffer: Buffer,
    private readonly needles: readonly string[],
  ) {
    this.next = buffer.indexOf(BACKSLASH_U);
    this.characters = needleCharacters(needles);
  }

  /** Whether no line of the batch holds a `\u`. */
  get none(): boolean {
    return this.next < 0;
  }

  /** Whether the line [start, end) (asked about in order) holds a needle once its escapes are decoded. */
  hold(start: number, end: number): boolean {
    if (this.next >= 0 && this.next < start) this.next = this.buffer.indexOf(BACKSLASH_U, start);
    if (this.next < 0 || this.next >= end) return false;
    // Only an escape of one of the needles' characters can hide one: a line of .NET's `\u002B` (+) costs no decoding.
    let at = this.next;
    while (at >= 0 && at < end && !this.characters.has(escapedUnit(this.byteAt, at))) at = this.buffer.indexOf(BACKSLASH_U, at + 2);
    if (at < 0 || at >= end) return false;
    this.pattern ??= needlesPattern(this.needles);
    return this.pattern.test(decodeUnicodeEscapes(this.buffer.toString('utf8', start, end)));
  }
}
