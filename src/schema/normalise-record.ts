import { resolveCategory } from './category.js';
import type {
  CallRecord,
  DiagnosticsRecord,
  MediaStatsRecord,
  OperationRecord,
  StreamMetric,
  SummaryRecord,
  SurveyRecord,
} from './call-record.js';
import { STREAM_METRICS } from './call-record.js';
import { type FieldMap, flattenRecord, PropertiesNotJson } from './field-map.js';
import { parseTime } from './parse-time.js';
import { toEndpointType, toMediaType, toNumber, toText } from './values.js';

export type Normalised =
  | { kind: 'record'; record: CallRecord }
  /** A record of another category (Usage, ChatOperational, …): counted, not an error. */
  | { kind: 'ignored'; categoryName: string }
  | { kind: 'invalid'; reason: string };

/** The ACSCallSurvey columns shown with a survey (Azure Monitor table reference), in display order. */
const SURVEY_COLUMNS = ['Overall', 'Audio', 'Video', 'Screenshare'].flatMap((kind) => [
  `${kind}RatingScore`,
  `${kind}RatingScoreLowerBound`,
  `${kind}RatingScoreUpperBound`,
  `${kind}RatingScoreThreshold`,
  kind === 'Overall' ? 'OverallCallIssues' : `${kind}Issues`,
]);

const METRIC_KEYS: ReadonlyArray<readonly [string, StreamMetric]> = STREAM_METRICS.map((m) => [m.toLowerCase(), m]);

/** One input object (resource-log record, Log Analytics row, CSV row) to a typed call record. */
export function normaliseRecord(value: Record<string, unknown>, table?: string): Normalised {
  let flat: { fields: FieldMap; topCategory: unknown };
  try {
    flat = flattenRecord(value);
  } catch (error) {
    if (error instanceof PropertiesNotJson) return { kind: 'invalid', reason: error.message };
    throw error;
  }
  const { fields, topCategory } = flat;
  const resolved = resolveCategory(topCategory, fields, table);
  if (resolved.kind === 'unknown') return { kind: 'invalid', reason: 'not a call-log record (no category, Type or known columns)' };
  if (resolved.kind === 'other') return { kind: 'ignored', categoryName: resolved.name };

  const text = (key: string) => toText(fields.get(key));
  const num = (key: string) => toNumber(fields.get(key));
  const time = (key: string) => parseTime(text(key));

  // The client categories name the call CallId; in survey records CorrelationId holds the participant.
  const clientSide = resolved.category !== 'CallSummary' && resolved.category !== 'CallDiagnostics';
  const correlationId = clientSide ? (text('callid') ?? text('correlationid')) : (text('correlationid') ?? text('callid'));
  if (correlationId === null) return { kind: 'invalid', reason: `${resolved.category} record without a correlationId` };

  const version = num('callupdatesversion');
  const recordTime = time('callclienttimestamp') ?? time('time') ?? time('timegenerated');

  switch (resolved.category) {
    case 'CallSummary': {
      const record: SummaryRecord = {
        correlationId,
        version,
        time: recordTime,
        category: 'CallSummary',
        callType: text('calltype'),
        callStartTime: time('callstarttime'),
        callDuration: num('callduration'),
        teamsThreadId: text('teamsthreadid'),
        participantId: text('participantid'),
        participantStartTime: time('participantstarttime'),
        participantDuration: num('participantduration'),
        endReasonCode: num('participantendreason'),
        endReasonSubCode: num('participantendsubcode'),
        resultCategory: text('resultcategory'),
        endpointId: text('endpointid'),
        endpointType: toEndpointType(fields.get('endpointtype')),
        identifier: text('identifier'),
        sdkVersion: text('sdkversion'),
        osVersion: text('osversion'),
        participantTenantId: text('participanttenantid'),
        participantType: text('participanttype'),
        pstnParticipantCallType: text('pstnparticipantcalltype') ?? text('pstnpartcipantcalltype'),
      };
      return { kind: 'record', record };
    }
    case 'CallDiagnostics': {
      const metrics: Partial<Record<StreamMetric, number>> = {};
      for (const [key, metric] of METRIC_KEYS) {
        const n = num(key);
        if (n !== null) metrics[metric] = n;
      }
      const record: DiagnosticsRecord = {
        correlationId,
        version,
        time: recordTime,
        category: 'CallDiagnostics',
        participantId: text('participantid'),
        endpointId: text('endpointid'),
        endpointType: toEndpointType(fields.get('endpointtype')),
        identifier: text('identifier'),
        mediaType: toMediaType(fields.get('mediatype')),
        streamId: text('streamid'),
        transportType: text('transporttype'),
        streamDirection: text('streamdirection'),
        codecName: text('codecname'),
        metrics,
      };
      return { kind: 'record', record };
    }
    case 'CallClientOperations': {
      const record: OperationRecord = {
        correlationId,
        version,
        time: recordTime,
        category: 'CallClientOperations',
        operationName: text('operationname'),
        operationType: text('operationtype'),
        operationId: text('operationid'),
        participantId: text('participantid'),
        endpointId: text('endpointid'),
        durationMs: num('durationms'),
        resultType: text('resulttype'),
        resultSignature: text('resultsignature'),
        sdkVersion: text('sdkversion'),
        userAgent: text('useragent'),
        clientInstanceId: text('clientinstanceid'),
        payload: parsePayload(fields.get('operationpayload')),
      };
      return { kind: 'record', record };
    }
    case 'CallClientMediaStatsTimeSeries': {
      const record: MediaStatsRecord = {
        correlationId,
        version,
        time: recordTime,
        category: 'CallClientMediaStatsTimeSeries',
        metricName: text('metricname'),
        count: num('count'),
        sum: num('sum'),
        average: num('average'),
        minimum: num('minimum'),
        maximum: num('maximum'),
        direction: text('mediastreamdirection'),
        streamType: text('mediastreamtype'),
        codec: text('mediastreamcodec'),
        participantId: text('participantid'),
        remoteParticipantId: text('remoteparticipantid'),
        aggregationIntervalSeconds: num('aggregationintervalseconds'),
      };
      return { kind: 'record', record };
    }
    case 'CallSurvey': {
      const ratings: Record<string, number | string> = {};
      for (const name of SURVEY_COLUMNS) {
        const value = fields.get(name.toLowerCase());
        const n = toNumber(value);
        const t = toText(value);
        if (n !== null) ratings[name] = n;
        else if (t !== null) ratings[name] = t;
      }
      const record: SurveyRecord = {
        correlationId,
        version,
        time: recordTime,
        category: 'CallSurvey',
        surveyId: text('surveyid'),
        participantId: text('participantid'),
        ratings,
      };
      return { kind: 'record', record };
    }
  }
}

/** Payloads deeper than this stay text: every report must be able to write them out again. */
const MAX_PAYLOAD_DEPTH = 64;

function parsePayload(value: unknown): unknown {
  if (typeof value !== 'string') return isShallow(value, MAX_PAYLOAD_DEPTH) ? (value ?? null) : '(payload nested too deeply to show)';
  const text = toText(value);
  if (text === null) return null;
  if (text.startsWith('{') || text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      return isShallow(parsed, MAX_PAYLOAD_DEPTH) ? parsed : text;
    } catch {
      return text;
    }
  }
  return text;
}

function isShallow(value: unknown, depth: number): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (depth === 0) return false;
  for (const v of Object.values(value)) if (!isShallow(v, depth - 1)) return false;
  return true;
}
