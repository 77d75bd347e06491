import { decodeUnicodeEscapes } from '../input/escaped-text.js';
import type { Prefilter } from '../input/input-event.js';
import { parseJson, recordEvents } from '../input/record-events.js';
import { loadCalls } from '../model/load-calls.js';
import { itemOf } from '../model/process-line-batch.js';
import { type LegId, legIdsOfRecord } from '../rules/match-leg-id.js';
import type { CallRecord } from '../schema/call-record.js';
import { normaliseKey } from '../schema/field-map.js';
import { toCallId, toLegId } from '../schema/values.js';
import { type ProgressOutput, startProgress } from './progress-reporter.js';
import type { ReadingOptions } from './read-flags.js';

/** How many ids of each kind (calls, legs) are gathered at most: enough for "did you mean", bounded whatever the size of the input. */
const MAX_IDS = 10_000;

/** The ids that `call` can find, seen for "did you mean": the calls', and the legs' (participantId, endpointId) by id. */
export interface SeenIds {
  calls: Set<string>;
  legs: Map<string, LegId>;
}

export function noSeenIds(): SeenIds {
  return { calls: new Set(), legs: new Map() };
}

/**
 * The ids of the calls and legs in the inputs (up to 10,000 of each), read from the records' raw text (idGatherer),
 * for "did you mean" when no call has the id asked for: every input is read a second time, which on a large folder
 * takes seconds, so the progress line (on a terminal, but with `quiet`) says that it is that reading and what for.
 */
export async function readSeenIds(
  inputs: string[],
  reading: ReadingOptions,
  quiet: boolean | undefined,
  out: ProgressOutput = process.stderr,
  now: () => number = Date.now,
  env: NodeJS.ProcessEnv = process.env,
): Promise<SeenIds> {
  const ids = noSeenIds();
  const progress = await startProgress(inputs, quiet, out, now, env, 'nearest-ids');
  try {
    await loadCalls(inputs, { ...reading, prefilter: idGatherer(ids), onBytes: progress.onBytes, onReadingDone: progress.readingDone });
  } finally {
    progress.stop();
  }
  return ids;
}

/**
 * Find a call id in a raw line without parsing it: the ids of other calls, for "did you mean". CallId first, as the
 * normaliser reads the client categories: in a survey record CorrelationId holds the participant, not the call.
 */
const RAW_CALL_ID = /"CallId"\s*:\s*"\s*([0-9A-Za-z-]{8,})\s*"/i;
const RAW_CORRELATION_ID = /"correlationId"\s*:\s*"\s*([0-9A-Za-z-]{8,})\s*"/i;
/**
 * A leg's ids in a raw line, in its `properties` too, which some exports write as a JSON string (`\"participantId\":…`):
 * any text, as for a row (legIdOfRow), since `call` finds a leg by its whole id however short.
 */
const RAW_LEG_ID = /\\?"(?:participantId|endpointId)\\?"\s*:\s*\\?"([^"\\]+)\\?"/gi;
const ROW_ID = /^\s*[0-9A-Za-z-]{8,}\s*$/;

/**
 * A prefilter that adds to `seen` (up to 10,000 of each kind) the call ids that `call` can find, and the ids of their
 * legs (which `call` finds too), and passes every record over; a CSV or query-API row, whose text names no field, by
 * its CallId or else its CorrelationId column, and its ParticipantId and EndpointId columns.
 *
 * Ids are named on the record's text, unparsed; they are added once a record of them reads as a call record (parsed
 * and normalised, as `call` would read it), so that "nearest ids seen" never suggests an id whose records were all
 * invalid (torn, not JSON, `properties` cut short): asked for, it would only fail again, saying they may have been
 * its. A record is parsed only while its call, or a leg id its text names, has no valid record yet: about one record
 * a leg. A leg is said as its records say it (legIdsOfRecord): by the first valid record of it.
 */
export function idGatherer(seen: SeenIds): Prefilter {
  return (written, row) => {
    const callsFull = seen.calls.size >= MAX_IDS;
    const legsFull = seen.legs.size >= MAX_IDS;
    if (callsFull && legsFull) return false;
    // An id (or its key) written with \u escapes is read as the parser would.
    const raw = written.includes('\\u') ? decodeUnicodeEscapes(written) : written;
    const rowValue = row?.();
    const byName = rowValue ? columnsOf(rowValue) : null;
    const named = RAW_CALL_ID.exec(raw)?.[1] ?? RAW_CORRELATION_ID.exec(raw)?.[1] ?? idOfRow(byName, ['callid', 'correlationid']);
    // As the normaliser reads it: a GUID in lower case, so that one id in two cases is one suggestion; a word that
    // stands for no value ('null', 'undefined'), no id.
    const id = named ? toCallId(named) : null;
    if (id === null) return false;
    const newCall = !callsFull && !seen.calls.has(id);
    if (!newCall && (legsFull || !namesNewLeg(raw, byName, seen.legs))) return false;
    // A row that the reader could not make an object of is null: one that it could is valid as CSV.
    if (rowValue !== undefined) {
      if (rowValue !== null) {
        add(seen, id, { participantId: legIdOfRow(byName, 'participantid'), endpointId: legIdOfRow(byName, 'endpointid') });
      }
      return false;
    }
    for (const record of callRecordsOf(written)) add(seen, record.correlationId, record);
    return false;
  };
}

/** The call's id and its leg's (as the normaliser reads them), each while there is room for it; a leg already seen keeps what it was first said to be. */
function add(seen: SeenIds, callId: string, record: { participantId: string | null; endpointId?: string | null }): void {
  if (seen.calls.size < MAX_IDS) seen.calls.add(callId);
  for (const leg of legIdsOfRecord(callId, record)) {
    if (seen.legs.size < MAX_IDS && !seen.legs.has(leg.id)) seen.legs.set(leg.id, leg);
  }
}

/** Whether the raw text, or the row, names a leg id not seen yet. */
function namesNewLeg(raw: string, byName: Map<string, unknown> | null, legs: ReadonlyMap<string, LegId>): boolean {
  if (byName !== null) {
    return ['participantid', 'endpointid'].some((name) => {
      const id = legIdOfRow(byName, name);
      return id !== null && !legs.has(id);
    });
  }
  for (const match of raw.matchAll(RAW_LEG_ID)) {
    const id = toLegId(match[1]);
    if (id !== null && !legs.has(id)) return true;
  }
  return false;
}

/** The call records a raw JSON text holds (an envelope's too): those that normalise as call records. */
function callRecordsOf(written: string): CallRecord[] {
  const parsed = parseJson(written);
  if (!parsed.ok) return [];
  const found: CallRecord[] = [];
  for (const event of recordEvents(parsed.value, { file: '', line: null })) {
    if (event.kind !== 'record') continue;
    // As the reader makes an item of it (nested too deeply to normalise: invalid); no fingerprint is needed here.
    const item = itemOf(event.value, event.at, null, () => '');
    if (item.kind === 'record') found.push(item.record);
  }
  return found;
}

/** A row's columns by their keys as the normaliser reads them. */
function columnsOf(row: Record<string, unknown>): Map<string, unknown> {
  return new Map(Object.keys(row).map((key) => [normaliseKey(key), row[key]]));
}

/** A row's leg id in that column, as the normaliser reads it (any text: `call` finds a leg by its whole id, however short). */
function legIdOfRow(byName: Map<string, unknown> | null, name: string): string | null {
  return byName === null ? null : toLegId(byName.get(name));
}

/** A row's id: the first of these columns that looks like an id. */
function idOfRow(byName: Map<string, unknown> | null, names: readonly string[]): string | undefined {
  if (byName === null) return undefined;
  for (const name of names) {
    const value = byName.get(name);
    if (typeof value === 'string' && ROW_ID.test(value)) return value.trim();
  }
  return undefined;
}
