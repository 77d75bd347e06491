import type { CallRecord } from '../schema/call-record.js';
import type { Call } from './call.js';
import { compareOptionalText as cmp, compareText } from './compare-text.js';

/**
 * Groups records by correlationId into calls; a call spread over many files or blobs is one call.
 * `alsoCalls` names calls whose records were counted but not kept: they exist, with what was kept.
 */
export function buildCalls(records: Iterable<CallRecord>, alsoCalls: Iterable<string> = []): Call[] {
  const calls = new Map<string, Call>();
  for (const id of alsoCalls) calls.set(id, emptyCall(id));
  for (const record of records) {
    let call = calls.get(record.correlationId);
    if (!call) {
      call = emptyCall(record.correlationId);
      calls.set(record.correlationId, call);
    }
    switch (record.category) {
      case 'CallSummary':
        call.legs.push(record);
        break;
      case 'CallDiagnostics':
        call.streams.push(record);
        break;
      case 'CallClientOperations':
        call.operations.push(record);
        break;
      case 'CallClientMediaStatsTimeSeries':
        call.mediaStats.push(record);
        break;
      case 'CallSurvey':
        call.surveys.push(record);
        break;
    }
  }
  for (const call of calls.values()) settle(call);
  return [...calls.values()];
}

function emptyCall(correlationId: string): Call {
  return {
    correlationId,
    callType: null,
    startTime: null,
    endTime: null,
    durationSeconds: null,
    teamsThreadId: null,
    legs: [],
    streams: [],
    operations: [],
    mediaStats: [],
    surveys: [],
  };
}

/** Call-level facts from its legs, and a stable order for legs, streams and time series. */
function settle(call: Call): void {
  const byContent = contentOrder();
  call.legs.sort(
    (a, b) => byTime(a.participantStartTime, b.participantStartTime) || cmp(a.participantId, b.participantId) || cmp(a.endpointId, b.endpointId) || byContent(a, b),
  );
  const legOrder = new Map(call.legs.map((leg, i) => [leg.participantId ?? leg.endpointId, i]));
  const rank = (id: string | null) => legOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  call.streams.sort(
    (a, b) =>
      rank(a.participantId ?? a.endpointId) - rank(b.participantId ?? b.endpointId) ||
      cmp(a.participantId, b.participantId) ||
      serverLast(a.endpointType) - serverLast(b.endpointType) ||
      cmp(a.mediaType, b.mediaType) ||
      cmp(a.streamId, b.streamId) ||
      byContent(a, b),
  );
  call.operations.sort((a, b) => byTime(a.time, b.time) || byContent(a, b));
  call.mediaStats.sort((a, b) => byTime(a.time, b.time) || byContent(a, b));
  call.surveys.sort((a, b) => byTime(a.time, b.time) || byContent(a, b));

  const types = new Set(call.legs.map((l) => l.callType).filter((t): t is string => t !== null));
  // A P2P call that another endpoint joins becomes a group call.
  call.callType = types.has('Group') ? 'Group' : ([...types][0] ?? null);
  call.teamsThreadId = call.legs.find((l) => l.teamsThreadId !== null)?.teamsThreadId ?? null;
  const starts = call.legs.map((l) => l.callStartTime ?? l.participantStartTime).filter((t): t is number => t !== null);
  call.startTime = smallest(starts);
  const durations = call.legs.map((l) => l.callDuration).filter((d): d is number => d !== null);
  call.durationSeconds = largest(durations);
  if (call.startTime !== null) {
    const legEnds = call.legs
      .filter((l) => l.participantStartTime !== null && l.participantDuration !== null)
      .map((l) => l.participantStartTime! + l.participantDuration! * 1000);
    const byDuration = call.durationSeconds !== null ? [call.startTime + call.durationSeconds * 1000] : [];
    const ends = [...byDuration, ...legEnds];
    call.endTime = largest(ends);
  }
}

/** Math.min/max without spreading: a call with 200,000 legs would overflow the stack as arguments. */
function smallest(values: number[]): number | null {
  let out: number | null = null;
  for (const v of values) if (out === null || v < out) out = v;
  return out;
}

function largest(values: number[]): number | null {
  let out: number | null = null;
  for (const v of values) if (out === null || v > out) out = v;
  return out;
}

function byTime(a: number | null, b: number | null): number {
  return (a ?? Number.MAX_SAFE_INTEGER) - (b ?? Number.MAX_SAFE_INTEGER);
}

/**
 * The last resort of every order of a call's records (two records of one leg or stream that are not exact
 * duplicates, time-series points of one time): by what they hold, not by which was read first, so that the same
 * records in any order (files named in another order, or calls judged on the worker threads that read them) give
 * the same calls. Each record's text is made once, and only for the records that tie.
 */
function contentOrder(): (a: CallRecord, b: CallRecord) => number {
  const texts = new Map<CallRecord, string>();
  const textOf = (record: CallRecord) => {
    let text = texts.get(record);
    if (text === undefined) texts.set(record, (text = JSON.stringify(record)));
    return text;
  };
  return (a, b) => compareText(textOf(a), textOf(b));
}

function serverLast(endpointType: string | null): number {
  return endpointType === 'Server' ? 1 : 0;
}
