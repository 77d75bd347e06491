export type PathStep = string | number;

export interface ScannedValue {
  path: PathStep[];
  /** The value's raw text, trimmed; empty when the value was too large to keep. */
  raw: string;
  line: number;
  /** A structural problem found while scanning: the value is not valid JSON. */
  problem?: string;
  /**
   * The text ends inside this value (or, with no raw text, between values, the array around them never closed): a
   * torn blob, when the text is a file's (JsonElementScanner.end).
   */
  atEnd?: true;
}

/**
 * What is said of a value its file ends inside (atEnd, with its text left open; a last JSON line that torn-tail.ts
 * finds so): the same words whatever the shape, encoding or reader, rather than JSON.parse's account of where the
 * cut fell ("Unterminated string", "Expected ',' or '}' after property value"), which reads as a fault of the log.
 */
export const TORN_VALUE_REASON = 'the text ends inside this value (truncated?)';

/** The line the value's text ends on. */
export function lastLineOf(value: ScannedValue): number {
  let line = value.line;
  for (let i = value.raw.indexOf('\n'); i >= 0; i = value.raw.indexOf('\n', i + 1)) line++;
  return line;
}

/** Whether the value's text is JSON. */
export function isJsonValue(value: ScannedValue): boolean {
  try {
    JSON.parse(value.raw);
    return true;
  } catch {
    return false;
  }
}
