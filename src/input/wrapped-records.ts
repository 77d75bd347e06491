/**
 * What an object read may wrap instead of being a record itself: an Event Hubs envelope's `records` array (or the
 * `Results` array of a Log Analytics query response as some clients write it: Power Automate, scripts), or an
 * Event Hubs Capture EventData (converted from Avro to JSON) whose `Body` holds the envelope Azure Monitor sent.
 * Keys match in any case, as a record's do.
 */
export type Wrapped = { kind: 'records'; records: unknown[] } | { kind: 'body'; body: unknown };

/** The keys of an EventData beside its Body (lower-cased), as Capture's Avro schema names them. */
const EVENT_DATA_KEYS = new Set(['sequencenumber', 'offset', 'enqueuedtimeutc', 'systemproperties', 'properties']);

/**
 * The records or Body `value` wraps; null for an ordinary record. An envelope: a `records` or `results` key, in any
 * case, whose value is an array (beside no `category` or `TimeGenerated`, which make a record, unless the key is
 * `records`). An
 * EventData: a `Body` key, in any case, beside none but EventData's own keys (so that a call-log record with a field
 * named `body` stays a record).
 */
export function wrappedBy(value: Record<string, unknown>): Wrapped | null {
  const records = value.records;
  if (Array.isArray(records)) return { kind: 'records', records };
  // The usual record, known without walking its keys (~0.25 µs a record): neither an envelope nor an EventData has these.
  if (value.category !== undefined || value.TimeGenerated !== undefined) return null;
  let bodyKey: string | null = null;
  let others = true; // every other key is EventData's
  for (const key in value) {
    if (key.length === 7 && (key.toLowerCase() === 'records' || key.toLowerCase() === 'results')) {
      const found = value[key];
      if (Array.isArray(found)) return { kind: 'records', records: found };
    }
    if (key.length === 4 && bodyKey === null && key.toLowerCase() === 'body') bodyKey = key;
    else if (others && !EVENT_DATA_KEYS.has(key.toLowerCase())) others = false;
  }
  return bodyKey !== null && others ? { kind: 'body', body: value[bodyKey] } : null;
}
