import { DEFAULT_MAX_RECORD_BYTES, type InputEvent, type InputShape, type ReadOptions } from '../input/input-event.js';
import { readInputs } from '../input/read-inputs.js';
import type { CallRecord, StreamMetric } from '../schema/call-record.js';
import { buildCalls, type UnbuiltCalls } from './build-calls.js';
import { type FileCounts, FileTally } from './file-tally.js';
import { FilesRead, type RepeatedFile, type SkippedFile, type UndecidedDates, type ZonedFile } from './files-read.js';
import type { Call } from './call.js';
import type { CallTallies } from './call-tallies.js';
import { MemoryGuard } from './memory-guard.js';
import { type BatchItem, type BatchResult, itemOf, type LineBatchSettings, processLineBatch } from './process-line-batch.js';
import { fingerprintOfValue } from './record-fingerprint.js';
import type { InputCounts, InvalidRecord } from './input-counts.js';
import { RecordLedger } from './record-ledger.js';
import { mergeValuesNotRead, type ValuesNotReadInFile } from './values-not-read.js';

export interface LoadedCalls {
  calls: Call[];
  counts: InputCounts;
  /** The first invalid items with their file and line; counts.invalid has the total. */
  invalidSamples: InvalidRecord[];
  skipped: SkippedFile[];
  /** Files named twice or more (the same file by its device and inode), read once: each name after the first. */
  repeated?: RepeatedFile[];
  zoned: ZonedFile[];
  /** CSVs whose dates do not tell day from month: read as their form has it. */
  undecidedDates?: UndecidedDates[];
  /**
   * Per kind and file, the times not read as dates and the numbers not read (they count as absent) of the records
   * used (not of a duplicate, a version superseded; nor, once countOnlyCall has run, another call's): times first,
   * each in reading order.
   */
  valuesNotRead: ValuesNotReadInFile[];
  shapes: Partial<Record<InputShape, number>>;
  /** Counts per file read (with LoadOptions.perFile), in reading order. */
  perFile?: FileCounts[];
  /**
   * With LoadOptions.streamMetrics, what the calls are built of, a chunk at a time (buildCallChunks); `calls` is
   * then empty. Whoever builds them takes this (and sets it to null), so that nothing else holds it after.
   */
  unbuilt?: UnbuiltCalls | null;
  /** With LoadOptions.tallyCalls, what became of each call's records (see countOnlyCall). */
  tallies?: CallTallies;
  /**
   * With a search (LoadOptions.needles or prefilter), how many of the invalid items held what it looked for (`call`'s
   * id), the files' own failures (InvalidRecord.endsFile) left out: the others' text was never searched.
   */
  invalidMatched?: number;
}

export interface LoadOptions extends Omit<ReadOptions, 'lineBatches'> {
  /** Keep only the records summarize judges (MEDIA_QUALITY); count the others. */
  mediaQualityOnly?: boolean;
  /**
   * Byte strings (e.g. a call id in its spellings): JSON lines holding none of them are counted as filtered
   * and never parsed. Other shapes are tested by `prefilter`; with a prefilter and no needles, JSON lines are
   * tested by the prefilter too (one at a time, on the main thread).
   */
  needles?: readonly string[];
  /** What of each record kept is held (summarize: only what it judges); the record whole by default. */
  holdAs?: (record: CallRecord) => CallRecord;
  /**
   * Hold the streams of no version in columns with these metrics only (HeldStreams), as holdAs holds the others;
   * the calls are then left to be built a chunk at a time (LoadedCalls.unbuilt).
   */
  streamMetrics?: readonly StreamMetric[];
  /** Also count per file (--verbose). */
  perFile?: boolean;
  /** Also tally what becomes of each call's records (`call`: see countOnlyCall). */
  tallyCalls?: boolean;
  /** Told once every record is read, before the calls are built and judged: for a progress line. */
  onReadingDone?: () => void;
}

/**
 * The categories summarize holds in memory (media quality, and client operations for the reliability breakdown);
 * the others (the client time series, the largest category of a real export) are counted, de-duplicated and name
 * their calls.
 */
export const MEDIA_QUALITY: readonly string[] = ['CallSummary', 'CallDiagnostics', 'CallClientOperations'];

/** Reads every input, normalises each record and builds the calls. Never prints. */
export async function loadCalls(inputs: string[], options: LoadOptions = {}): Promise<LoadedCalls> {
  const held = options.mediaQualityOnly ? MEDIA_QUALITY : null;
  const heldSet = held === null ? null : new Set(held);
  const ledger = new RecordLedger(heldSet === null ? undefined : (category) => heldSet.has(category), options.holdAs, options.streamMetrics);
  const filesRead = new FilesRead();
  const settings: LineBatchSettings = { held, maxRecordBytes: options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES, needles: options.needles ?? null };

  const tally = options.perFile ? new FileTally(ledger.counts) : null;
  const tallies = options.tallyCalls ? ledger.tallyCalls() : null;
  const memory = new MemoryGuard();
  let file = '';
  const searched = options.needles !== undefined || options.prefilter !== undefined;

  const apply = (event: InputEvent) => {
    switch (event.kind) {
      case 'record': {
        memory.afterRecord(file, ledger.counts.records);
        const { value, at, table, dateOrder } = event;
        const item = itemOf(value, at, heldSet, () => fingerprintOfValue(value), table, dateOrder);
        // A record's text passed the prefilter, if any, before it was read.
        if (searched && item.kind === 'invalid') item.matched = true;
        applyItem(ledger, item);
        break;
      }
      case 'lines':
        memory.check(file, ledger.counts.records);
        applyBatch(ledger, processLineBatch(event.bytes, event.at, settings, event.arrayElements, event.torn === true));
        break;
      case 'invalid':
        ledger.addInvalid(event.at, event.reason, event.endsFile, event.matched);
        break;
      case 'events':
        for (const each of event.events) apply(each);
        break;
      case 'filtered':
        ledger.counts.filtered++;
        break;
      case 'file':
        file = event.file;
        ledger.counts.files++;
        filesRead.add(event);
        tally?.start(event.file, event.shape, event.gzip);
        break;
      case 'skipped':
      case 'repeated':
      case 'zoned':
        filesRead.add(event);
        break;
    }
  };

  const lineBatches = options.needles !== undefined || options.prefilter === undefined;
  // Every batch is used up before the next event is asked for: so a JSON Lines file is read into two buffers in
  // turn, with no allocation per batch (transientBatches).
  // With needles, the prefilter is `call`'s search of the text (call-search.ts), never reading a row.
  for await (const event of readInputs(inputs, { ...options, lineBatches, prefilterIsSearch: options.needles !== undefined, transientBatches: true })) apply(event);
  options.onReadingDone?.();
  tally?.close();
  ledger.close();
  const calls = options.streamMetrics === undefined ? buildCalls(ledger.takeRecords(), ledger.namedOnly()) : [];
  for (const call of calls) ledger.counts.copies += call.copies;
  const loaded: LoadedCalls = {
    calls,
    counts: ledger.counts,
    invalidSamples: ledger.invalidSamples,
    ...filesRead.told(),
    valuesNotRead: mergeValuesNotRead([ledger.valuesNotRead()], filesRead.read),
  };
  if (tally !== null) loaded.perFile = tally.files;
  if (tallies !== null) loaded.tallies = tallies;
  if (searched) loaded.invalidMatched = ledger.invalidMatched;
  if (options.streamMetrics !== undefined) loaded.unbuilt = ledger.takeUnbuilt();
  return loaded;
}

/** Adds a batch's items to the ledger, in order. */
function applyBatch(ledger: RecordLedger, result: BatchResult): void {
  ledger.counts.filtered += result.filtered;
  for (const item of result.items) applyItem(ledger, item);
}

/** Adds one item to the ledger. */
function applyItem(ledger: RecordLedger, item: BatchItem): void {
  switch (item.kind) {
    case 'record':
      ledger.add(item.record, item.fingerprint, item.notRead);
      break;
    case 'unheld':
      ledger.addUnheld(item.category, item.correlationId, item.fingerprint, item.notRead);
      break;
    case 'ignored':
      ledger.addIgnored(item.categoryName);
      break;
    case 'invalid':
      ledger.addInvalid(item.at, item.reason, item.endsFile, item.matched);
      break;
  }
}
