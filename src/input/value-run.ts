/**
 * The runs of JsonElementScanner (json-element-scanner.ts): each value it captures or passes over is a run, scanned
 * here to its end.
 *
 * Inside a captured value only strings, escapes and bracket depth are tracked, so a value ends at the
 * next comma or closing bracket of its container. Recovery follows from that:
 * - a value that is malformed inside (a missing comma, an unquoted word) is still cut out whole, and
 *   JSON.parse later rejects it alone;
 * - two values with no comma between them are cut out together, as one bad value;
 * - a string still open at the end of its line is closed there (JSON strings cannot hold raw line
 *   breaks), so one broken line does not swallow the rest of the file;
 * - a value whose closing bracket is missing ends when a new line starts with '{' or '[' at the same
 *   indentation as the value's own first line (only pretty-printed text has this cue);
 * - at the end of the text, an unfinished value is handed back with a problem.
 */
import { isOverLimit, tooLargeReason } from './record-size-limit.js';
import type { PathStep, ScannedValue } from './scanned-value.js';

const QUOTE = 0x22, BACKSLASH = 0x5c, COMMA = 0x2c, NL = 0x0a, CR = 0x0d, SPACE = 0x20, TAB = 0x09;
const LBRACE = 0x7b, RBRACE = 0x7d, LBRACKET = 0x5b, RBRACKET = 0x5d;
/** Run.closer of a top-level value of a stream, which no container closes. */
export const STREAM_VALUE = -1;

export interface Run {
  path: PathStep[];
  capture: boolean;
  parts: string[] | null; // the text kept from earlier chunks; null when not kept (skipped, or too large)
  size: number;
  start: number; // where the run's text starts in the current chunk
  line: number;
  indent: number; // column of the value's first character when it began its line, else -1
  // The char code that closes the container the value is in; STREAM_VALUE for a top-level value of a stream, which
  // ends where its brackets close, or at its line's end.
  closer: number;
  depth: number;
  inString: boolean;
  escape: boolean;
  lineIndent: number; // spaces so far at the start of the current line, or -1 when not at a line start
  problem: string | undefined;
}

/**
 * Where scanRun stopped in the chunk (`at`), at which line, and why: the chunk ended inside the run ('chunk', `at`
 * is its length), the run's value ends at `at` ('end'), or a new line at the value's own indentation opens a new
 * value at `at` ('next': the run's value lacks its closing bracket).
 */
export interface RunStop {
  at: number;
  line: number;
  why: 'chunk' | 'end' | 'next';
}

/** Scans inside a run (a value being captured or skipped) from s[from], at `line`, until it ends or the chunk does. */
export function scanRun(run: Run, s: string, from: number, line: number): RunStop {
  let { depth, inString, escape, lineIndent } = run;
  const n = s.length;
  let i = from;
  let end = -1;
  scan: for (; i < n; i++) {
    let c = s.charCodeAt(i);
    if (lineIndent >= 0) {
      while (c === SPACE || c === TAB || c === CR) {
        if (c !== CR) lineIndent++;
        if (++i === n) break scan;
        c = s.charCodeAt(i);
      }
      if (lineIndent === run.indent && depth > 0 && (c === LBRACE || c === LBRACKET) && run.closer !== RBRACE) {
        // A new line at the value's own indentation opens a new value: the previous one lacks its end.
        return { at: i, line, why: 'next' };
      }
      lineIndent = -1;
    }
    if (inString) {
      if (escape) {
        escape = false;
        if (c !== NL) continue;
      } else {
        // The hot path: pass over the ordinary characters of a string.
        while (c !== QUOTE && c !== BACKSLASH && c !== NL) {
          if (++i === n) break scan;
          c = s.charCodeAt(i);
        }
        if (c === BACKSLASH) {
          escape = true;
          continue;
        }
        if (c === QUOTE) {
          inString = false;
          continue;
        }
      }
      // JSON strings cannot hold a raw line break: close the string here so that one broken line cannot swallow the file.
      inString = false;
      run.problem ??= `a string is not closed on line ${line}`;
    }
    if (c === QUOTE) inString = true;
    else if (c === LBRACE || c === LBRACKET) depth++;
    else if (c === RBRACE || c === RBRACKET) {
      if (depth > 0) {
        if (--depth === 0 && run.closer === STREAM_VALUE) {
          end = i + 1; // a value of a stream ends with its brackets
          break;
        }
      } else if (c === run.closer) {
        end = i;
        break;
      }
    } else if (c === COMMA) {
      if (depth === 0) {
        end = i;
        break;
      }
    } else if (c === NL) {
      if (depth === 0 && run.closer === STREAM_VALUE) {
        end = i; // text that is not an object or array, in a stream: up to its line's end
        break;
      }
      line++;
      if (depth > 0 && run.indent >= 0) lineIndent = 0;
    }
  }
  Object.assign(run, { depth, inString, escape, lineIndent });
  return end >= 0 ? { at: end, line, why: 'end' } : { at: n, line, why: 'chunk' };
}

/** Keeps the text of a value that goes on past the end of this chunk (not over the size limit). */
export function holdRun(run: Run, text: string, maxBytes: number): void {
  const n = text.length;
  if (run.parts !== null) {
    run.size += n - run.start;
    if (run.size > maxBytes) {
      run.parts = null;
      run.problem ??= tooLargeReason(maxBytes);
    } else run.parts.push(text.slice(run.start));
  }
  run.start = 0;
}

/** The value a run hands back when it ends at s[end] (`problem`: one found there); null for a run passed over. */
export function runValue(run: Run, s: string, end: number, problem: string | undefined, maxBytes: number): ScannedValue | null {
  if (!run.capture) return null;
  const tail = s.slice(run.start, end);
  let raw = run.parts === null ? '' : run.parts.length > 0 ? run.parts.join('') + tail : tail;
  if (raw !== '' && isOverLimit(raw, maxBytes)) {
    raw = '';
    run.problem ??= tooLargeReason(maxBytes);
  }
  const found = run.problem ?? problem; // the first problem met is the likelier cause
  const value: ScannedValue = { path: run.path, raw: raw.trim(), line: run.line };
  if (found !== undefined) value.problem = found;
  return value;
}
