import { RULE_METRICS } from '../rules/thresholds.js';
import { STREAM_DIRECTION_WORDS } from '../schema/direction-word.js';
import { GUID } from '../schema/values.js';
import { CLIENT_TABLES, DIAGNOSTICS_TABLES, LEG_KEY, RULE_COLUMNS, STREAM_KEY, SUMMARY_TABLES, SURVEY_TABLE } from './acs-tables.js';

/**
 * The records the verdicts are built from, kept as `acs-calllogs` keeps them (src/model/record-ledger.ts):
 * a record of an *Updates table is one version of its stream or leg and the highest CallUpdatesVersion wins (a row
 * without one, none logged or not a number, is a version all the same, ranked below every numbered one: 0, as
 * normalise-record.ts reads it, not a final record that would beat them; its table is `SourceTable`, by withsource);
 * any other record stands for itself, and an exact duplicate (Azure Monitor delivers at least once)
 * counts once. `Copy` carries a plain record's content, so that only its exact copies fall into its group. A stream or
 * leg logged both in a base table (the final record) and in its *Updates table counts once: the final record wins.
 * `union isfuzzy=true` lets the query run in a workspace that lacks the *Updates or client tables.
 */
const VERSION =
  '    | extend Version = coalesce(tolong(column_ifexists("CallUpdatesVersion", long(null))), iff(SourceTable endswith "Updates", long(0), long(null)))';
/** The union of a base table and its *Updates table, each row naming its table (VERSION reads it). */
const UNION_VERSIONS = 'union withsource=SourceTable isfuzzy=true';
const METRIC_COLUMNS = RULE_METRICS.map((m) => RULE_COLUMNS[m]);
/**
 * A call id as summarize keys it (toCallId): a GUID in lower case, its case meaning nothing (an iOS client's CallId is
 * in upper case where the service's CorrelationId is not), any other id as it is.
 */
const CALL_ID_IN_LOWER_CASE = `    | extend ${guidInLowerCase('CorrelationId')}`;
/**
 * A leg's ids as summarize reads them (toLegId): ParticipantId and EndpointId, a GUID in lower case. An iOS client
 * writes them as Apple prints UUIDs (`9D64FEF3-…`) where the service writes `9d64fef3-…`: one leg, and one stream, not
 * two; and a failed leg names them as summarize's failedLegs does, in its order.
 */
const LEG_IDS_IN_LOWER_CASE = [`    | extend ${guidInLowerCase('ParticipantId')},`, `        ${guidInLowerCase('EndpointId')}`];

/** `Column = …`: the column's value as toCallId and toLegId read it, a GUID in lower case and any other id as it is. */
function guidInLowerCase(column: string): string {
  return `${column} = iff(${column} matches regex @"(?i)${GUID.source}", tolower(${column}), ${column})`;
}

/** The logged words of each direction, as KQL strings ("inbound", "recv", …). */
function wordsOf(direction: 'inbound' | 'outbound'): string {
  return [...STREAM_DIRECTION_WORDS].filter(([, d]) => d === direction).map(([word]) => JSON.stringify(word)).join(', ');
}

/**
 * A stream's direction as the CLI keys its versions (src/model/version-key.ts): the logged word in any case read as
 * inbound or outbound, inferred from the endpoint type where none is logged (a Server endpoint's streams inbound,
 * others outbound), another word kept in lower case. A workspace whose table lacks the column reads none.
 */
const STREAM_DIRECTION = [
  '    // A stream is one direction of one media type: an Inbound and an Outbound stream are not versions of one another.',
  '    | extend StreamDirection = tolower(trim(@"\\s+", tostring(column_ifexists("StreamDirection", ""))))',
  `    | extend StreamDirection = case(StreamDirection in (${wordsOf('inbound')}), "inbound", StreamDirection in (${wordsOf('outbound')}), "outbound",`,
  '        isempty(StreamDirection), iff(EndpointType =~ "Server", "inbound", "outbound"), StreamDirection)',
];

function where(conditions: string[]): string[] {
  return conditions.length > 0 ? [`    | where ${conditions.join(' and ')}`] : [];
}

/** One row per stream: its key and the metrics the rules judge. */
export function streamRecordsLet(timeFilter: readonly string[]): string[] {
  const copy = ['TimeGenerated', 'TransportType', ...METRIC_COLUMNS];
  return [
    '// Streams: one per CallDiagnostics record (Server streams included).',
    `let StreamVersions = ${UNION_VERSIONS} ${DIAGNOSTICS_TABLES.join(', ')}`,
    ...where([...timeFilter, 'isnotempty(CorrelationId)']),
    CALL_ID_IN_LOWER_CASE,
    ...LEG_IDS_IN_LOWER_CASE,
    VERSION,
    ...STREAM_DIRECTION,
    `    | extend Copy = iff(isnull(Version), tostring(pack_array(${copy.join(', ')})), "")`,
    `    | summarize arg_max(coalesce(Version, long(-1)), ${METRIC_COLUMNS.join(', ')})`,
    `        by ${STREAM_KEY.join(', ')}, Copy;`,
    ...finalRecordWins('StreamRecords', 'StreamVersions', STREAM_KEY),
  ];
}

/**
 * The end-reason columns, as text. ParticipantEndSubCode and ResultCategory are in the table reference since 2024
 * (acscallsummary-include.md @ 97500f29…, not @ 31d27605…): a workspace without them reads them as empty.
 */
const END_REASON = [
  '    | extend ParticipantEndReason = tostring(ParticipantEndReason),',
  '        ParticipantEndSubCode = tostring(column_ifexists("ParticipantEndSubCode", "")),',
  '        ResultCategory = tostring(column_ifexists("ResultCategory", ""))',
];
const END_REASON_COLUMNS = ['ParticipantEndReason', 'ParticipantEndSubCode', 'ResultCategory'];

/** One row per leg: what the results show of it, and how it ended. */
export function legRecordsLet(timeFilter: readonly string[]): string[] {
  const copy = ['TimeGenerated', 'EndpointType', 'CallType', 'CallStartTime', 'CallDuration', 'ParticipantStartTime', 'ParticipantDuration', ...END_REASON_COLUMNS];
  const kept = ['CallType', 'CallStartTime', 'CallDuration', 'ParticipantStartTime', 'ParticipantDuration', ...END_REASON_COLUMNS];
  return [
    '// Legs: one per CallSummary record, versions and duplicates as for streams.',
    `let LegVersions = ${UNION_VERSIONS} ${SUMMARY_TABLES.join(', ')}`,
    ...where([...timeFilter, 'isnotempty(CorrelationId)']),
    CALL_ID_IN_LOWER_CASE,
    ...LEG_IDS_IN_LOWER_CASE,
    VERSION,
    ...END_REASON,
    `    | extend Copy = iff(isnull(Version), tostring(pack_array(${copy.join(', ')})), "")`,
    `    | summarize arg_max(coalesce(Version, long(-1)), ${kept.join(', ')})`,
    `        by ${LEG_KEY.join(', ')}, Copy;`,
    ...finalRecordWins('LegRecords', 'LegVersions', LEG_KEY),
  ];
}

/**
 * The base tables' records (`Copy` set), and the *Updates tables' latest versions of what they do not hold. The two are
 * matched on the key as one text (`RecordKey`): Kusto's join matches no null key, and StreamId is a long that a record
 * may leave null, so an update of such a stream would have been kept beside its final record and counted twice.
 */
function finalRecordWins(name: string, versions: string, key: readonly string[]): string[] {
  const recordKey = `extend RecordKey = tostring(pack_array(${key.join(', ')}))`;
  return [
    `let ${name} = union`,
    `    (${versions} | where isnotempty(Copy)),`,
    `    (${versions} | where isempty(Copy) | ${recordKey}`,
    `        | join kind=leftanti (${versions} | where isnotempty(Copy) | ${recordKey} | distinct RecordKey) on RecordKey`,
    '        | project-away RecordKey);',
  ];
}

/**
 * Every call named by a call-log record, by the id summarize reads (normalise-record.ts): a CallSummary's or
 * CallDiagnostics' CorrelationId, else CallId; a client record's CallId, else CorrelationId; a survey's CallId alone,
 * for in ACSCallSurvey CorrelationId is the participant, and a survey without CallId names no call.
 */
export function callIdsLet(timeFilter: readonly string[]): string[] {
  const tables = [...SUMMARY_TABLES, ...DIAGNOSTICS_TABLES, ...CLIENT_TABLES];
  const named = (list: readonly string[]) => `(${list.map((t) => JSON.stringify(t)).join(', ')})`;
  return [
    '// Calls: every call id in any call-log table; a call without CallDiagnostics is of unknown quality.',
    `let CallIds = union withsource=SourceTable isfuzzy=true ${tables.join(', ')}`,
    ...where([...timeFilter]),
    '    | extend CallId = column_ifexists("CallId", ""), RecordCorrelationId = column_ifexists("CorrelationId", "")',
    '    // A survey\'s CorrelationId is its participant: a survey without CallId names no call.',
    '    | project CorrelationId = case(',
    `        SourceTable in~ ${named([...SUMMARY_TABLES, ...DIAGNOSTICS_TABLES])}, coalesce(RecordCorrelationId, CallId),`,
    `        SourceTable =~ ${JSON.stringify(SURVEY_TABLE)}, CallId,`,
    '        coalesce(CallId, RecordCorrelationId))',
    '    | where isnotempty(CorrelationId)',
    CALL_ID_IN_LOWER_CASE,
    '    | distinct CorrelationId;',
  ];
}
