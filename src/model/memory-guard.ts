import { getHeapStatistics } from 'node:v8';
import { InputError } from '../input/input-event.js';

/**
 * Past this share of the old generation's limit, reading stops. After reading, judging the calls and writing the
 * report grow the heap by about half again (measured on `npm run bench`'s export: 256 → 380 MB), so a load that
 * passes 60% would likely end in V8's own fatal error later.
 */
const SHARE = 0.6;
/** heap_size_limit also counts the young generation (~53 MB at Node 20's defaults), which never holds records. */
const YOUNG_GENERATION = 64e6;
/** Records between checks on the record-by-record paths (arrays, CSV); each JSON Lines batch is checked. */
const EVERY = 1024;

/**
 * An export whose calls do not fit in Node's heap ends in one clear line (exit 2) that says what to do, not in
 * V8's "FATAL ERROR: … JavaScript heap out of memory" and a core dump.
 */
export class MemoryGuard {
  /** `where` says whose heap and records these are when it is not the whole process's (a worker thread's). */
  constructor(private readonly where = '') {}

  private readonly limit = getHeapStatistics().heap_size_limit;
  private readonly threshold = Math.max(0, this.limit - YOUNG_GENERATION) * SHARE;
  private sinceCheck = 0;

  /** After a record: checks now and then. */
  afterRecord(file: string, recordsRead: number): void {
    if (++this.sinceCheck >= EVERY) this.check(file, recordsRead);
  }

  check(file: string, recordsRead: number): void {
    this.sinceCheck = 0;
    if (getHeapStatistics().used_heap_size <= this.threshold) return;
    const gb = (bytes: number) => (bytes / 1e9).toFixed(1);
    const suggested = Math.ceil((this.limit * 2) / 1e6 / 1024) * 1024;
    const records = `${recordsRead.toLocaleString('en-US')} record${recordsRead === 1 ? '' : 's'}`;
    throw new InputError(
      `${file}: out of memory after ${records}${this.where} (Node's heap limit is ${gb(this.limit)} GB): ` +
        `read fewer files at a time, or raise the limit, e.g. NODE_OPTIONS=--max-old-space-size=${suggested}`,
      file,
    );
  }
}
