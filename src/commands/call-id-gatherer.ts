import { decodeUnicodeEscapes } from '../input/escaped-text.js';
import type { Prefilter } from '../input/input-event.js';
import { parseJson, recordEvents } from '../input/record-events.js';
import { itemOf } from '../model/process-line-batch.js';
import { normaliseKey } from '../schema/field-map.js';
import { toCallId } from '../schema/values.js';

/** How many ids are gathered at most: enough for "did you mean", bounded whatever the size of the input. */
const MAX_IDS = 10_000;

/**
 * Find a call id in a raw line without parsing it: the ids of other calls, for "did you mean". CallId first, as the
 * normaliser reads the client categories: in a survey record CorrelationId holds the participant, not the call.
 */
const RAW_CALL_ID = /"CallId"\s*:\s*"\s*([0-9A-Za-z-]{8,})\s*"/i;
const RAW_CORRELATION_ID = /"correlationId"\s*:\s*"\s*([0-9A-Za-z-]{8,})\s*"/i;
const ROW_ID = /^\s*[0-9A-Za-z-]{8,}\s*$/;

/**
 * A prefilter that adds to `ids` (up to 10,000) the call ids that `call` can find, and passes every record over; a
 * CSV or query-API row, whose text names no field, by its CallId or else its CorrelationId column.
 *
 * An id is named on the record's text, unparsed; it is added once a record of it reads as a call record (parsed and
 * normalised, as `call` would read it), so that "nearest ids seen" never suggests an id whose records were all
 * invalid (torn, not JSON, `properties` cut short): asked for, it would only fail again, saying they may have been
 * its. A record is parsed only while its id has no valid record yet: about one record a call.
 */
export function idGatherer(ids: Set<string>): Prefilter {
  return (written, row) => {
    if (ids.size >= MAX_IDS) return false;
    // An id (or its key) written with \u escapes is read as the parser would.
    const raw = written.includes('\\u') ? decodeUnicodeEscapes(written) : written;
    const rowValue = row?.();
    const seen = RAW_CALL_ID.exec(raw)?.[1] ?? RAW_CORRELATION_ID.exec(raw)?.[1] ?? idOfRow(rowValue);
    // As the normaliser reads it: a GUID in lower case, so that one id in two cases is one suggestion; a word that
    // stands for no value ('null', 'undefined'), no id.
    const id = seen ? toCallId(seen) : null;
    if (id === null || ids.has(id)) return false;
    // A row that the reader could not make an object of is null: one that it could is valid as CSV.
    if (rowValue !== undefined) {
      if (rowValue !== null) ids.add(id);
      return false;
    }
    for (const valid of callIdsOfRecords(written)) if (ids.size < MAX_IDS) ids.add(valid);
    return false;
  };
}

/** The call ids of the records a raw JSON text holds (an envelope's too) that normalise as call records. */
function callIdsOfRecords(written: string): string[] {
  const parsed = parseJson(written);
  if (!parsed.ok) return [];
  const found: string[] = [];
  for (const event of recordEvents(parsed.value, { file: '', line: null })) {
    if (event.kind !== 'record') continue;
    // As the reader makes an item of it (nested too deeply to normalise: invalid); no fingerprint is needed here.
    const item = itemOf(event.value, event.at, null, () => '');
    if (item.kind === 'record') found.push(item.record.correlationId);
  }
  return found;
}

/** A row's call id: its CallId, else its CorrelationId column (keys read as the normaliser reads them), when it looks like an id. */
function idOfRow(row: Record<string, unknown> | null | undefined): string | undefined {
  if (row === null || row === undefined) return undefined;
  const byName = new Map(Object.keys(row).map((key) => [normaliseKey(key), row[key]]));
  for (const name of ['callid', 'correlationid']) {
    const value = byName.get(name);
    if (typeof value === 'string' && ROW_ID.test(value)) return value.trim();
  }
  return undefined;
}
