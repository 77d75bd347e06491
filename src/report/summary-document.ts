import type { InputShape } from '../input/input-event.js';
import type { LoadedCalls } from '../model/load-calls.js';
import type { InputCounts } from '../model/record-ledger.js';
import type { AssessedCall, QualityTotals } from '../rules/assess-calls.js';
import type { GateResult } from '../rules/gates.js';
import type { Quality, StreamIssue } from '../rules/issue.js';
import type { Thresholds } from '../rules/thresholds.js';
import { isoOrNull } from './format-values.js';

/** The rules in force as JSON: `{ "roundTripTimeAvg": { "breachWhen": "above", "default": 500 }, … }`. */
export type ThresholdsJson = Record<string, { breachWhen: string } & Record<string, number | string | null>>;

export interface CallJson {
  correlationId: string;
  callType: string | null;
  startTime: string | null;
  durationSeconds: number | null;
  participants: number | null;
  streams: number;
  poorStreams: number;
  quality: Quality;
  issues: StreamIssue[];
}

/** `--format json` of summarize: a contract other tools read. Bump schemaVersion on any breaking change. */
export interface SummaryDocument {
  schemaVersion: 1;
  thresholds: ThresholdsJson;
  /** What was read: records = used + duplicates + superseded + ignored; invalid items are not records. */
  input: Omit<InputCounts, 'filtered'> & { skippedFiles: number; shapes: Partial<Record<InputShape, number>> };
  totals: QualityTotals;
  /** The gates that were set, each with its outcome; empty without gates. */
  gates: GateResult[];
  calls: CallJson[];
}

export function thresholdsJson(thresholds: Thresholds): ThresholdsJson {
  const out: ThresholdsJson = {};
  for (const [metric, rule] of Object.entries(thresholds)) out[metric] = { breachWhen: rule.breachWhen, ...rule.limits };
  return out;
}

export function callJson({ call, verdict }: AssessedCall): CallJson {
  return {
    correlationId: call.correlationId,
    callType: call.callType,
    startTime: isoOrNull(call.startTime),
    durationSeconds: call.durationSeconds,
    participants: call.legs.length === 0 ? null : call.legs.length,
    streams: call.streams.length,
    poorStreams: verdict.poorStreams,
    quality: verdict.quality,
    issues: verdict.issues,
  };
}

export function summaryDocument(
  loaded: LoadedCalls,
  assessed: AssessedCall[],
  totals: QualityTotals,
  thresholds: Thresholds,
  gates: GateResult[] = [],
): SummaryDocument {
  const c = loaded.counts;
  return {
    schemaVersion: 1,
    thresholds: thresholdsJson(thresholds),
    input: {
      files: c.files,
      records: c.records,
      used: c.used,
      invalid: c.invalid,
      duplicates: c.duplicates,
      superseded: c.superseded,
      ignored: c.ignored,
      skippedFiles: loaded.skipped.length,
      shapes: loaded.shapes,
      byCategory: c.byCategory,
    },
    totals,
    gates,
    calls: assessed.map(callJson),
  };
}
