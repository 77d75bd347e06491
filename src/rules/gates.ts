import type { QualityTotals } from './assess-calls.js';
import type { Quality } from './issue.js';

/** `3` (at most three) or `10%` (at most a tenth of the calls — or streams — whose quality is known). */
export type CountLimit = { kind: 'count'; max: number } | { kind: 'percent'; max: number };

export interface Gates {
  maxPoorCalls?: CountLimit;
  maxPoorStreams?: CountLimit;
  /** Calls with a leg that ended on an unexpected error (a call that never connected, a dropped leg). */
  maxFailedCalls?: CountLimit;
  failOnUnknown?: boolean;
  /** Fail when a call (summarize: any call) is poor. */
  failOnPoor?: boolean;
}

export type GateName = 'max-poor-calls' | 'max-poor-streams' | 'max-failed-calls' | 'fail-on-unknown' | 'fail-on-poor';

/**
 * Where a gate was set: its flag on the command line (`--max-poor-calls`, `--fail-on-poor`), or its key in the config
 * file (`gates.maxPoorCalls` of the file's absolute path). A config file found further up than the job's folder can
 * set a limit of 0 that the command line does not show: a crossed gate says where it came from.
 */
export type GateSource = { kind: 'flag'; flag: string } | { kind: 'config'; file: string; key: string };

/** Each gate set's source, by gate (config/resolve-settings.ts); a gate not in it was set as its own flag (`--<gate>`). */
export type GateSources = Partial<Record<GateName, GateSource>>;

/** One gate's outcome, as Lighthouse CI reports an assertion: pure data, worded by the report layer. */
export interface GateResult {
  gate: GateName;
  crossed: boolean;
  /** What was found: a count, or a percentage when the limit is one. */
  actual: number;
  limit: number;
  unit: 'count' | 'percent';
  /** The count behind a percentage, and what it is a percentage of. */
  count: number;
  of: number;
  /** Where the gate was set. */
  source: GateSource;
}

export class GateError extends Error {}

/** Far below any real gap between a share of calls and a limit, far above floating point's error on one. */
const PERCENT_ROUNDING = 1e-9;

/** A gate's source, as told; else its own flag, the name of which is the gate's. */
function sourceOf(gate: GateName, sources: GateSources): GateSource {
  return sources[gate] ?? { kind: 'flag', flag: `--${gate}` };
}

function countGate(gate: GateName, limit: CountLimit, count: number, known: number, source: GateSource): GateResult {
  if (limit.kind === 'count') {
    return { gate, crossed: count > limit.max, actual: count, limit: limit.max, unit: 'count', count, of: known, source };
  }
  // count * 100 / known, not count / known * 100: one rounding, so a share that is a short decimal is that number
  // (7 of 25 is 28, where the other order gave 28.000000000000004 in JSON's `actual`, over a `limit` of 28 that
  // passed). At the limit is not over it, whatever floating point makes of a share; hence the tolerance too.
  const percent = known === 0 ? 0 : (count * 100) / known;
  return { gate, crossed: percent - limit.max > PERCENT_ROUNDING, actual: percent, limit: limit.max, unit: 'percent', count, of: known, source };
}

/** The summarize gates that are set, each with its outcome. */
export function evaluateSummaryGates(totals: QualityTotals, gates: Gates, sources: GateSources = {}): GateResult[] {
  const results: GateResult[] = [];
  const knownCalls = totals.calls - totals.unknownCalls;
  const from = (gate: GateName) => sourceOf(gate, sources);
  if (gates.maxPoorCalls) results.push(countGate('max-poor-calls', gates.maxPoorCalls, totals.poorCalls, knownCalls, from('max-poor-calls')));
  // Of the streams of known quality: a stream with no metric read is neither poor nor good, and would dilute the share.
  const knownStreams = totals.streams - totals.unknownStreams;
  if (gates.maxPoorStreams) results.push(countGate('max-poor-streams', gates.maxPoorStreams, totals.poorStreams, knownStreams, from('max-poor-streams')));
  if (gates.maxFailedCalls) results.push(countGate('max-failed-calls', gates.maxFailedCalls, totals.failedCalls, totals.callsWithLegs, from('max-failed-calls')));
  if (gates.failOnPoor) results.push(noneAllowed('fail-on-poor', totals.poorCalls, knownCalls, from('fail-on-poor')));
  if (gates.failOnUnknown) results.push(noneAllowed('fail-on-unknown', totals.unknownCalls, totals.calls, from('fail-on-unknown')));
  return results;
}

/**
 * The gates `call` judges one call by: poor, or of unknown quality. The count gates are summarize's (a share of one
 * call is no gate): a config file shared by both commands sets them for summarize, and `call` neither applies them nor,
 * in --print-config, shows them as in force.
 */
export function callGates(gates: Gates): Gates {
  const out: Gates = {};
  if (gates.failOnUnknown) out.failOnUnknown = true;
  if (gates.failOnPoor) out.failOnPoor = true;
  return out;
}

/** The gates of one call (`call`): poor, or of unknown quality (callGates). */
export function evaluateCallGates(quality: Quality, gates: Gates, sources: GateSources = {}): GateResult[] {
  const results: GateResult[] = [];
  if (gates.failOnPoor) results.push(noneAllowed('fail-on-poor', quality === 'poor' ? 1 : 0, quality === 'unknown' ? 0 : 1, sourceOf('fail-on-poor', sources)));
  if (gates.failOnUnknown) results.push(noneAllowed('fail-on-unknown', quality === 'unknown' ? 1 : 0, 1, sourceOf('fail-on-unknown', sources)));
  return results;
}

function noneAllowed(gate: 'fail-on-poor' | 'fail-on-unknown', count: number, of: number, source: GateSource): GateResult {
  return { gate, crossed: count > 0, actual: count, limit: 0, unit: 'count', count, of, source };
}

/** 1 when any gate is crossed, else 0 (usage and input errors, 2, never reach here). Pure, as attw's getExitCode. */
export function gateExitCode(results: GateResult[]): 0 | 1 {
  return results.some((r) => r.crossed) ? 1 : 0;
}
