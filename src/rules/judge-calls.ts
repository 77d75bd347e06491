import type { Call } from '../model/call.js';
import { compareText } from '../model/compare-text.js';
import { assessCalls } from './assess-calls.js';
import { fleetBreakdowns, type FleetBreakdowns, mergeFleetBreakdowns } from './breakdowns/fleet-breakdowns.js';
import { callRowOf, type CallRow } from './call-row.js';
import type { Thresholds } from './thresholds.js';
import { selectByStartTime, type TimeWindow } from './time-window.js';

/** How many calls a window left out, and what those without a callStartTime were: what a report tells of them. */
export interface LeftOutCalls {
  /** Calls that started outside the window. */
  outside: number;
  /** Calls without a callStartTime, left out when a window is set. */
  withoutStartTime: number;
  /**
   * Of those without a callStartTime, the poor ones and those of unknown quality: judged though left out, since a
   * window may not say when they started, and a gate that never saw a poor call must not pass in silence.
   */
  withoutStartTimePoor: number;
  withoutStartTimeUnknown: number;
}

/**
 * What summarize keeps of some calls once they are judged: a row each and the breakdowns, no records. A set of
 * calls split into parts (each call whole in one part, e.g. one part a worker) judges to the same result, merged.
 */
export interface JudgedCalls extends LeftOutCalls {
  /** The calls in the window, in no particular order (summarize lists them byQuality). */
  rows: CallRow[];
  /**
   * The ids of the calls the window left out, sorted (so that calls judged in parts, on any thread, give the same):
   * `call` finds them in the same inputs, so the ids a report shows are cut to what tells them apart from these too.
   */
  leftOutIds: string[];
  breakdowns: FleetBreakdowns;
  /** Records dropped as copies of another record of their call, in every call built (Call.copies), in the window or not. */
  copies: number;
}

/** Selects the calls in the window and judges them. Pure. */
export function judgeCalls(calls: Call[], thresholds: Thresholds, window: TimeWindow): JudgedCalls {
  const { selected, outside, withoutStartTime, leftOutIds } = selectByStartTime(calls, window);
  const assessed = assessCalls(selected, thresholds);
  let copies = 0;
  for (const call of calls) copies += call.copies;
  let withoutStartTimePoor = 0;
  let withoutStartTimeUnknown = 0;
  for (const { verdict } of assessCalls(withoutStartTime, thresholds)) {
    if (verdict.quality === 'poor') withoutStartTimePoor++;
    else if (verdict.quality === 'unknown') withoutStartTimeUnknown++;
  }
  return {
    rows: assessed.map(callRowOf),
    outside,
    withoutStartTime: withoutStartTime.length,
    withoutStartTimePoor,
    withoutStartTimeUnknown,
    leftOutIds: leftOutIds.sort(compareText),
    breakdowns: fleetBreakdowns(assessed),
    copies,
  };
}

/**
 * Judges calls given a chunk at a time (each call whole in one chunk, e.g. buildCallChunks), as judgeCalls judges
 * them all: a chunk's calls and its streams' verdicts are garbage once it is judged, where judgeCalls holds them
 * all until the last call is judged. The same result, since calls judged in parts and merged are calls judged
 * whole (see JudgedCalls). No chunks is one empty part, as judgeCalls judges no calls.
 */
export function judgeCallChunks(chunks: Iterable<Call[]>, thresholds: Thresholds, window: TimeWindow): JudgedCalls {
  const parts: JudgedCalls[] = [];
  for (const chunk of chunks) parts.push(judgeCalls(chunk, thresholds, window));
  return parts.length === 0 ? judgeCalls([], thresholds, window) : mergeJudgedCalls(parts);
}

/** The judgements of parts of the calls (no call in two parts) as the judgement of them all. Pure. */
export function mergeJudgedCalls(parts: readonly JudgedCalls[]): JudgedCalls {
  if (parts.length === 1) return parts[0]!;
  let outside = 0;
  let withoutStartTime = 0;
  let withoutStartTimePoor = 0;
  let withoutStartTimeUnknown = 0;
  let copies = 0;
  for (const part of parts) {
    outside += part.outside;
    withoutStartTime += part.withoutStartTime;
    withoutStartTimePoor += part.withoutStartTimePoor;
    withoutStartTimeUnknown += part.withoutStartTimeUnknown;
    copies += part.copies;
  }
  return {
    rows: parts.flatMap((part) => part.rows),
    outside,
    withoutStartTime,
    withoutStartTimePoor,
    withoutStartTimeUnknown,
    leftOutIds: parts.flatMap((part) => part.leftOutIds).sort(compareText),
    breakdowns: mergeFleetBreakdowns(parts.map((part) => part.breakdowns)),
    copies,
  };
}
