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
