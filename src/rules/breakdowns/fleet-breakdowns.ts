import type { AssessedCall } from '../assess-calls.js';
import { breakdownStreams, type StreamBreakdowns } from './breakdown-streams.js';
import { type EndReasonBreakdown, endReasonsOf } from './end-reasons.js';
import { type Reliability, reliabilityOf } from './reliability.js';

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
