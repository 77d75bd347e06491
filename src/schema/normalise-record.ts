import { isUpdatesRow, resolveCategory } from './category.js';
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
import { type FieldMap, flattenRecord, keySlot, keySlots, PropertiesNotJson } from './field-map.js';
import { callId, duration, inRange, legId, num, numbersNotReadInRecord, type NotRead, readingRecord, text, time, timesNotReadInRecord } from './record-being-read.js';
import type { DayMonthOrder } from './portal-time.js';
import { DURATION_MS, METRIC_RANGES, NOT_NEGATIVE, type ValueRange } from './value-ranges.js';
import { toEndpointType, toMediaType, toNumber, toResultCategory, toText, toTransportType } from './values.js';

export type { NotRead } from './record-being-read.js';

export type Normalised =
  /** `timesNotRead`, `numbersNotRead` only when some were not read, so that the usual record costs nothing more. */
  | { kind: 'record'; record: CallRecord; timesNotRead?: NotRead; numbersNotRead?: NotRead }
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

/** The slot of each key the normaliser reads (field-map.ts). */
const K = keySlots([
  'aggregationintervalseconds',
  'average',
  'callclienttimestamp',
  'callduration',
  'callid',
  'callstarttime',
  'calltype',
  'callupdatesversion',
  'clientinstanceid',
  'codecname',
  'correlationid',
  'count',
  'durationms',
  'endpointid',
  'endpointtype',
  'identifier',
  'maximum',
  'mediastreamcodec',
  'mediastreamdirection',
  'mediastreamid',
  'mediastreamtype',
  'mediatype',
  'metricname',
  'minimum',
  'operationid',
  'operationname',
  'operationpayload',
  'operationtype',
  'osversion',
  'participantduration',
  'participantendreason',
  'participantendsubcode',
  'participantid',
  'participantstarttime',
  'participanttenantid',
  'participanttype',
  'pstnpartcipantcalltype',
  'pstnparticipantcalltype',
  'remoteendpointid',
  'remoteparticipantid',
  'resultcategory',
  'resultsignature',
  'resulttype',
  'sdkversion',
  'streamdirection',
  'streamid',
  'sum',
  'surveyid',
  'teamsthreadid',
  'time',
  'timegenerated',
  'transporttype',
  'useragent',
]);

/** Each metric's slot, name and range: a value read out of its range (a loss rate of -0.5 or 10) is not read. */
const METRIC_SLOTS: ReadonlyArray<readonly [number, StreamMetric, ValueRange]> = STREAM_METRICS.map((m) => [keySlot(m.toLowerCase()), m, METRIC_RANGES[m]]);
const SURVEY_SLOTS: ReadonlyArray<readonly [number, string]> = SURVEY_COLUMNS.map((c) => [keySlot(c.toLowerCase()), c]);

/**
 * One input object (resource-log record, Log Analytics row, CSV row) to a typed call record; `dateOrder`: a CSV row's,
 * the order of day and month its file's dates proved (DayMonthOrder).
 */
export function normaliseRecord(value: Record<string, unknown>, table?: string, dateOrder?: DayMonthOrder): Normalised {
  let flat: { fields: FieldMap; topCategory: unknown };
  try {
    flat = flattenRecord(value);
  } catch (error) {
    if (error instanceof PropertiesNotJson) return { kind: 'invalid', reason: error.message };
    throw error;
  }
  const { fields, topCategory } = flat;
  const resolved = resolveCategory(topCategory, fields, table);
  readingRecord(fields, dateOrder);
  if (resolved.kind === 'unknown') return { kind: 'invalid', reason: 'not a call-log record (no category, Type or known columns)' };
  if (resolved.kind === 'other') return { kind: 'ignored', categoryName: resolved.name };

  // The client categories name the call CallId; in survey records CorrelationId holds the participant (ACSCallSurvey),
  // so a survey without CallId names no call: not one of its own, made of its participant's id.
  const clientSide = resolved.category !== 'CallSummary' && resolved.category !== 'CallDiagnostics';
  const survey = resolved.category === 'CallSurvey';
  const correlationId = survey ? callId(K.callid) : clientSide ? (callId(K.callid) ?? callId(K.correlationid)) : (callId(K.correlationid) ?? callId(K.callid));
  if (correlationId === null) return { kind: 'invalid', reason: `${resolved.category} record without ${survey ? 'a CallId' : 'a correlationId'}` };

  // A row of an *Updates table is a version: one without its number (None, missing) ranks below every numbered
  // one, rather than standing as the final record that no version displaces.
  const version = num(K.callupdatesversion, 'callUpdatesVersion') ?? (isUpdatesRow(resolved.name, fields, table) ? 0 : null);
  // A client operation or media sample happened at its CallClientTimeStamp ("when the operation occurred on the
  // SDK"); the record's time is when Azure Monitor wrote it, minutes later, and would place it after the call's end.
  const clientTime = time(K.callclienttimestamp, 'callClientTimeStamp');
  const recordTime = clientTime ?? time(K.time, 'time') ?? time(K.timegenerated, 'timeGenerated');

  switch (resolved.category) {
    case 'CallSummary': {
      const record: SummaryRecord = {
        correlationId,
        version,
        time: recordTime,
        category: 'CallSummary',
        callType: text(K.calltype),
        callStartTime: time(K.callstarttime, 'callStartTime'),
        callDuration: duration(K.callduration, 'callDuration'),
        teamsThreadId: text(K.teamsthreadid),
        participantId: legId(K.participantid),
        participantStartTime: time(K.participantstarttime, 'participantStartTime'),
        participantDuration: duration(K.participantduration, 'participantDuration'),
        endReasonCode: num(K.participantendreason, 'participantEndReason'),
        endReasonSubCode: num(K.participantendsubcode, 'participantEndSubCode'),
        resultCategory: toResultCategory(fields.at(K.resultcategory)),
        endpointId: legId(K.endpointid),
        endpointType: toEndpointType(fields.at(K.endpointtype)),
        identifier: text(K.identifier),
        sdkVersion: text(K.sdkversion),
        osVersion: text(K.osversion),
        participantTenantId: text(K.participanttenantid),
        participantType: text(K.participanttype),
        pstnParticipantCallType: text(K.pstnparticipantcalltype) ?? text(K.pstnpartcipantcalltype),
      };
      return recorded(record);
    }
    case 'CallDiagnostics': {
      const metrics: Partial<Record<StreamMetric, number>> = {};
      for (const [slot, metric, range] of METRIC_SLOTS) {
        const n = inRange(slot, metric, range);
        if (n !== null) metrics[metric] = n;
      }
      const record: DiagnosticsRecord = {
        correlationId,
        version,
        time: recordTime,
        category: 'CallDiagnostics',
        participantId: legId(K.participantid),
        endpointId: legId(K.endpointid),
        endpointType: toEndpointType(fields.at(K.endpointtype)),
        identifier: text(K.identifier),
        mediaType: toMediaType(fields.at(K.mediatype)),
        streamId: text(K.streamid),
        transportType: toTransportType(fields.at(K.transporttype)),
        streamDirection: text(K.streamdirection),
        codecName: text(K.codecname),
        metrics,
      };
      return recorded(record);
    }
    case 'CallClientOperations': {
      const record: OperationRecord = {
        correlationId,
        version,
        time: clientTime,
        category: 'CallClientOperations',
        operationName: text(K.operationname),
        operationType: text(K.operationtype),
        operationId: text(K.operationid),
        participantId: legId(K.participantid),
        endpointId: legId(K.endpointid),
        durationMs: inRange(K.durationms, 'durationMs', DURATION_MS),
        resultType: text(K.resulttype),
        resultSignature: text(K.resultsignature),
        sdkVersion: text(K.sdkversion),
        userAgent: text(K.useragent),
        clientInstanceId: text(K.clientinstanceid),
        payload: parsePayload(fields.at(K.operationpayload)),
      };
      return recorded(record);
    }
    case 'CallClientMediaStatsTimeSeries': {
      const record: MediaStatsRecord = {
        correlationId,
        version,
        time: clientTime,
        category: 'CallClientMediaStatsTimeSeries',
        metricName: text(K.metricname),
        // A count of samples, and what the client measured (a bit rate, a jitter, frames a second): none below 0.
        count: inRange(K.count, 'count', NOT_NEGATIVE),
        sum: inRange(K.sum, 'sum', NOT_NEGATIVE),
        average: inRange(K.average, 'average', NOT_NEGATIVE),
        minimum: inRange(K.minimum, 'minimum', NOT_NEGATIVE),
        maximum: inRange(K.maximum, 'maximum', NOT_NEGATIVE),
        direction: text(K.mediastreamdirection),
        streamType: text(K.mediastreamtype),
        codec: text(K.mediastreamcodec),
        participantId: legId(K.participantid),
        remoteParticipantId: legId(K.remoteparticipantid),
        remoteEndpointId: legId(K.remoteendpointid),
        mediaStreamId: text(K.mediastreamid),
        aggregationIntervalSeconds: inRange(K.aggregationintervalseconds, 'aggregationIntervalSeconds', NOT_NEGATIVE),
      };
      return recorded(record);
    }
    case 'CallSurvey': {
      const ratings: Record<string, number | string> = {};
      for (const [slot, name] of SURVEY_SLOTS) {
        const value = fields.at(slot);
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
        surveyId: text(K.surveyid),
        participantId: legId(K.participantid) ?? legId(K.correlationid),
        ratings,
      };
      return recorded(record);
    }
  }
}

/** The record, with the times and numbers in it not read when there were any. */
function recorded(record: CallRecord): Normalised {
  const timesNotRead = timesNotReadInRecord();
  const numbersNotRead = numbersNotReadInRecord();
  if (timesNotRead === undefined && numbersNotRead === undefined) return { kind: 'record', record };
  const result: Extract<Normalised, { kind: 'record' }> = { kind: 'record', record };
  if (timesNotRead !== undefined) result.timesNotRead = timesNotRead;
  if (numbersNotRead !== undefined) result.numbersNotRead = numbersNotRead;
  return result;
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
