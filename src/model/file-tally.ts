import type { InputShape } from '../input/input-event.js';
import type { InputCounts } from './input-counts.js';

/**
 * What became of the items of one file. The identity holds per file as for the whole run:
 * read = used + duplicates + superseded + ignored + invalid + filtered.
 * A duplicate or superseded record is counted in the file where the later copy was read.
 */
export interface FileCounts {
  file: string;
  shape: InputShape;
  gzip: boolean;
  read: number;
  used: number;
  duplicates: number;
  superseded: number;
  ignored: number;
  invalid: number;
  filtered: number;
}

type Tallied = Pick<InputCounts, 'used' | 'duplicates' | 'superseded' | 'ignored' | 'invalid' | 'filtered'>;

/** Every item read: each is exactly one of used, duplicate, superseded, ignored, invalid or filtered. */
export function itemsRead(c: Tallied): number {
  return c.used + c.duplicates + c.superseded + c.ignored + c.invalid + c.filtered;
}

/**
 * Per-file counts, taken as differences of the run's counts when a file starts and when the next one does,
 * so that reading pays nothing per record for them.
 */
export class FileTally {
  readonly files: FileCounts[] = [];
  private open: { file: string; shape: InputShape; gzip: boolean; from: Tallied } | null = null;

  constructor(private readonly counts: InputCounts) {}

  start(file: string, shape: InputShape, gzip: boolean): void {
    this.close();
    this.open = { file, shape, gzip, from: snapshot(this.counts) };
  }

  /** Closes the file being read, if any; call once more at the end. */
  close(): void {
    const open = this.open;
    if (open === null) return;
    this.open = null;
    const now = snapshot(this.counts);
    const diff = {
      used: now.used - open.from.used,
      duplicates: now.duplicates - open.from.duplicates,
      superseded: now.superseded - open.from.superseded,
      ignored: now.ignored - open.from.ignored,
      invalid: now.invalid - open.from.invalid,
      filtered: now.filtered - open.from.filtered,
    };
    this.files.push({ file: open.file, shape: open.shape, gzip: open.gzip, read: itemsRead(diff), ...diff });
  }
}

function snapshot(c: InputCounts): Tallied {
  return { used: c.used, duplicates: c.duplicates, superseded: c.superseded, ignored: c.ignored, invalid: c.invalid, filtered: c.filtered };
}
