/**
 * A streaming scanner for JSON text of any size and layout (pretty-printed, minified on one line,
 * truncated, or slightly broken). It never builds the document: it follows only the outer structure
 * and hands back the raw text of the values a plan asks for (e.g. every element of the top-level
 * array, of "records", or of "tables"[i]."rows"), each with the 1-based line where it starts.
 *
 * Each value captured or passed over is a run (value-run.ts), which is also where broken text is recovered from.
 *
 * A stream of JSON values one after another (`jq .`'s output, pretty objects with no array around them and no commas
 * between them) is read as if it were the elements of an array: each value ends where its brackets close (one that
 * is not an object or array, text between values, at the end of its line). So is what follows the top-level array
 * read (two exports joined by `cat`): objects after its `]` are such a stream, and each array after it more elements.
 *
 * A faster reader may share the work (read-element-bytes.ts): pushToBoundary stops at the start of a line where the
 * next element of the array may begin, the reader reads elements of the common layout there itself, as the scanner
 * would, then tells the scanner where it got to (passElements) and hands the text back.
 */
import { DEFAULT_MAX_RECORD_BYTES } from './input-event.js';
import { ObjectKeyText } from './object-key-text.js';
import { type Frame, framePath, openFrame, streamTop } from './scan-frame.js';
import { type PathStep, type ScannedValue, TORN_VALUE_REASON, isJsonValue, lastLineOf } from './scanned-value.js';
import { type Run, STREAM_VALUE, holdRun, runValue, scanRun } from './value-run.js';

/** What to do with the value at a path: hand back its raw text, look inside it, or pass over it. */
export type Visit = 'capture' | 'descend' | 'skip';
export type ScanPlan = (path: readonly PathStep[]) => Visit;

const QUOTE = 0x22, COMMA = 0x2c, COLON = 0x3a, NL = 0x0a, CR = 0x0d, SPACE = 0x20, TAB = 0x09;
const LBRACE = 0x7b, RBRACE = 0x7d, LBRACKET = 0x5b, RBRACKET = 0x5d;

export class JsonElementScanner {
  private line = 1;
  private textLine = 1; // the last line with text on it (not white space alone)
  private readonly frames: Frame[] = [];
  private col = 0;
  private blankSoFar = true; // only whitespace so far on the current line (outside values)
  private key: ObjectKeyText | null = null; // an object key being read
  private strayReported = false;
  private run: Run | null = null;
  private out: ScannedValue[] = [];
  /** Whether the elements read are the top-level array's: then values after its `]` are read as more of them. */
  private readonly topElements: boolean;

  /**
   * A captured value larger than `maxBytes` (UTF-8) is not kept in memory; it is handed back with a problem.
   * `stream`: the text is a stream of values, read as the elements of an array at the top (their paths are [index]).
   */
  constructor(
    private readonly plan: ScanPlan,
    private readonly maxBytes = DEFAULT_MAX_RECORD_BYTES,
    stream = false,
  ) {
    this.topElements = stream || plan([0]) === 'capture';
    if (stream) this.frames.push(streamTop());
  }

  /** Scans the next chunk of text; returns the values completed in it. */
  push(text: string): ScannedValue[] {
    let i = 0;
    const n = text.length;
    while (i < n) {
      if (this.run !== null) i = this.continueRun(text, i);
      else if (this.key !== null) i = this.scanKey(text, i);
      else i = this.scanOuter(text, i);
    }
    if (this.run !== null) holdRun(this.run, text, this.maxBytes);
    return this.take();
  }

  /**
   * Like push, from text[from], but stops right after the first line end that leaves the scanner at an element
   * boundary of the array `depth` containers deep (see elementBoundary); `stop` is where it stopped, else text.length.
   */
  pushToBoundary(text: string, from: number, depth: number): { values: ScannedValue[]; stop: number } {
    let i = from;
    const n = text.length;
    while (i < n) {
      if (this.run !== null) i = this.continueRun(text, i);
      else if (this.key !== null) i = this.scanKey(text, i);
      else if (text.charCodeAt(i) !== NL) i = this.scanOuter(text, i);
      else {
        i = this.scanOuter(text, i);
        if (this.elementBoundary(depth) !== null) return { values: this.take(), stop: i };
      }
    }
    if (this.run !== null) holdRun(this.run, text, this.maxBytes);
    return { values: this.take(), stop: n };
  }

  /**
   * At the start of a line, inside the array `depth` containers deep, where its next element may begin (after its
   * '[' or a comma — in a stream, after a value too —, nothing else on the line so far): the line and the index
   * that element gets; else null.
   */
  elementBoundary(depth: number): { line: number; index: number } | null {
    const top = this.frames[this.frames.length - 1];
    if (this.run !== null || this.key !== null || this.frames.length !== depth || top === undefined) return null;
    if (top.object || !this.blankSoFar || this.col !== 0) return null;
    if (top.phase === 'value') return { line: this.line, index: top.index };
    return top.loose === true && top.phase === 'after' ? { line: this.line, index: top.index + 1 } : null;
  }

  /** The line the scanner has reached. */
  currentLine(): number {
    return this.line;
  }

  /** Elements were read elsewhere from an element boundary: the scanner is at the boundary after them, at `line`. */
  passElements(index: number, line: number): void {
    const top = this.frames[this.frames.length - 1]!;
    top.index = index;
    top.phase = 'value'; // the element at `index` is next
    this.line = line;
    this.textLine = line - 1; // the last element's, with its comma
  }

  /**
   * Ends the text; returns a value left unfinished (a truncated file), with a problem. Text that ends between
   * elements, its array (or the object around it) never closed, is a truncated file too: that is one value with no
   * text and a problem, at the last line, so that a torn blob is not read as a whole one. (Not in a stream of values,
   * which has no end to miss; nor when the value left open at the end is invalid itself.) That value is at the last
   * line that holds text. `text` names the text in its problem: "the file", or "the text" of one envelope.
   * Either value is marked `atEnd`: the text is torn there.
   */
  end(text = 'the file'): ScannedValue[] {
    const run = this.run;
    const loose = this.frames[0]?.loose === true; // a stream has no end to miss
    let told = false; // whether the value left open at the end is invalid itself: that tells of the end
    if (run !== null) {
      const unfinished = run.depth > 0 || run.inString;
      const before = this.out.length;
      this.finishRun('', 0, unfinished ? TORN_VALUE_REASON : undefined);
      // Its brackets closed, but it is no JSON (`{"b":[1,2}`, a bracket of the wrong kind): it took the array's end.
      const last = this.out.length > before ? this.out[this.out.length - 1]! : null;
      told = last !== null && !loose && (last.problem !== undefined || !isJsonValue(last));
      if (last !== null && (told || (unfinished && last.problem !== undefined))) last.atEnd = true;
      // A whole element with no comma or bracket after it: the text ends at its last line.
      if (last !== null) this.textLine = lastLineOf(last);
    }
    const open = this.frames[this.frames.length - 1];
    if (!told && open !== undefined && !loose) {
      this.out.push({ path: [], raw: '', line: this.textLine, problem: `${text} ends before the ${open.object ? 'object' : 'array'} closes: it may be truncated`, atEnd: true });
    }
    return this.take();
  }

  private take(): ScannedValue[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  /** One character of the outer structure (between captured values). Returns the next index. */
  private scanOuter(s: string, i: number): number {
    const c = s.charCodeAt(i);
    if (c === NL) {
      this.newLine();
      return i + 1;
    }
    if (c === SPACE || c === TAB || c === CR) {
      this.col++;
      return i + 1;
    }
    const indent = this.blankSoFar ? this.col : -1;
    this.blankSoFar = false;
    this.textLine = this.line;
    this.col++;
    const top = this.frames[this.frames.length - 1];
    if (top === undefined) {
      if (this.topElements && c === LBRACE) return this.streamValues(s, i, indent);
      if (this.topElements && c === COMMA) return i + 1; // between two arrays of records: `[…],[…]`
      if (c === LBRACE || c === LBRACKET) {
        this.frames.push(openFrame(c));
        this.strayReported = false;
      } else if (!this.strayReported) {
        this.strayReported = true;
        this.out.push({ path: [], raw: '', line: this.textLine, problem: 'text outside the JSON value' });
      }
      return i + 1;
    }
    if (c === LBRACKET && top.loose === true) {
      // An array after values of a stream (`jq -c` output and an export, joined): its elements are read as more values.
      this.frames.pop();
      this.frames.push(openFrame(LBRACKET));
      return i + 1;
    }
    if (c === (top.object ? RBRACE : RBRACKET) && top.loose !== true) {
      this.frames.pop();
      const parent = this.frames[this.frames.length - 1];
      if (parent !== undefined) parent.phase = 'after';
      return i + 1;
    }
    if (top.object) {
      if (c === QUOTE && (top.phase === 'key' || top.phase === 'after')) {
        this.key = new ObjectKeyText();
        return i + 1;
      }
      if (c === COLON && top.phase === 'colon') top.phase = 'value';
      else if (c === COMMA) top.phase = 'key';
      else if (top.phase === 'value') return this.startValue(top, s, i, indent);
      return i + 1; // anything else out of place is passed over
    }
    if (c === COMMA) {
      top.index++;
      top.phase = 'value';
      return i + 1;
    }
    if (top.phase === 'after') top.index++; // a missing comma between two outer values
    return this.startValue(top, s, i, indent);
  }

  /** A value begins at s[i] inside `top`: descend into it, or start a run over it. */
  private startValue(top: Frame, s: string, i: number, indent: number): number {
    const path = framePath(this.frames);
    const visit = this.plan(path);
    const c = s[i];
    top.phase = 'after';
    if (visit === 'descend' && (c === '{' || c === '[')) {
      this.frames.push(openFrame(s.charCodeAt(i)));
      return i + 1;
    }
    this.run = {
      path,
      capture: visit === 'capture',
      parts: visit === 'capture' ? [] : null,
      size: 0,
      start: i,
      line: this.line,
      indent,
      closer: top.loose === true ? STREAM_VALUE : top.object ? RBRACE : RBRACKET,
      depth: 0,
      inString: false,
      escape: false,
      lineIndent: -1,
      problem: undefined,
    };
    return i;
  }

  /**
   * An object at the top after the array of records closed (two exports joined: `[…]` then `{…}` lines or pretty
   * objects): it and the values after it are read as a stream of values, each one more record.
   */
  private streamValues(s: string, i: number, indent: number): number {
    const top = streamTop();
    this.frames.push(top);
    return this.startValue(top, s, i, indent);
  }

  /** Reads an object key up to its closing quote (object-key-text.ts), then its colon is next. */
  private scanKey(s: string, i: number): number {
    const read = this.key!.read(s, i);
    if (read === null) return s.length;
    this.key = null;
    const top = this.frames[this.frames.length - 1];
    if (top !== undefined) {
      top.key = read.key;
      top.phase = 'colon';
    }
    if (read.lineEnd) this.newLine();
    return read.next;
  }

  /** A line end outside values. */
  private newLine(): void {
    this.line++;
    this.col = 0;
    this.blankSoFar = true;
  }

  /**
   * Goes on with the run at s[from] (see scanRun): finishes it where it ends, or, where it lacks its closing bracket,
   * finishes it with that problem and starts the next value. Returns the next index.
   */
  private continueRun(s: string, from: number): number {
    const run = this.run!;
    const stop = scanRun(run, s, from, this.line);
    this.line = stop.line;
    if (stop.why === 'chunk') return stop.at;
    this.textLine = stop.line;
    if (stop.why === 'end') {
      this.finishRun(s, stop.at, undefined);
      this.blankSoFar = false;
      return stop.at;
    }
    this.finishRun(s, stop.at, 'a closing bracket is missing');
    const top = this.frames[this.frames.length - 1]!;
    top.index++;
    return this.startValue(top, s, stop.at, run.indent);
  }

  private finishRun(s: string, end: number, problem: string | undefined): void {
    const run = this.run!;
    this.run = null;
    const value = runValue(run, s, end, problem, this.maxBytes);
    if (value !== null) this.out.push(value);
  }
}
