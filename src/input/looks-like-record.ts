import { probeObject } from './probe-object.js';

/**
 * Whether a JSON object looks like a call-log record (or a row, an envelope, an EventData) by its top-level keys only,
 * for shape detection to tell a foreign JSON file (a package.json, a tool's settings) found in a walked folder from
 * call logs: its first object is looked at, nothing more, so a file of logs costs nothing more. Generous: any key a
 * resource-log record, a Log Analytics row, an envelope or the normaliser reads (src/schema/normalise-record.ts) counts.
 * Not `type` alone, which a package.json has too ("type": "module"): a Log Analytics row has other columns beside it.
 */
const RECORD_KEYS = new Set([
  // Envelopes, resource-log records, Log Analytics rows, Event Hubs EventData converted to JSON, Azure Monitor metrics.
  'records', 'tables', 'results', 'category', 'correlationid', 'callid', 'properties', 'operationname', 'operationversion',
  'time', 'timegenerated', 'resourceid', '_resourceid', 'tenantid', 'sourcesystem', 'level', 'location', 'resulttype',
  'sequencenumber', 'enqueuedtimeutc', 'systemproperties', 'body', 'metricname', 'timegrain', 'durationms',
  // What the normaliser reads of the call categories.
  'aggregationintervalseconds', 'average', 'callclienttimestamp', 'callduration', 'callstarttime', 'calltype',
  'callupdatesversion', 'clientinstanceid', 'codecname', 'count', 'endpointid', 'endpointtype', 'identifier',
  'maximum', 'mediastreamcodec', 'mediastreamdirection', 'mediastreamid', 'mediastreamtype', 'mediatype', 'minimum',
  'operationid', 'operationpayload', 'operationtype', 'osversion', 'participantduration', 'participantendreason',
  'participantendsubcode', 'participantid', 'participantstarttime', 'participanttenantid', 'participanttype',
  'pstnpartcipantcalltype', 'pstnparticipantcalltype', 'remoteendpointid', 'remoteparticipantid', 'resultcategory',
  'resultsignature', 'sdkversion', 'streamdirection', 'streamid', 'sum', 'surveyid', 'teamsthreadid', 'transporttype',
  'useragent', 'roundtriptimeavg', 'jitteravg', 'packetlossrateavg',
]);

/** A key as records are matched: before any "[…]" (a CSV header's unit), trimmed, in lower case. */
function recordKey(key: string): string {
  const bracket = key.indexOf('[');
  return (bracket > 0 ? key.slice(0, bracket) : key).trim().toLowerCase();
}

/** Whether any of the object's top-level keys is one of a call-log record's. */
export function looksLikeRecord(keys: readonly string[]): boolean {
  return keys.some((key) => RECORD_KEYS.has(recordKey(key)));
}

/**
 * The skip note when the first element of an array (from `from`, after its bracket) is an object seen whole in the
 * peek with no call-log field; undefined for an element not seen whole, not an object, or a record.
 */
export function foreignElement(peek: string, from: number): string | undefined {
  const at = peek.slice(from, from + 4096).search(/\S/);
  if (at < 0 || peek[from + at] !== '{') return undefined;
  const probe = probeObject(peek, from + at);
  return probe.closed && !looksLikeRecord(probe.keys) ? foreignNote(probe.keys) : undefined;
}

/** The skip note of a foreign JSON file: "not call logs: JSON without call-log fields (keys "name", "version", …)". */
export function foreignNote(keys: readonly string[]): string {
  const shown = keys.slice(0, 3).map((key) => JSON.stringify(key.length > 24 ? `${key.slice(0, 24)}…` : key).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?'));
  const more = keys.length > 3 ? ', …' : '';
  return `not call logs: JSON without call-log fields (${keys.length === 0 ? 'an empty object' : `keys ${shown.join(', ')}${more}`})`;
}
