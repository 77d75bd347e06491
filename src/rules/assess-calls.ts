import type { Call } from '../model/call.js';
import { type CallVerdict, evaluateCall } from './evaluate-call.js';
import { LimitsByMediaType } from './rule-limits.js';
import type { Quality } from './issue.js';
import type { Thresholds } from './thresholds.js';
import { compareText } from '../model/compare-text.js';

export interface AssessedCall {
  call: Call;
  verdict: CallVerdict;
}

const QUALITY_ORDER: Record<Quality, number> = { poor: 0, unknown: 1, good: 2 };

/** Every call with its verdict: poor calls first (most poor streams first), then unknown, then good; by start time within. */
export function assessCalls(calls: Call[], thresholds: Thresholds): AssessedCall[] {
  const limits = new LimitsByMediaType(thresholds);
  return calls
    .map((call) => ({ call, verdict: evaluateCall(call, thresholds, limits) }))
    .sort(
      (a, b) =>
        QUALITY_ORDER[a.verdict.quality] - QUALITY_ORDER[b.verdict.quality] ||
        b.verdict.poorStreams - a.verdict.poorStreams ||
        (a.call.startTime ?? Infinity) - (b.call.startTime ?? Infinity) ||
        compareText(a.call.correlationId, b.call.correlationId),
    );
}

export interface QualityTotals {
  calls: number;
  poorCalls: number;
  unknownCalls: number;
  streams: number;
  poorStreams: number;
}

export function totalsOf(assessed: AssessedCall[]): QualityTotals {
  const totals: QualityTotals = { calls: assessed.length, poorCalls: 0, unknownCalls: 0, streams: 0, poorStreams: 0 };
  for (const { call, verdict } of assessed) {
    if (verdict.quality === 'poor') totals.poorCalls++;
    if (verdict.quality === 'unknown') totals.unknownCalls++;
    totals.streams += call.streams.length;
    totals.poorStreams += verdict.poorStreams;
  }
  return totals;
}
