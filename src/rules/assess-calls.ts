import type { Call } from '../model/call.js';
import { type CallVerdict, evaluateCall } from './evaluate-call.js';
import { LimitsByMediaType } from './rule-limits.js';
import type { Thresholds } from './thresholds.js';
import type { CallRow } from './call-row.js';

export interface AssessedCall {
  call: Call;
  verdict: CallVerdict;
}

/** Every call with its verdict, in the order given (summarize lists CallRows, in byQuality order). */
export function assessCalls(calls: Call[], thresholds: Thresholds): AssessedCall[] {
  const limits = new LimitsByMediaType(thresholds);
  return calls.map((call) => ({ call, verdict: evaluateCall(call, thresholds, limits) }));
}

export interface QualityTotals {
  calls: number;
  poorCalls: number;
  unknownCalls: number;
  streams: number;
  poorStreams: number;
  /** Streams no rule could judge (no metric read): of unknown quality; `streams - unknownStreams` are known. */
  unknownStreams: number;
  /** Calls with a CallSummary (a leg logged), and of them those with a leg that failed (CallRow.failedLegs). */
  callsWithLegs: number;
  failedCalls: number;
  /**
   * Streams whose PacketUtilization was read as 0 (media may not have flowed: one-way audio), and the calls with one
   * (CallRow.zeroPacketStreams). Not a quality rule: in neither the poor nor the unknown counts by it, and no gate's.
   */
  streamsWithoutPackets: number;
  callsWithStreamsWithoutPackets: number;
}

export function totalsOf(rows: CallRow[]): QualityTotals {
  const totals: QualityTotals = { calls: rows.length, poorCalls: 0, unknownCalls: 0, streams: 0, poorStreams: 0, unknownStreams: 0, callsWithLegs: 0, failedCalls: 0, streamsWithoutPackets: 0, callsWithStreamsWithoutPackets: 0 };
  for (const row of rows) {
    if (row.quality === 'poor') totals.poorCalls++;
    if (row.quality === 'unknown') totals.unknownCalls++;
    totals.streams += row.streams;
    totals.poorStreams += row.poorStreams;
    totals.unknownStreams += row.unknownStreams;
    if (row.legs > 0) totals.callsWithLegs++;
    if (row.failedLegs.length > 0) totals.failedCalls++;
    totals.streamsWithoutPackets += row.zeroPacketStreams.length;
    if (row.zeroPacketStreams.length > 0) totals.callsWithStreamsWithoutPackets++;
  }
  return totals;
}
