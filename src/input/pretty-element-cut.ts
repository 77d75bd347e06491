/**
 * Finds, in UTF-8 bytes, where the next element of a pretty-printed JSON array ends, without scanning it byte
 * by byte: the common layout (`JSON.stringify(x, null, 2)`, PowerShell, jq) puts an element's `{` and its own `}`
 * each at the start of a line at one indentation, so its end is the first line that starts with that indentation
 * and `}`, found going from line end to line end with Buffer.indexOf (the lines are counted on the way). The caller
 * confirms the cut by parsing the text (or with isWholeValue): a valid object ends where the scanner
 * (json-element-scanner.ts) would end it.
 *
 * Anything out of that layout answers 'no', and the scanner reads on: an element whose brackets are not alone on
 * their lines (but for the comma after it), tabs or a lone CR anywhere in it, or a line inside it at its own
 * indentation that starts with '{' or '[' (the scanner's cue that a closing bracket is missing).
 *
 * In a stream of values (`jq .`'s output: pretty objects one after another) no comma follows an element: its line
 * ends after its '}'.
 */

/** An element cut out: its text is [start, end), `next` is the line after its comma, `lines` the LFs before `next`. */
export interface ElementCut {
  start: number;
  end: number;
  next: number;
  lines: number;
}

const LF = 0x0a, CR = 0x0d, TAB = 0x09, SPACE = 0x20, COMMA = 0x2c, LBRACE = 0x7b, RBRACE = 0x7d, LBRACKET = 0x5b;

/** Where a byte next occurs in one buffer, remembered: a search is made again only past the last one found. */
class NextMatch {
  private at = -1;
  private from = Infinity; // no search yet
  constructor(
    private readonly buffer: Buffer,
    private readonly byte: number,
  ) {}

  /** The first occurrence at or after `from`, or -1. */
  after(from: number): number {
    if (this.at >= from || (this.at < 0 && this.from <= from)) return this.at;
    this.at = this.buffer.indexOf(this.byte, from);
    this.from = from;
    return this.at;
  }
}

/** The cuts of one buffer of bytes; the searches for tabs and CRs are remembered between calls. */
export class PrettyElementCutter {
  private readonly tab: NextMatch;
  private readonly cr: NextMatch;

  /**
   * `maxBytes`: an element larger than this (with what follows it up to its comma) answers 'no'. `commas`: a comma
   * follows each element (an array's); else none does (a stream's).
   */
  constructor(
    private readonly buffer: Buffer,
    private readonly maxBytes: number,
    private readonly commas = true,
  ) {
    this.tab = new NextMatch(buffer, TAB);
    this.cr = new NextMatch(buffer, CR);
  }

  /**
   * The element that starts on the line at `lineStart`, or 'more' when the buffer ends before it does (and
   * `final` is false), or 'no' when it is out of the layout.
   */
  cut(lineStart: number, final: boolean): ElementCut | 'more' | 'no' {
    const buffer = this.buffer;
    const n = buffer.length;
    const more = final ? 'no' : 'more';
    let start = lineStart;
    while (start < n && buffer[start] === SPACE) start++;
    if (start >= n) return more;
    if (buffer[start] !== LBRACE) return 'no';
    const indent = start - lineStart;
    let lf = skipBlank(buffer, start + 1);
    if (lf >= n) return more;
    if (buffer[lf] !== LF) return 'no'; // the '{' is not alone on its line
    // Line by line, to the first that starts with the element's indentation and '}'; one that starts with it and '{'
    // or '[' is where the scanner would cut (a closing bracket missing).
    let lines = 1;
    for (;;) {
      lf = buffer.indexOf(LF, lf + 1);
      if (lf < 0 || lf - lineStart > this.maxBytes) return lf < 0 && n - lineStart <= this.maxBytes ? more : 'no';
      lines++;
      const first = lf + 1 + indent; // the line's first character, if it has the indentation
      if (first >= n) return more;
      const c = buffer[first];
      if (c !== RBRACE && c !== LBRACE && c !== LBRACKET) continue;
      if (!spacesOnly(buffer, lf + 1, first)) continue;
      if (c !== RBRACE) return 'no';
      break;
    }
    const end = lf + indent + 2; // after the '}'
    let at = skipBlank(buffer, end);
    if (at >= n) return more;
    if (this.commas) {
      if (buffer[at] !== COMMA) return 'no';
      if (at - start > this.maxBytes) return 'no';
      at = skipBlank(buffer, at + 1);
      if (at >= n) return more;
    } else if (at - start > this.maxBytes) return 'no';
    if (buffer[at] !== LF) return 'no';
    const next = at + 1;
    const tab = this.tab.after(lineStart);
    if (tab >= 0 && tab < next) return 'no';
    for (let cr = this.cr.after(lineStart); cr >= 0 && cr < next; cr = this.cr.after(cr + 1)) {
      if (buffer[cr + 1] !== LF) return 'no';
    }
    return { start, end, next, lines: lines + 1 };
  }
}

function spacesOnly(buffer: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (buffer[i] !== SPACE) return false;
  return true;
}

/** After the spaces, tabs and CRs from `at`. */
function skipBlank(buffer: Buffer, at: number): number {
  let i = at;
  while (i < buffer.length && (buffer[i] === SPACE || buffer[i] === TAB || buffer[i] === CR)) i++;
  return i;
}

const QUOTE = 0x22, BACKSLASH = 0x5c, RBRACKET = 0x5d;

/**
 * Whether the scanner, starting a value at `start`, would end it right after `end - 1` with no problem: strings
 * closed on their own line, and the brackets back to depth 0 there and not before. (For an element the prefilter
 * passes over unparsed: parsing it is what proves the cut otherwise.)
 */
export function isWholeValue(buffer: Buffer, start: number, end: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = start; i < end; i++) {
    const c = buffer[i];
    if (inString) {
      if (c === BACKSLASH) {
        if (buffer[++i] === LF) return false;
      } else if (c === QUOTE) inString = false;
      else if (c === LF) return false;
    } else if (c === QUOTE) inString = true;
    else if (c === LBRACE || c === LBRACKET) depth++;
    else if (c === RBRACE || c === RBRACKET) {
      if (--depth <= 0) return depth === 0 && i === end - 1;
    }
  }
  return false;
}
