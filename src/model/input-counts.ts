import type { SourceLocation } from '../input/input-event.js';

export interface InvalidRecord {
  at: SourceLocation;
  reason: string;
  /**
   * The file's own failure: its gzip stream breaks, or its text ends inside a record or before its array closes (a
   * torn blob): the rest of it is not read, or lost.
   */
  endsFile?: true;
}

/** An invalid item as kept: `endsFile` only when it is the file's own failure (no key otherwise). */
export function invalidRecord(at: SourceLocation, reason: string, endsFile?: true): InvalidRecord {
  return endsFile ? { at, reason, endsFile } : { at, reason };
}

/** What became of every record read; the counts add up: records = used + duplicates + superseded + ignored. */
export interface InputCounts {
  files: number;
  records: number;
  used: number;
  invalid: number;
  duplicates: number;
  superseded: number;
  ignored: number;
  /** Records of other calls that `call` passed over without parsing. */
  filtered: number;
  /**
   * Of the used, those that held what another used record of their call holds, in other bytes (Call.copies): the
   * same leg or stream from two layouts of an export counts once. Known once the calls are built.
   */
  copies: number;
  byCategory: Record<string, number>;
}

/** How many invalid items are kept to name on stderr (the count has them all). */
export const KEEP_INVALID = 100;
