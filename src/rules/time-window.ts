import type { Call } from '../model/call.js';

/** Calls selected by start time: since ≤ start < until (epoch ms; null = open). */
export interface TimeWindow {
  since: number | null;
  until: number | null;
}

export interface WindowedCalls {
  selected: Call[];
  /** Calls that started outside the window. */
  outside: number;
  /** Calls without a start time (no CallSummary), left out whenever a window is set. */
  withoutStartTime: number;
  /** The ids of the calls left out (outside, or without a start time). */
  leftOutIds: string[];
}

export function isOpenWindow(window: TimeWindow): boolean {
  return window.since === null && window.until === null;
}

export function selectByStartTime(calls: Call[], window: TimeWindow): WindowedCalls {
  if (isOpenWindow(window)) return { selected: calls, outside: 0, withoutStartTime: 0, leftOutIds: [] };
  const selected: Call[] = [];
  const leftOutIds: string[] = [];
  let outside = 0;
  let withoutStartTime = 0;
  for (const call of calls) {
    const start = call.startTime;
    if (start === null) withoutStartTime++;
    else if ((window.since !== null && start < window.since) || (window.until !== null && start >= window.until)) outside++;
    else {
      selected.push(call);
      continue;
    }
    leftOutIds.push(call.correlationId);
  }
  return { selected, outside, withoutStartTime, leftOutIds };
}
