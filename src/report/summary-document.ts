import type { InputShape } from '../input/input-event.js';
import { skippedFileCount } from '../model/files-read.js';
import type { LoadedCalls } from '../model/load-calls.js';
import { type FileCounts, itemsRead } from '../model/file-tally.js';
import type { InputCounts } from '../model/input-counts.js';
import { totalNotRead } from '../model/values-not-read.js';
import type { QualityTotals } from '../rules/assess-calls.js';
import type { CallRow, FailedLeg } from '../rules/call-row.js';
import type { GateResult, GateSource } from '../rules/gates.js';
import type { Quality, StreamIssue, StreamRef } from '../rules/issue.js';
import type { Thresholds } from '../rules/thresholds.js';
import type { FleetBreakdowns } from '../rules/breakdowns/fleet-breakdowns.js';
import type { Listing, ListingOptions } from '../rules/list-calls.js';
import type { LeftOutCalls } from '../rules/judge-calls.js';
import type { TimeWindow } from '../rules/time-window.js';
import { type BreakdownsJson, breakdownsJson } from './breakdowns-json.js';
import { isoOrNull } from './format-values.js';
import { gateSourceJson } from './config-file-shown.js';
import { type JudgedNothing, judgedNothingOf, summaryGatesJudgedNothing } from './gates-judged-nothing.js';
import { type LocalTimesJson, localTimesJson } from './local-times-json.js';
import { type UndecidedDatesJson, undecidedDatesJson } from './undecided-dates-json.js';

/** The rules in force as JSON: `{ "roundTripTimeAvg": { "breachWhen": "above", "default": 500 }, … }`. */
export type ThresholdsJson = Record<string, RuleJson>;

// An interface with an index signature, not `{ breachWhen } & Record<…>`: the generated JSON Schema (npm run
// build:schema) of that intersection keeps breachWhen and loses the limits.
/** One rule: `breachWhen` (above or below), and its limit by media type, `default` for the others; null turns it off for one. */
export interface RuleJson {
  breachWhen: string;
  [mediaType: string]: number | string | null;
}

export interface CallJson {
  correlationId: string;
  callType: string | null;
  startTime: string | null;
  durationSeconds: number | null;
  participants: number | null;
  streams: number;
  poorStreams: number;
  /** Streams no rule could judge (no metric read): of unknown quality. */
  unknownStreams: number;
  /**
   * Of unknownStreams, those with a metric read that no rule judges (its rule turned off, a limit only for other media
   * types, PacketUtilization alone): the reports say "no metric a rule judges" when there is one, else "no metric read".
   */
  unknownStreamsWithMetrics: number;
  quality: Quality;
  issues: StreamIssue[];
  /** Legs that ended on an unexpected error (dropped or not), with their end code. */
  failedLegs: FailedLeg[];
  /**
   * Streams whose PacketUtilization was read as 0: the schema's "media may not be flowing" (one-way audio). Not a
   * quality rule (such a stream is judged by its metrics as any other); `zeroPacketStreams` says which they are.
   */
  streamsWithoutPackets: number;
  zeroPacketStreams: StreamRef[];
}

/** `--format json` of summarize: a contract other tools read. Bump schemaVersion on any breaking change. */
export interface SummaryDocument {
  schemaVersion: 1;
  thresholds: ThresholdsJson;
  /**
   * What was read. Every item read (JSON line, array element, CSV row) is counted once:
   * read = used + duplicates + superseded + ignored + invalid, and records = read - invalid. `copies`: of the
   * used, those that held what another record of their call holds in other bytes (the same leg or stream from two
   * layouts of an export, or written twice in one with a number written otherwise: 600.0 and 600), counted once in the calls; not in the sum. `byFile` (with --verbose) gives the same counts per file. `timesNotRead`: field values that are not dates,
   * `numbersNotRead`: numeric field values that are not numbers, or are out of what the field can be (a duration
   * below 0 or over 31 days, a metric below 0, a ratio over 1, a freeze over a minute's 60000 ms) (stderr names the
   * files), counted as absent; not records, so not in the sum. Both of the used records only: not of a duplicate (the
   * copy read first is the one used), of a version superseded, nor of an ignored record (never read).
   * `undecidedDates`: the CSV files whose dates do not tell day from month, read in the order their form gives (as
   * stderr warns); empty when there is none. `localTimes`: the CSV files whose times are headed in another zone than
   * UTC (`[Local Time]`), read as UTC (as stderr warns): start times and the time window are off by its offset, verdicts
   * are not; empty when there is none.
   */
  input: Omit<InputCounts, 'filtered'> & {
    read: number;
    skippedFiles: number;
    timesNotRead: number;
    numbersNotRead: number;
    undecidedDates: UndecidedDatesJson[];
    localTimes: LocalTimesJson[];
    shapes: Partial<Record<InputShape, number>>;
    byFile?: FileCountsJson[];
  };
  totals: QualityTotals;
  /** The gates that were set, each with its outcome; empty without gates. */
  gates: GateJson[];
  /**
   * The time window applied to the calls' CallStartTime (--since/--until; null = open) and the calls it left out.
   * totals, gates and breakdowns are over the selected calls. Always written by summarize.
   */
  selection?: SelectionJson;
  /** How calls[] was listed (--sort, --only-poor, --limit) and how many calls it leaves out; never affects totals. */
  listing?: ListingJson;
  /** Where poor quality comes from; see the README's JSON contract. Always written by summarize. */
  breakdowns?: BreakdownsJson;
  calls: CallJson[];
}

/** A gate set and its outcome, as the JSON writes it. */
export interface GateJson extends GateResult {
  /**
   * Where the gate was set: its flag, or its key in the config file, the file relative to the folder the command ran
   * in when under it (`ci/gates.json`), else its absolute path, as every report for a reader names it.
   */
  source: GateSource;
  /**
   * Why it passed with nothing to judge (no call in the selection, none of known quality, for max-failed-calls none
   * with CallSummary), in the words stderr, Markdown, github and JUnit say it in (`no call in the selection`): its
   * `of: 0` reads as a pass. Null when it judged something, or crossed.
   */
  nothingToJudge: string | null;
}

export interface SelectionJson {
  since: string | null;
  until: string | null;
  /** Calls whose callStartTime (the earliest CallStartTime of their legs) is outside the window. */
  callsOutside: number;
  /**
   * Calls without a callStartTime (no CallSummary logs a CallStartTime read as a time, whatever else tells when the
   * call began): left out when a window is set, and counted here.
   */
  callsWithoutStartTime: number;
  /** Of callsWithoutStartTime, the poor calls: left out of the totals and gates as the others are, and told on stderr. */
  callsWithoutStartTimePoor: number;
  /** Of callsWithoutStartTime, the calls of unknown quality (no metric read on any stream, or no stream). */
  callsWithoutStartTimeUnknown: number;
}

export interface ListingJson extends ListingOptions {
  listed: number;
  notListed: number;
}

/** What summarize adds to the calls: the window, the listing and the breakdowns. */
export interface FleetView {
  window: TimeWindow & LeftOutCalls;
  listing: ListingOptions & Listing;
  breakdowns: FleetBreakdowns;
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

export function callJson(row: CallRow): CallJson {
  return {
    correlationId: row.correlationId,
    callType: row.callType,
    startTime: isoOrNull(row.startTime),
    durationSeconds: row.durationSeconds,
    participants: row.legs === 0 ? null : row.legs,
    streams: row.streams,
    poorStreams: row.poorStreams,
    unknownStreams: row.unknownStreams,
    unknownStreamsWithMetrics: row.unknownStreamsWithMetrics,
    quality: row.quality,
    issues: row.issues,
    failedLegs: row.failedLegs,
    streamsWithoutPackets: row.zeroPacketStreams.length,
    zeroPacketStreams: row.zeroPacketStreams,
  };
}

export function summaryDocument(
  loaded: LoadedCalls,
  /** Every call judged, in byQuality order. */
  rows: CallRow[],
  totals: QualityTotals,
  thresholds: Thresholds,
  gates: GateResult[] = [],
  view?: FleetView,
  /** The gates that passed with nothing to judge (gates-judged-nothing.ts), as the other reports are told of them. */
  judgedNothing: readonly JudgedNothing[] = summaryGatesJudgedNothing(gates, totals, rows.some((r) => r.unknownStreamsWithMetrics > 0)),
): SummaryDocument {
  const c = loaded.counts;
  const input: SummaryDocument['input'] = {
    files: c.files,
    read: itemsRead(c),
    records: c.records,
    used: c.used,
    copies: c.copies,
    invalid: c.invalid,
    duplicates: c.duplicates,
    superseded: c.superseded,
    ignored: c.ignored,
    skippedFiles: skippedFileCount(loaded.skipped),
    timesNotRead: totalNotRead(loaded.valuesNotRead, 'time'),
    numbersNotRead: totalNotRead(loaded.valuesNotRead, 'number'),
    undecidedDates: undecidedDatesJson(loaded.undecidedDates),
    localTimes: localTimesJson(loaded.zoned),
    shapes: loaded.shapes,
    byCategory: c.byCategory,
  };
  if (loaded.perFile) input.byFile = fileCountsJson(loaded.perFile, false);
  return {
    schemaVersion: 1,
    thresholds: thresholdsJson(thresholds),
    input,
    totals,
    gates: gates.map((gate) => ({ ...gate, source: gateSourceJson(gate.source), nothingToJudge: judgedNothingOf(gate, judgedNothing)?.why ?? null })),
    ...(view === undefined ? {} : fleetViewJson(view)),
    calls: (view?.listing.listed ?? rows).map(callJson),
  };
}

/** The window, the listing and the breakdowns, as the document carries them (before `calls`). */
function fleetViewJson({ window: w, listing: l, breakdowns }: FleetView): Pick<SummaryDocument, 'selection' | 'listing' | 'breakdowns'> {
  return {
    selection: {
      since: isoOrNull(w.since),
      until: isoOrNull(w.until),
      callsOutside: w.outside,
      callsWithoutStartTime: w.withoutStartTime,
      callsWithoutStartTimePoor: w.withoutStartTimePoor,
      callsWithoutStartTimeUnknown: w.withoutStartTimeUnknown,
    },
    listing: { sort: l.sort, onlyPoor: l.onlyPoor, limit: l.limit, listed: l.listed.length, notListed: l.notListed },
    breakdowns: breakdownsJson(breakdowns),
  };
}
