import type { InputCounts } from './input-counts.js';
import { type RecordNotRead, type ValuesNotReadInFile, ValuesNotReadTally } from './values-not-read.js';

/** What became of the records of one call read in one file (the later copy's file, for a duplicate or superseded one). */
export interface CallOutcomes {
  used: number;
  duplicates: number;
  superseded: number;
}

interface CallTally {
  byCategory: Map<string, number>;
  /** By the file's number in reading order, from 1 (InputCounts.files when it was read). */
  files: Map<number, CallOutcomes>;
}

type Counted = Pick<InputCounts, 'used' | 'duplicates' | 'superseded' | 'files'>;

/**
 * What became of the records of each call, file by file, for `call`: it reads every record whose text holds the id
 * asked for, and some are other calls' (a transfer names the call it came from); once the call is known, those are
 * counted as filtered, not used (countOnlyCall), and their values not read are not the call's. Kept only when asked
 * for (RecordLedger.tallyCalls): `call` parses few records, summarize many.
 */
export class CallTallies {
  private readonly calls = new Map<string, CallTally>();
  /** The values not read of each call's records used, for the calls with some. */
  private readonly notRead = new Map<string, ValuesNotReadTally>();

  /** A used record's values not read (RecordLedger). */
  addNotRead(callId: string, notRead: RecordNotRead): void {
    let tally = this.notRead.get(callId);
    if (tally === undefined) this.notRead.set(callId, (tally = new ValuesNotReadTally()));
    tally.addRecord(notRead);
  }

  /** The values not read of the call's records used, per kind and file (ValuesNotReadTally.files). */
  valuesNotRead(callId: string): ValuesNotReadInFile[] {
    return this.notRead.get(callId)?.files() ?? [];
  }

  /** Runs `place` (which counts one record of the call in `counts`) and adds what it counted to the call's tally. */
  count(callId: string, category: string, counts: Counted, place: () => void): void {
    const { used, duplicates, superseded } = counts;
    place();
    let tally = this.calls.get(callId);
    if (tally === undefined) {
      tally = { byCategory: new Map(), files: new Map() };
      this.calls.set(callId, tally);
    }
    tally.byCategory.set(category, (tally.byCategory.get(category) ?? 0) + 1);
    let file = tally.files.get(counts.files);
    if (file === undefined) {
      file = { used: 0, duplicates: 0, superseded: 0 };
      tally.files.set(counts.files, file);
    }
    file.used += counts.used - used;
    file.duplicates += counts.duplicates - duplicates;
    file.superseded += counts.superseded - superseded;
  }

  /** The calls tallied but `callId`, each with its records' categories and files. */
  *others(callId: string): Generator<CallTally> {
    for (const [id, tally] of this.calls) if (id !== callId) yield tally;
  }
}

export type { CallTally };
