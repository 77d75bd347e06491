import type { InputShape } from '../input/input-event.js';
import type { LoadedCalls } from '../model/load-calls.js';
import { type FileCounts, itemsRead } from '../model/file-tally.js';
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
  /**
   * What was read. Every item read (JSON line, array element, CSV row) is counted once:
   * read = used + duplicates + superseded + ignored + invalid, and records = read - invalid.
   * `byFile` (with --verbose) gives the same counts per file.
   */
  input: Omit<InputCounts, 'filtered'> & {
    read: number;
    skippedFiles: number;
    shapes: Partial<Record<InputShape, number>>;
    byFile?: FileCountsJson[];
  };
  totals: QualityTotals;
  /** The gates that were set, each with its outcome; empty without gates. */
  gates: GateResult[];
  calls: CallJson[];
}

/** One file's counts in the JSON documents: read = used + duplicates + superseded + ignored + invalid (+ filtered, for call). */
export type FileCountsJson = Omit<FileCounts, 'filtered'> & { filtered?: number };

export function fileCountsJson(files: FileCounts[], withFiltered: boolean): FileCountsJson[] {
  return files.map(({ filtered, ...rest }) => (withFiltered ? { ...rest, filtered } : rest));
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
  const input: SummaryDocument['input'] = {
    files: c.files,
    read: itemsRead(c),
    records: c.records,
    used: c.used,
    invalid: c.invalid,
    duplicates: c.duplicates,
    superseded: c.superseded,
    ignored: c.ignored,
    skippedFiles: loaded.skipped.length,
    shapes: loaded.shapes,
    byCategory: c.byCategory,
  };
  if (loaded.perFile) input.byFile = fileCountsJson(loaded.perFile, false);
  return {
    schemaVersion: 1,
    thresholds: thresholdsJson(thresholds),
    input,
    totals,
    gates,
    calls: assessed.map(callJson),
  };
}
