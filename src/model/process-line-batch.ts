import { EscapedLines } from '../input/escaped-text.js';
import { findNeedles, textHoldsNeedle } from '../input/find-needles.js';
import type { InputEvent, SourceLocation } from '../input/input-event.js';
import { brokenEnvelopeEvents, invalidItem, isObject, parseJson, recordEvents, tornTailEvents } from '../input/record-events.js';
import { tooLargeReason } from '../input/record-size-limit.js';
import { asBuffer, forEachItem } from '../input/split-lines.js';
import { tornItemStart } from '../input/torn-tail.js';
import { wrappedBy } from '../input/wrapped-records.js';
import type { CallRecord } from '../schema/call-record.js';
import { type Normalised, normaliseRecord } from '../schema/normalise-record.js';
import type { DayMonthOrder } from '../schema/portal-time.js';
import { MAX_NESTING, mayNestTooDeeply, nestsDeeperThan, TOO_DEEP, tooDeepReason } from './nested-too-deeply.js';
import { fingerprintOfLine, fingerprintOfValue } from './record-fingerprint.js';
import { RestringifiedLines } from './restringified-lines.js';
import type { RecordNotRead } from './values-not-read.js';

/** How a batch of JSON lines is read: the same on the main thread and on a worker. */
export interface LineBatchSettings {
  /** The categories whose records are held for the model; null holds all. */
  held: readonly string[] | null;
  maxRecordBytes: number;
  /**
   * When set, only lines holding one of these byte strings (in any letter case), as written or once their `\u`
   * escapes are decoded (escaped-text.ts), are parsed; the others are counted as filtered.
   */
  needles: readonly string[] | null;
}

/**
 * What became of one item of a batch, in input order; compact, since it may cross threads. A record's `notRead`
 * (its values not read, where it was read) is set only when it has some; the ledger tallies them once the record
 * is used (RecordLedger).
 */
export type BatchItem =
  | { kind: 'record'; record: CallRecord; fingerprint: string; notRead?: RecordNotRead | undefined }
  /** A record of a category not held: only what the accounting needs. */
  | { kind: 'unheld'; category: CallRecord['category']; correlationId: string; fingerprint: string; notRead?: RecordNotRead | undefined }
  | { kind: 'ignored'; categoryName: string }
  /** `endsFile`, `matched`: as InputEvent's. */
  | { kind: 'invalid'; at: SourceLocation; reason: string; endsFile?: true; matched?: true };

export interface BatchResult {
  items: BatchItem[];
  /** Lines passed over by the needles, never parsed. */
  filtered: number;
}

/**
 * Parses, normalises and fingerprints whole JSON lines (UTF-8 bytes whose first line is `at.line`). Thread-agnostic:
 * the single-threaded path and the workers run exactly this, so their results are identical. A record's times not
 * read as dates and numbers not read go with its item, with their line (itemOf). `torn`: the file ends inside the
 * last item (InputEvent `lines`).
 */
export function processLineBatch(
  bytes: Uint8Array,
  at: { file: string; line: number },
  settings: LineBatchSettings,
  arrayElements = false,
  torn = false,
): BatchResult {
  const items: BatchItem[] = [];
  const filtered = forEachBatchItem(bytes, at, settings, { arrayElements, torn }, null, (item) => items.push(item));
  return { items, filtered };
}

/** How a batch's lines are laid out: an array's elements one a line; the file ends inside the last item (`torn`). */
export interface BatchLayout {
  arrayElements: boolean;
  torn: boolean;
}

/**
 * processLineBatch item by item: `each(item, line)` in input order. With `lineNumbers`, the bytes are lines picked
 * out of a file (see route-lines.ts): the k-th line (from 0) is the file's line lineNumbers[k], and `at.line` is
 * not used. Returns how many lines the needles passed over. The item the file ends inside (`layout.torn`) is never
 * passed over: it is invalid, the file's own failure, whoever's record it was (tornTailEvents).
 */
export function forEachBatchItem(
  bytes: Uint8Array,
  at: { file: string; line: number },
  settings: LineBatchSettings,
  layout: BatchLayout,
  lineNumbers: Int32Array | null,
  each: (item: BatchItem, line: number) => void,
): number {
  const { arrayElements } = layout;
  const buffer = asBuffer(bytes);
  const held = settings.held === null ? null : new Set(settings.held);
  const hits = settings.needles === null ? null : findNeedles(buffer, settings.needles);
  const escaped = settings.needles === null ? null : new EscapedLines(buffer, settings.needles);
  const holdsNeedle = settings.needles === null ? undefined : textHoldsNeedle(settings.needles);
  // Picked lines are numbered from 0.
  const firstLine = lineNumbers === null ? at.line : 0;
  const tornAt = layout.torn ? tornItemStart(buffer, arrayElements) : -1;
  let filtered = 0;
  if (hits !== null && hits.length === 0 && escaped!.none && tornAt < 0) {
    forEachItem(buffer, firstLine, arrayElements, () => filtered++);
    return filtered;
  }
  let h = 0;
  const restringified = new RestringifiedLines(buffer);
  forEachItem(buffer, firstLine, arrayElements, (start, end, index) => {
    const torn = start === tornAt;
    if (hits !== null && !torn) {
      while (h < hits.length && hits[h]! < start) h++;
      if ((h === hits.length || hits[h]! >= end) && !escaped!.hold(start, end)) {
        filtered++;
        return;
      }
    }
    const line = lineNumbers === null ? index : lineNumbers[index]!;
    const where: SourceLocation = { file: at.file, line };
    // With needles, a line read (but the torn one) holds one: what is invalid in it held the id (`matched`).
    const matched = hits !== null && !torn;
    if (end - start > settings.maxRecordBytes) {
      each(invalidOf(where, tooLargeReason(settings.maxRecordBytes), torn, matched), line);
      return;
    }
    const text = buffer.toString('utf8', start, end);
    // Held to one depth on every thread (MAX_NESTING), where RangeError would come at each thread's own.
    const mayBeDeep = mayNestTooDeeply(end - start);
    if (torn) {
      for (const event of tornTailEvents(text, where, holdsNeedle)) eventItem(event, where, line, mayBeDeep);
      return;
    }
    const parsed = parseJson(text);
    // The usual line, one record: its own bytes fingerprint it, as minified JSON (what Azure Monitor writes) is
    // the text JSON.stringify makes of it. A line written otherwise (restringified-lines.ts) is fingerprinted as
    // JSON.stringify writes it, so that it is a duplicate of the same record minified.
    if (parsed.ok && isObject(parsed.value) && wrappedBy(parsed.value) === null) {
      const { value } = parsed;
      const canonical = restringified.has(start, end);
      const item = lineItemOf(mayBeDeep, value, where, held, () => (canonical ? fingerprintOfValue(value) : fingerprintOfLine(buffer, start, end)));
      if (matched && item.kind === 'invalid') item.matched = true;
      each(item, line);
      return;
    }
    // An Event Hubs envelope's records, a converted Capture EventData's Body (or not an object at all); or a line
    // JSON.parse refused, whose records are read one by one when it is an envelope with a broken record. With
    // needles, the line held one, but each record is tested again: the event's other records are of other calls.
    const events = parsed.ok
      ? recordEvents(parsed.value, where, holdsNeedle)
      : (brokenEnvelopeEvents(text, where, holdsNeedle) ?? [invalidItem(where, parsed.reason, matched)]);
    for (const event of events) eventItem(event, where, line, mayBeDeep);
  });
  return filtered;

  /**
   * What an event read from a line becomes, at the line's place. With needles, a record read held one (each of an
   * envelope's is tested again): what is invalid in it held the id.
   */
  function eventItem(event: InputEvent, where: SourceLocation, line: number, mayBeDeep: boolean): void {
    if (event.kind === 'invalid') each(invalidOf(where, event.reason, event.endsFile === true, event.matched === true), line);
    else if (event.kind === 'filtered') filtered++;
    else if (event.kind === 'record') {
      const item = lineItemOf(mayBeDeep, event.value, where, held, () => fingerprintOfValue(event.value));
      if (hits !== null && item.kind === 'invalid') item.matched = true;
      each(item, line);
    }
  }
}

/** An invalid item, with only the marks it has (items may cross threads). */
function invalidOf(at: SourceLocation, reason: string, endsFile: boolean, matched: boolean): BatchItem {
  const item: BatchItem = { kind: 'invalid', at, reason };
  if (endsFile) item.endsFile = true;
  else if (matched) item.matched = true;
  return item;
}

/**
 * A record of a JSON line as itemOf makes it, or invalid when it nests deeper than MAX_NESTING (`mayBeDeep`: the line
 * is long enough to, mayNestTooDeeply), the one limit of every thread.
 */
function lineItemOf(
  mayBeDeep: boolean,
  value: Record<string, unknown>,
  where: SourceLocation,
  held: ReadonlySet<string> | null,
  fingerprintOfRecord: () => string,
): BatchItem {
  if (mayBeDeep && nestsDeeperThan(value, MAX_NESTING)) return { kind: 'invalid', at: where, reason: TOO_DEEP };
  return itemOf(value, where, held, fingerprintOfRecord);
}

/**
 * What one record read becomes: normalised and fingerprinted (only when it is a call record), held or not by
 * category; a value nested too deeply to normalise is invalid. The JSON Lines batches (here, maybe on a worker)
 * and the record-by-record readers (load-calls.ts) both go through this. Its times not read as dates and numbers
 * not read go with the item (`notRead`, at `where`), made only when there are some: the ledger counts them only
 * once the record is used.
 */
export function itemOf(
  value: Record<string, unknown>,
  where: SourceLocation,
  held: ReadonlySet<string> | null,
  fingerprintOfRecord: () => string,
  table?: string,
  dateOrder?: DayMonthOrder,
): BatchItem {
  let normalised: Normalised;
  let fingerprint = '';
  // Both the normaliser's walks and a fingerprint of the value re-serialised reach any depth JSON.parse read.
  try {
    normalised = normaliseRecord(value, table, dateOrder);
    if (normalised.kind === 'record') fingerprint = fingerprintOfRecord();
  } catch (error) {
    return { kind: 'invalid', at: where, reason: tooDeepReason(error) };
  }
  if (normalised.kind === 'ignored') return { kind: 'ignored', categoryName: normalised.categoryName };
  if (normalised.kind === 'invalid') return { kind: 'invalid', at: where, reason: normalised.reason };
  const { record, timesNotRead, numbersNotRead } = normalised;
  // Every item has the key, so that items are of one shape; its value is made only for a record with values not read.
  const notRead: RecordNotRead | undefined =
    timesNotRead === undefined && numbersNotRead === undefined ? undefined : { at: where, times: timesNotRead, numbers: numbersNotRead };
  if (held === null || held.has(record.category)) return { kind: 'record', record, fingerprint, notRead };
  return { kind: 'unheld', category: record.category, correlationId: record.correlationId, fingerprint, notRead };
}
