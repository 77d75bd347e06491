import { DEFAULT_MAX_RECORD_BYTES, type InputEvent } from '../input/input-event.js';
import { readInputs } from '../input/read-inputs.js';
import { FilesRead } from '../model/files-read.js';
import { type LoadedCalls, type LoadOptions, MEDIA_QUALITY } from '../model/load-calls.js';
import { itemOf } from '../model/process-line-batch.js';
import { fingerprintOfValue } from '../model/record-fingerprint.js';
import { type InputCounts, invalidRecord, KEEP_INVALID } from '../model/input-counts.js';
import { mergeValuesNotRead } from '../model/values-not-read.js';
import { type JudgedCalls, mergeJudgedCalls } from '../rules/judge-calls.js';
import type { Thresholds } from '../rules/thresholds.js';
import type { TimeWindow } from '../rules/time-window.js';
import { CallPartition, comparePlaces, Places, type PartitionResult, type PartitionSettings, type Place, type PlacedItem } from './call-partition.js';
import { partitionOfItem } from './partition-of.js';
import { PartitionPool } from './partition-pool.js';
import { routeLines } from './route-lines.js';

/** Lines batches in the workers' hands at once, per worker: enough to keep them busy, few enough to bound memory. */
const AHEAD_PER_WORKER = 4;
/**
 * Workers judging their calls at the same time, of `parts`: half, rounded up. A worker's heap grows by ~35 MB while
 * it builds and judges its calls, and all of them at once were summarize's peak: on the bench export --threads 4
 * 333–353 MB, 279–287 MB two at a time (--threads 3: 320–326 → 276–285, --threads 2: 295–297 → 247–257). With a
 * core for each worker, the cost is one more turn of judging, ~0.35 s for a quarter of that export's calls; on
 * 2 cores none (the workers took as long judging at once as in turns). With streams reused (buildCallChunks), all
 * four at once peak at 296–311 MB, and at 279–288 with chunks of 128 calls: too near the 300 MB target to drop turns.
 */
export function judgingAtOnce(parts: number): number {
  return Math.ceil(parts / 2);
}

/** Items read on this thread (arrays, CSV …) are handed to their worker this many at a time. */
const ITEMS_AT_ONCE = 256;

export interface PartitionedJudgement {
  /** What was read (its `calls` empty: they stayed on the workers). */
  loaded: LoadedCalls;
  judged: JudgedCalls;
}

/**
 * summarize's reading and judging spread over `parts` worker threads, each holding the calls whose id falls to it
 * (partition-of.ts): this thread reads, and sends each JSON line to its call's worker unparsed; records of other
 * shapes are read here and sent on. Each worker builds and judges its calls whole, and only their rows, breakdowns
 * and counts come back, merged here. The result is the one thread's (loadCalls, then judgeCalls), byte for byte:
 * the calls do not depend on the order their records come in, and counts and first places are merged in order.
 * What is held is summarize's (MEDIA_QUALITY, withJudgedFieldsOnly), whatever `options` say of it.
 */
export async function judgeInPartitions(inputs: string[], options: LoadOptions, parts: number, thresholds: Thresholds, window: TimeWindow): Promise<PartitionedJudgement> {
  const batch = { held: MEDIA_QUALITY, maxRecordBytes: options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES, needles: null };
  const settings: Omit<PartitionSettings, 'part'> = { parts, batch, thresholds, window };
  // What is read here and belongs to no call (invalid items, other categories) is counted in a partition of its own.
  const here = new CallPartition({ ...settings, part: -1 });
  const heldSet = new Set(MEDIA_QUALITY);
  const filesRead = new FilesRead();
  const pending: PlacedItem[][] = Array.from({ length: parts }, () => []);
  const reading: Promise<void>[] = [];
  let files = 0;
  const places = new Places();

  const pool = new PartitionPool(settings, judgingAtOnce(parts));
  try {
    const placeOf = (line: number | null): Place => places.next(files - 1, line ?? 0);
    const send = (part: number) => {
      pool.sendItems(part, pending[part]!);
      pending[part] = [];
    };
    const sendAll = () => {
      for (let part = 0; part < parts; part++) if (pending[part]!.length > 0) send(part);
    };
    const apply = async (event: InputEvent): Promise<void> => {
      switch (event.kind) {
        case 'lines': {
          // The items read here before these lines reach their workers first: of two exact copies of a record, a
          // worker uses the one read first, as one thread does, and names its file and line for its values not read.
          sendAll();
          const routed = routeLines(event.bytes, event.at.line, event.arrayElements === true, parts, event.at.file, files - 1, event.torn === true);
          for (const [part, lines] of routed.entries()) {
            if (lines === null) continue;
            const read = pool.sendLines(part, lines);
            // A worker's failure rejects every batch in hand; it is thrown where one is awaited, never left unhandled.
            read.catch(() => undefined);
            reading.push(read);
          }
          while (reading.length > parts * AHEAD_PER_WORKER) await reading.shift();
          break;
        }
        case 'record': {
          const { value, at, table, dateOrder } = event;
          const placed = { item: itemOf(value, at, heldSet, () => fingerprintOfValue(value), table, dateOrder), place: placeOf(at.line) };
          const part = partitionOfItem(placed.item, parts);
          if (part === null) {
            here.addItems([placed]);
            break;
          }
          pending[part]!.push(placed);
          if (pending[part]!.length >= ITEMS_AT_ONCE) send(part);
          break;
        }
        case 'invalid':
          // The file's own failure (its gzip broke) is met after all its lines, as one thread meets it.
          here.addItems([{ item: event, place: placeOf(event.endsFile ? Number.MAX_SAFE_INTEGER : event.at.line) }]);
          break;
        case 'events':
          for (const each of event.events) await apply(each);
          break;
        case 'filtered':
          break; // summarize has no needles nor prefilter
        case 'file':
          files++;
          filesRead.add(event);
          break;
        case 'skipped':
        case 'repeated':
        case 'zoned':
          filesRead.add(event);
          break;
      }
    };
    // routeLines copies what it sends, so the batches' bytes may be reused (transientBatches).
    for await (const event of readInputs(inputs, { ...options, lineBatches: true, transientBatches: true })) await apply(event);
    sendAll();
    await Promise.all(reading);
    options.onReadingDone?.();
    const results = [here.finish(), ...(await pool.finish())];
    const valuesNotRead = mergeValuesNotRead(results.map((r) => r.valuesNotRead), filesRead.read);
    const judged = mergeJudgedCalls(results.map((r) => r.judged));
    const loaded = { calls: [], ...mergeCounts(results, files), ...filesRead.told(), valuesNotRead };
    // Copies are found as each worker builds its calls.
    loaded.counts.copies = judged.copies;
    return { loaded, judged };
  } finally {
    await pool.close();
  }
}

/** The partitions' counts as one: summed, categories in the order first met, the first invalid items in input order. */
function mergeCounts(results: PartitionResult[], files: number): Pick<LoadedCalls, 'counts' | 'invalidSamples'> {
  const counts: InputCounts = { files, records: 0, used: 0, invalid: 0, duplicates: 0, superseded: 0, ignored: 0, filtered: 0, copies: 0, byCategory: Object.create(null) as Record<string, number> };
  const firstSeen = new Map<string, Place>();
  for (const { counts: c, firstSeen: seen } of results) {
    counts.records += c.records;
    counts.used += c.used;
    counts.invalid += c.invalid;
    counts.duplicates += c.duplicates;
    counts.superseded += c.superseded;
    counts.ignored += c.ignored;
    counts.filtered += c.filtered;
    for (const [name, place] of seen) {
      const first = firstSeen.get(name);
      if (first === undefined || comparePlaces(place, first) < 0) firstSeen.set(name, place);
    }
  }
  for (const [name] of [...firstSeen].sort((a, b) => comparePlaces(a[1], b[1]))) {
    counts.byCategory[name] = 0;
    // Own keys only: a worker's counts come back as a plain object, where `constructor` would be Object's.
    for (const { counts: c } of results) if (Object.hasOwn(c.byCategory, name)) counts.byCategory[name] += c.byCategory[name]!;
  }
  // The first KEEP_INVALID, and a file's own failures past them, as one thread's ledger keeps them (addInvalid).
  const invalidSamples = results
    .flatMap((r) => r.invalidSamples)
    .sort((a, b) => comparePlaces(a.place, b.place))
    .filter((s, i) => i < KEEP_INVALID || s.endsFile)
    .map(({ at, reason, endsFile }) => invalidRecord(at, reason, endsFile));
  return { counts, invalidSamples };
}
