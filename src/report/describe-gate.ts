import type { GateResult, GateSource } from '../rules/gates.js';
import { escapedHidden } from '../schema/visible-id.js';
import { configFileShown } from './config-file-shown.js';
import { formatNumber } from './format-values.js';

/** How a gate's line names the config file that set it: where paths are told from, and how the report writes one. */
export interface GateWording {
  /** The folder a path under it is shown relative to (the run's). */
  cwd?: string;
  /** The path as the report writes it (Markdown: a code span); as it is by default. */
  path?: (shown: string) => string;
}

const NOUN: Record<GateResult['gate'], [one: string, many: string]> = {
  'max-poor-calls': ['poor call', 'poor calls'],
  'max-poor-streams': ['poor stream', 'poor streams'],
  'max-failed-calls': ['call with a failed leg', 'calls with a failed leg'],
  'fail-on-unknown': ['call of unknown quality', 'calls of unknown quality'],
  'fail-on-poor': ['poor call', 'poor calls'],
};

/**
 * "max-poor-calls crossed: 37.5% poor calls (3 of 8 known) > 10% allowed — over by 27.5 points (set by
 * --max-poor-calls)": the outcome, then where the gate was set (gateSourceText).
 */
export function describeGate(result: GateResult, wording: GateWording = {}): string {
  const set = gateSourceText(result.source, wording);
  // "0 poor calls (none allowed; set by --fail-on-poor)": one parenthesis, not two side by side.
  const noneAllowed = !result.crossed && (result.gate === 'fail-on-unknown' || result.gate === 'fail-on-poor');
  return `${describeOutcome(result)} (${noneAllowed ? 'none allowed; ' : ''}${set})`;
}

/**
 * Where a gate was set, as every report meant for a reader says it: "set by --max-poor-calls", or "set by
 * gates.maxPoorCalls in ci/acs-calllogs.config.json" — the file relative to the run's folder when under it, else
 * its absolute path (one found further up, which the job's command line does not show). A build failed by a limit
 * of 0 that no flag of the job sets then says which file to look in.
 */
export function gateSourceText(source: GateSource, { cwd = process.cwd(), path = (shown) => shown }: GateWording = {}): string {
  if (source.kind === 'flag') return `set by ${source.flag}`;
  return `set by ${source.key} in ${path(configFileSaid(source.file, cwd))}`;
}

/** The file as configFileShown names it; what a terminal or a CI log would act on escaped (`\u001b`), as stderr names files. */
export function configFileSaid(file: string, cwd: string = process.cwd()): string {
  return escapedHidden(configFileShown(file, cwd));
}

/** The outcome alone: "max-poor-calls crossed: 4 poor calls > 0 allowed — over by 4", "fail-on-poor passed: 0 poor calls". */
function describeOutcome(result: GateResult): string {
  const [one, many] = NOUN[result.gate];
  // A percentage speaks of the share ("12% poor streams"); a count agrees with its number.
  const noun = result.unit === 'count' && result.count === 1 ? one : many;
  const verdict = result.crossed ? 'crossed' : 'passed';
  if (result.gate === 'fail-on-unknown' || result.gate === 'fail-on-poor') {
    return `${result.gate} ${verdict}: ${result.count} ${noun}`;
  }
  if (result.unit === 'percent') {
    const gap = formatNumber(result.actual - result.limit);
    const over = result.crossed ? ` — over by ${gap} ${gap === '1' ? 'point' : 'points'}` : '';
    const of = result.gate === 'max-failed-calls' ? 'with a CallSummary' : 'known';
    return `${result.gate} ${verdict}: ${shareText(result)}% ${noun} (${result.count} of ${result.of} ${of}) ${result.crossed ? '>' : '≤'} ${result.limit}% allowed${over}`;
  }
  const over = result.crossed ? ` — over by ${result.actual - result.limit}` : '';
  return `${result.gate} ${verdict}: ${result.count} ${noun} ${result.crossed ? '>' : '≤'} ${result.limit} allowed${over}`;
}

/**
 * The share found, to as many places as keep it on its side of the limit (shown as given): 4 of 7 over 57.14% is
 * 57.143%, and 2 of 3 under 66.667% is 66.667%, not 66.67%, which would read as over.
 */
function shareText(result: GateResult): string {
  const onItsSide = (shown: number) => (result.crossed ? shown > result.limit : shown <= result.limit);
  const shown = formatNumber(result.actual);
  if (onItsSide(Number(shown))) return shown;
  for (let places = 1; places <= 12; places++) {
    const text = result.actual.toFixed(places);
    if (onItsSide(Number(text))) return String(Number(text));
  }
  return shown;
}
