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

export interface ChunkOptions {
  /**
   * A chunk's held streams are the objects the chunk before had, written anew (HeldStreams.streamInto): for a
   * reader that is done with each chunk before it asks for the next and keeps none of its streams (judgeCallChunks:
   * a call's row and breakdowns copy what they need). Making an object of every held stream was a third of what
   * building and judging the calls took on one thread (their allocation and collection: on the bench export
   * 214k streams, 1.2–1.3 s of CPU for the phase without, ~0.3 s less with; `npm run bench:phases`).
   */
  reuseStreams?: boolean;
}

/**
 * The calls of the records and of the streams held in columns, built a chunk of `size` calls at a time (each call
 * whole in one chunk): a chunk's streams are made objects again only when the chunk is built, and a chunk let go
 * once used is garbage (or, with reuseStreams, its streams the next chunk's), so that summarize never holds every
 * stream as an object. The calls are those buildCalls builds of the records and the streams together, in another
 * order. Takes the records (`unbuilt.records` is emptied): from then on only the calls built hold them.
 */
export function* buildCallChunks(unbuilt: UnbuiltCalls, size: number, options: ChunkOptions = {}): Generator<Call[]> {
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

  // With reuseStreams, the stream objects made so far: a chunk's n-th stream is the n-th of these, or a new one.
  const made: Stream[] = [];
  for (let first = 0; first < calls.length; first += size) {
    const chunk: Call[] = [];
    let n = 0;
    for (let c = first; c < Math.min(first + size, calls.length); c++) {
      const call = calls[c]!;
      calls[c] = undefined;
      for (let j = starts[c]!; j < starts[c + 1]!; j++) {
        const held = order[j]!;
        if (options.reuseStreams !== true) call.streams.push(streams.stream(held));
        else if (n < made.length) call.streams.push(streams.streamInto(held, made[n++]!));
        else call.streams.push((made[n++] = streams.stream(held)));
      }
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
    callStartTime: null,
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

/**
 * Call-level facts from its legs, and a stable order for legs, streams and time series; copies dropped. Run once a
 * call (24k calls on the bench export), so it allocates little: a few records are sorted by insertion
 * (sortDroppingCopies), a leg's rank is looked up in the legs themselves when they are few, and the call's facts
 * are read in one walk over its legs, not in arrays, a Set and spreads (~90 MB less garbage on the bench export).
 */
function settle(call: Call): void {
  const byContent = contentOrder();
  const legs = (a: Leg, b: Leg) =>
    byTime(a.participantStartTime, b.participantStartTime) || cmp(a.participantId, b.participantId) || cmp(a.endpointId, b.endpointId) || byContent(a, b);
  let copies = sortDroppingCopies(call.legs, legs);
  if (call.streams.length > 1) {
    const rank = legRank(call.legs);
    const streams = (a: Stream, b: Stream) =>
      rank(a.participantId ?? a.endpointId) - rank(b.participantId ?? b.endpointId) ||
      // By the id that names the stream's leg, not participantId alone: a P2P call's streams (no participantId) of
      // legs no CallSummary ranks would otherwise interleave by media type, and call would head one leg twice.
      cmp(a.participantId ?? a.endpointId, b.participantId ?? b.endpointId) ||
      serverLast(a.endpointType) - serverLast(b.endpointType) ||
      cmp(a.mediaType, b.mediaType) ||
      cmp(a.streamId, b.streamId) ||
      byContent(a, b);
    copies += sortDroppingCopies(call.streams, streams);
  }
  const inTime = (a: CallRecord & { time: number | null }, b: CallRecord & { time: number | null }) => byTime(a.time, b.time) || byContent(a, b);
  copies += sortDroppingCopies(call.operations, inTime);
  copies += sortDroppingCopies(call.mediaStats, inTime);
  copies += sortDroppingCopies(call.surveys, inTime);
  call.copies = copies;

  // A P2P call that another endpoint joins becomes a group call; else the first type a leg logs.
  let callType: string | null = null;
  let teamsThreadId: string | null = null;
  let startTime: number | null = null;
  let callStartTime: number | null = null;
  let durationSeconds: number | null = null;
  for (const leg of call.legs) {
    if (leg.callType !== null && (callType === null || leg.callType === 'Group')) callType = leg.callType;
    teamsThreadId ??= leg.teamsThreadId;
    if (leg.callStartTime !== null && (callStartTime === null || leg.callStartTime < callStartTime)) callStartTime = leg.callStartTime;
    const start = leg.callStartTime ?? leg.participantStartTime;
    if (start !== null && (startTime === null || start < startTime)) startTime = start;
    if (leg.callDuration !== null && (durationSeconds === null || leg.callDuration > durationSeconds)) durationSeconds = leg.callDuration;
  }
  call.callType = callType;
  call.teamsThreadId = teamsThreadId ?? null;
  call.startTime = startTime;
  call.callStartTime = callStartTime;
  call.durationSeconds = durationSeconds;
  if (startTime !== null) {
    // The latest of its end by callDuration and its legs' ends.
    let end = durationSeconds === null ? null : startTime + durationSeconds * 1000;
    // A leg that logs no duration has not ended as far as the logs say (a CallSummaryUpdates version of a call in
    // progress): without callDuration, the call's end is then not known, however many other legs have ended.
    let legOpen = false;
    for (const leg of call.legs) {
      if (leg.participantDuration === null) legOpen = true;
      if (leg.participantStartTime === null || leg.participantDuration === null) continue;
      const legEnd = leg.participantStartTime + leg.participantDuration * 1000;
      if (end === null || legEnd > end) end = legEnd;
    }
    call.endTime = durationSeconds === null && legOpen ? null : end;
    // No callDuration logged, but the legs say when the call started and that every one of them ended: its duration
    // is theirs to tell. The kql query's DurationSeconds falls back the same way (build-kql-query.ts), and the README
    // states it.
    if (durationSeconds === null && call.endTime !== null) call.durationSeconds = (call.endTime - startTime) / 1000;
  }
}

/**
 * A call's legs are looked up in place up to this many (most calls have a few: no Map made a call), in a Map above,
 * so that a call of 200,000 legs takes n log n to sort (here) and linear time to break down (breakdown-streams.ts).
 */
export const LEGS_LOOKED_UP_IN_PLACE = 16;

/** A stream's rank among the call's legs (sorted) by the id it shares with its leg; legs it matches none of last. */
function legRank(legs: readonly Leg[]): (id: string | null) => number {
  if (legs.length <= LEGS_LOOKED_UP_IN_PLACE) {
    // The last leg of an id is its rank, as in the Map below.
    return (id) => {
      for (let i = legs.length - 1; i >= 0; i--) if ((legs[i]!.participantId ?? legs[i]!.endpointId) === id) return i;
      return Number.MAX_SAFE_INTEGER;
    };
  }
  // Set in leg order, so the last leg of an id is its rank.
  const order = new Map<string | null, number>();
  legs.forEach((leg, i) => order.set(leg.participantId ?? leg.endpointId, i));
  return (id) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
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
  // Made at the first tie: most calls have none.
  let texts: Map<CallRecord, string> | null = null;
  const textOf = (record: CallRecord) => {
    texts ??= new Map();
    let text = texts.get(record);
    if (text === undefined) texts.set(record, (text = JSON.stringify(record)));
    return text;
  };
  return (a, b) => compareText(textOf(a), textOf(b));
}

/**
 * Sorts the records in `order` and drops each that holds what the one before holds: the same leg, stream or event read
 * from two layouts of one export (a storage blob's JSON line and a Log Analytics row are not the same bytes, so no
 * exact duplicate, but they normalise alike). They sit side by side, since `order` ends in their content. Returns
 * how many were dropped. A walk over the sorted records: one more comparison a record, most decided by its ids.
 */
function sortDroppingCopies<T>(records: T[], order: (a: T, b: T) => number): number {
  if (records.length < 2) return 0;
  if (records.length <= SORTED_IN_PLACE) insertionSort(records, order);
  else records.sort(order);
  let kept = 0;
  for (let i = 0; i < records.length; i++) if (kept === 0 || order(records[kept - 1]!, records[i]!) !== 0) records[kept++] = records[i]!;
  const dropped = records.length - kept;
  records.length = kept;
  return dropped;
}

/**
 * A call's records are sorted by insertion up to this many: V8's sort allocates its state (~0.9 KB) for every
 * array it sorts, 42 MB of garbage for the bench export's 24k calls, where most calls have a few legs and streams.
 */
const SORTED_IN_PLACE = 16;

/** Array.prototype.sort's result (both are stable), allocating nothing: for a few records. */
function insertionSort<T>(records: T[], order: (a: T, b: T) => number): void {
  for (let i = 1; i < records.length; i++) {
    const record = records[i]!;
    let j = i - 1;
    for (; j >= 0 && order(records[j]!, record) > 0; j--) records[j + 1] = records[j]!;
    records[j + 1] = record;
  }
}

function serverLast(endpointType: string | null): number {
  return endpointType === 'Server' ? 1 : 0;
}
