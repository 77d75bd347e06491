import type { CallRecord } from '../schema/call-record.js';
import type { Call, Leg, Stream } from './call.js';
import { compareOptionalText as cmp, compareText } from './compare-text.js';
import type { HeldStreams } from './held-streams.js';

/**
 * Groups records by correlationId into calls; a call spread over many files or blobs is one call.
 * `alsoCalls` names calls whose records were counted but not kept: they exist, with what was kept.
 */
export function buildCalls(records: Iterable<CallRecord>, alsoCalls: Iterable<string> = []): Call[] {
  const calls = groupCalls(records, alsoCalls);
  for (const call of calls.values()) settle(call);
  return [...calls.values()];
}

/** What calls are built of when their streams are held in columns (LoadedCalls.unbuilt, a worker's partition). */
export interface UnbuiltCalls {
  /** Every record held but the streams held in columns. */
  records: CallRecord[];
  streams: HeldStreams;
  /** Calls named by records that were not held (buildCalls' alsoCalls). */
  named: ReadonlySet<string>;
}

/**
 * Calls built and judged at a time by summarize: many enough that a chunk's breakdowns cost little to merge, few
 * enough that what building and judging make of a chunk (its streams as objects, a verdict a stream) dies young.
 */
export const CALLS_A_CHUNK = 1024;

/**
 * The calls of the records and of the streams held in columns, built a chunk of `size` calls at a time (each call
 * whole in one chunk): a chunk's streams are made objects again only when the chunk is built, and a chunk let go
 * once used is garbage, so that summarize never holds every stream as an object. The calls are those buildCalls
 * builds of the records and the streams together, in another order. Takes the records (`unbuilt.records` is
 * emptied): from then on only the calls built hold them.
 */
export function* buildCallChunks(unbuilt: UnbuiltCalls, size: number): Generator<Call[]> {
  const { streams } = unbuilt;
  const byId = groupCalls(unbuilt.records, unbuilt.named);
  // The records are the calls' now: as each chunk is let go, so are they.
  unbuilt.records = [];
  // Each held stream's call (made when the stream is its first record), then the streams grouped by call.
  const callOf = new Int32Array(streams.count);
  const index = new Map<string, number>();
  const calls: Array<Call | undefined> = [];
  for (const [id, call] of byId) {
    index.set(id, calls.length);
    calls.push(call);
  }
  byId.clear();
  for (let i = 0; i < streams.count; i++) {
    const id = streams.correlationIdOf(i);
    let at = index.get(id);
    if (at === undefined) {
      at = calls.length;
      index.set(id, at);
      calls.push(emptyCall(id));
    }
    callOf[i] = at;
  }
  index.clear();
  const starts = new Int32Array(calls.length + 1);
  for (let i = 0; i < callOf.length; i++) starts[callOf[i]! + 1]!++;
  for (let c = 0; c < calls.length; c++) starts[c + 1]! += starts[c]!;
  const order = new Int32Array(callOf.length);
  const next = starts.slice(0, calls.length);
  for (let i = 0; i < callOf.length; i++) order[next[callOf[i]!]!++] = i;

  for (let first = 0; first < calls.length; first += size) {
    const chunk: Call[] = [];
    for (let c = first; c < Math.min(first + size, calls.length); c++) {
      const call = calls[c]!;
      calls[c] = undefined;
      for (let j = starts[c]!; j < starts[c + 1]!; j++) call.streams.push(streams.stream(order[j]!));
      settle(call);
      chunk.push(call);
    }
    yield chunk;
  }
}

/** The records grouped by correlationId into calls, not yet settled; `alsoCalls` first. */
function groupCalls(records: Iterable<CallRecord>, alsoCalls: Iterable<string>): Map<string, Call> {
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
  return calls;
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
    copies: 0,
  };
}

/** Call-level facts from its legs, and a stable order for legs, streams and time series; copies dropped. */
function settle(call: Call): void {
  const byContent = contentOrder();
  const legs = (a: Leg, b: Leg) =>
    byTime(a.participantStartTime, b.participantStartTime) || cmp(a.participantId, b.participantId) || cmp(a.endpointId, b.endpointId) || byContent(a, b);
  call.legs.sort(legs);
  let copies = dropCopies(call.legs, legs);
  const legOrder = new Map(call.legs.map((leg, i) => [leg.participantId ?? leg.endpointId, i]));
  const rank = (id: string | null) => legOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  const streams = (a: Stream, b: Stream) =>
    rank(a.participantId ?? a.endpointId) - rank(b.participantId ?? b.endpointId) ||
    cmp(a.participantId, b.participantId) ||
    serverLast(a.endpointType) - serverLast(b.endpointType) ||
    cmp(a.mediaType, b.mediaType) ||
    cmp(a.streamId, b.streamId) ||
    byContent(a, b);
  call.streams.sort(streams);
  copies += dropCopies(call.streams, streams);
  const inTime = (a: CallRecord & { time: number | null }, b: CallRecord & { time: number | null }) => byTime(a.time, b.time) || byContent(a, b);
  call.operations.sort(inTime);
  copies += dropCopies(call.operations, inTime);
  call.mediaStats.sort(inTime);
  copies += dropCopies(call.mediaStats, inTime);
  call.surveys.sort(inTime);
  copies += dropCopies(call.surveys, inTime);
  call.copies = copies;

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
    // No callDuration logged, but the legs say when the call started and ended: its duration is theirs to tell.
    if (call.durationSeconds === null && call.endTime !== null) call.durationSeconds = (call.endTime - call.startTime) / 1000;
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

/**
 * Drops, from records in `order`, each that holds what the one before holds: the same leg, stream or event read
 * from two layouts of one export (a storage blob's JSON line and a Log Analytics row are not the same bytes, so no
 * exact duplicate, but they normalise alike). They sit side by side, since `order` ends in their content. Returns
 * how many were dropped. A walk over the sorted records: one more comparison a record, most decided by its ids.
 */
function dropCopies<T>(records: T[], order: (a: T, b: T) => number): number {
  let kept = 0;
  for (let i = 0; i < records.length; i++) if (kept === 0 || order(records[kept - 1]!, records[i]!) !== 0) records[kept++] = records[i]!;
  const dropped = records.length - kept;
  records.length = kept;
  return dropped;
}

function serverLast(endpointType: string | null): number {
  return endpointType === 'Server' ? 1 : 0;
}
