import type { Call } from '../model/call.js';

/**
 * Calls selected by the time they started: since ≤ callStartTime < until (epoch ms; null = open). The call's own
 * CallStartTime, not a leg's ParticipantStartTime nor a record's TimeGenerated (written when the call ends).
 */
export interface TimeWindow {
  since: number | null;
  until: number | null;
}

export interface WindowedCalls {
  selected: Call[];
  /** Calls that started outside the window. */
  outside: number;
  /** Calls without a callStartTime (no CallSummary logs a CallStartTime), left out whenever a window is set. */
  withoutStartTime: Call[];
  /** The ids of the calls left out (outside, or without a callStartTime). */
  leftOutIds: string[];
}

export function isOpenWindow(window: TimeWindow): boolean {
  return window.since === null && window.until === null;
}

export function selectByStartTime(calls: Call[], window: TimeWindow): WindowedCalls {
  if (isOpenWindow(window)) return { selected: calls, outside: 0, withoutStartTime: [], leftOutIds: [] };
  const selected: Call[] = [];
  const withoutStartTime: Call[] = [];
  const leftOutIds: string[] = [];
  let outside = 0;
  for (const call of calls) {
    const start = call.callStartTime;
    if (start === null) withoutStartTime.push(call);
    else if ((window.since !== null && start < window.since) || (window.until !== null && start >= window.until)) outside++;
    else {
      selected.push(call);
      continue;
    }
    leftOutIds.push(call.correlationId);
  }
  return { selected, outside, withoutStartTime, leftOutIds };
}
