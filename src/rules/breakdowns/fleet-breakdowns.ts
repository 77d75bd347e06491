import type { AssessedCall } from '../assess-calls.js';
import { breakdownStreams, mergeStreamBreakdowns, type StreamBreakdowns } from './breakdown-streams.js';
import { type EndReasonBreakdown, endReasonsOf, mergeEndReasons } from './end-reasons.js';
import { mergeReliability, type Reliability, reliabilityOf } from './reliability.js';

/** Where poor quality comes from, over a set of calls: the fleet view of summarize. Pure. */
export interface FleetBreakdowns {
  streams: StreamBreakdowns;
  endReasons: EndReasonBreakdown;
  reliability: Reliability;
}

export function fleetBreakdowns(assessed: AssessedCall[]): FleetBreakdowns {
  const calls = assessed.map((a) => a.call);
  const endReasons = endReasonsOf(calls);
  return { streams: breakdownStreams(assessed), endReasons, reliability: reliabilityOf(calls, endReasons) };
}

/** The breakdowns of several parts of the calls (each call whole in one part) as the breakdowns of them all. */
export function mergeFleetBreakdowns(parts: readonly FleetBreakdowns[]): FleetBreakdowns {
  const endReasons = mergeEndReasons(parts.map((p) => p.endReasons));
  return {
    streams: mergeStreamBreakdowns(parts.map((p) => p.streams)),
    endReasons,
    reliability: mergeReliability(
      parts.map((p) => p.reliability),
      endReasons,
    ),
  };
}
