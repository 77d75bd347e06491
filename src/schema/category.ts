import { STREAM_METRICS } from './call-record.js';
import type { FieldMap } from './field-map.js';
import { remembered } from './remembered.js';
import { isAbsent, toText } from './values.js';

/** The four categories the model is built from, plus CallSurvey (shown by `call`). */
export type CallCategory =
  | 'CallSummary'
  | 'CallDiagnostics'
  | 'CallClientOperations'
  | 'CallClientMediaStatsTimeSeries'
  | 'CallSurvey';

/** Diagnostic-settings category names and Log Analytics table names, lower-cased, to one category. */
const KNOWN = new Map<string, CallCategory>([
  ['callsummary', 'CallSummary'],
  ['acscallsummary', 'CallSummary'],
  ['acscallsummaryupdates', 'CallSummary'],
  ['callsummaryupdates', 'CallSummary'],
  ['calldiagnostics', 'CallDiagnostics'],
  ['acscalldiagnostics', 'CallDiagnostics'],
  ['acscalldiagnosticsupdates', 'CallDiagnostics'],
  ['calldiagnosticsupdates', 'CallDiagnostics'],
  // The schema article spells it "CallDiagnosticUpdates" too.
  ['acscalldiagnosticupdates', 'CallDiagnostics'],
  ['calldiagnosticupdates', 'CallDiagnostics'],
  ['callclientoperations', 'CallClientOperations'],
  ['acscallclientoperations', 'CallClientOperations'],
  ['callclientmediastatstimeseries', 'CallClientMediaStatsTimeSeries'],
  ['acscallclientmediastatstimeseries', 'CallClientMediaStatsTimeSeries'],
  ['callsurvey', 'CallSurvey'],
  ['acscallsurvey', 'CallSurvey'],
]);

export type CategoryResolution =
  | { kind: 'call'; category: CallCategory; name: string }
  | { kind: 'other'; name: string }
  | { kind: 'unknown' };

/**
 * Which category a record belongs to: the resource log's `category`, else the Log Analytics `Type` column,
 * else the query-API table name (unless it is the generic "PrimaryResult"), else the columns it carries.
 */
export function resolveCategory(topCategory: unknown, fields: FieldMap, table?: string): CategoryResolution {
  const named = toText(topCategory) ?? toText(fields.get('type')) ?? tableName(table);
  if (named !== null) {
    return resolutionOf(named);
  }
  const inferred = inferFromColumns(fields);
  if (inferred !== null) return { kind: 'call', category: inferred, name: inferred };
  return isPlatformMetric(fields) ? AZURE_METRICS : { kind: 'unknown' };
}

/** Azure Monitor's platform metrics of the resource, as the AzureMetrics table names them. */
const AZURE_METRICS: CategoryResolution = Object.freeze({ kind: 'other', name: 'AzureMetrics' });

/**
 * A platform metric record (diagnostic settings' AllMetrics, archived beside the logs without a category, or a metrics
 * export): metricName and timeGrain, and no CallId (a media-stats sample has metricName and CallId, no timeGrain).
 * Another category, ignored and counted as AzureMetrics, not an invalid record.
 */
function isPlatformMetric(fields: FieldMap): boolean {
  return !isAbsent(fields.get('metricname')) && !isAbsent(fields.get('timegrain')) && isAbsent(fields.get('callid'));
}

/**
 * What each category name met resolves to, shared (frozen) by its records: an export names a few, and lowering the
 * name and making the answer anew for every record was ~20 MB of garbage on the bench export. Bounded, for a file
 * of many names.
 */
const resolutionOf = remembered((named): CategoryResolution => {
  const category = KNOWN.get(named.toLowerCase());
  return Object.freeze(category ? { kind: 'call', category, name: named } : { kind: 'other', name: named });
}, 256);

/** ACSCallSummaryUpdates, CallDiagnosticsUpdates, CallDiagnosticUpdates: the tables of versions. */
const UPDATES_TABLE = /updates$/i;

/**
 * Whether a record is a row of an *Updates table, by any of the names resolveCategory reads: the one it resolved to
 * (a Category column comes first, and says "CallDiagnostics" in a workspace's Updates rows too), its Type, its
 * query-API table.
 */
export function isUpdatesRow(resolvedName: string, fields: FieldMap, table: string | undefined): boolean {
  return UPDATES_TABLE.test(resolvedName) || UPDATES_TABLE.test(toText(fields.get('type')) ?? '') || UPDATES_TABLE.test(table ?? '');
}

function tableName(table: string | undefined): string | null {
  if (!table || table.toLowerCase() === 'primaryresult') return null;
  return table;
}

/** The metric columns, which ACSCallDiagnostics alone has. */
const METRIC_COLUMNS = STREAM_METRICS.map((metric) => metric.toLowerCase());

/**
 * Columns ACSCallSummary alone has of the call tables: when the call and the leg started, how long they lasted, how
 * the leg ended, the call's type.
 */
const SUMMARY_COLUMNS = ['participantstarttime', 'callstarttime', 'callduration', 'participantduration', 'participantendreason', 'participantendsubcode', 'calltype'];

/**
 * A projected query's rows may lack Type (az CLI output, the query API, the portal's CSV of its displayed columns:
 * `ACSCallDiagnostics | project CorrelationId, MediaType, RoundTripTimeAvg`): the columns still tell the table, by a
 * value in a column only that table has.
 */
function inferFromColumns(fields: FieldMap): CallCategory | null {
  const has = (k: string) => !isAbsent(fields.get(k));
  if (has('metricname') && has('callid')) return 'CallClientMediaStatsTimeSeries';
  if (has('callclienttimestamp') && has('callid')) return 'CallClientOperations';
  if ((has('mediatype') && has('streamid')) || METRIC_COLUMNS.some(has)) return 'CallDiagnostics';
  if (SUMMARY_COLUMNS.some(has)) return 'CallSummary';
  if (has('surveyid')) return 'CallSurvey';
  return null;
}
