export type PathStep = string | number;

export interface ScannedValue {
  path: PathStep[];
  /** The value's raw text, trimmed; empty when the value was too large to keep. */
  raw: string;
  line: number;
  /** A structural problem found while scanning: the value is not valid JSON. */
  problem?: string;
}
