import { defaultThresholds, RULE_METRICS, type RuleMetric, type Thresholds } from './thresholds.js';
import { ThresholdError } from './threshold-error.js';
import { jsonKind } from '../config/json-kind.js';
import { flagValueMessage, readWrittenNumber, ValueProblem } from '../config/written-number.js';

/**
 * A change to limits: `metric` (mediaType null) for every media type the rule judges, `metric.MediaType`
 * (Audio, Video, VBSS, AppSharing, or default) for one. A null limit turns the rule off there.
 */
export interface ThresholdOverride {
  metric: RuleMetric;
  mediaType: string | null;
  limit: number | null;
  /** Where it came from, for error messages: "--threshold", "acs-calllogs.config.json: thresholds.jitterAvg". */
  origin: string;
}

const METRIC_BY_LOWER = new Map(RULE_METRICS.map((m) => [m.toLowerCase(), m]));
const MEDIA_TYPES = new Map(['default', 'Audio', 'Video', 'VBSS', 'AppSharing'].map((m) => [m.toLowerCase(), m]));

export function ruleMetric(name: string): RuleMetric | null {
  return METRIC_BY_LOWER.get(name.toLowerCase()) ?? null;
}

export function mediaTypeKey(name: string): string | null {
  return MEDIA_TYPES.get(name.toLowerCase()) ?? null;
}

/** `--threshold roundTripTimeAvg=900`, `--threshold videoFrameRateAvg.VBSS=2`, `--threshold jitterAvg.Video=off`. */
export function parseThresholdFlag(text: string): ThresholdOverride {
  const match = /^([A-Za-z]+)(?:\.([A-Za-z]+))?=(.*)$/s.exec(text);
  if (!match) throw new ThresholdError(`--threshold '${text}': expected <metric>[.<mediaType>]=<number|off>, e.g. roundTripTimeAvg=900, videoFrameRateAvg.VBSS=2 or packetLossRateAvg=15%`);
  const [, name, media, value] = match;
  const metric = ruleMetric(name!);
  if (!metric) throw new ThresholdError(`--threshold '${text}': unknown metric '${name}' (one of: ${RULE_METRICS.join(', ')})`);
  let mediaType: string | null = null;
  if (media !== undefined) {
    mediaType = mediaTypeKey(media);
    if (!mediaType) throw new ThresholdError(`--threshold '${text}': unknown media type '${media}' (one of: Audio, Video, VBSS, AppSharing)`);
  }
  try {
    return { metric, mediaType, limit: limitFromText(metric, value!, false), origin: '--threshold' };
  } catch (error) {
    if (error instanceof ValueProblem) throw new ThresholdError(flagValueMessage(`--threshold '${text}':`, value!, error));
    throw error;
  }
}

/** Metrics logged as a ratio from 0 to 1 (0.1 is 10%): their limits may be written as a percentage too. */
const RATIO_METRICS: ReadonlySet<RuleMetric> = new Set(['packetLossRateAvg', 'healedDataRatioAvg', 'healedDataRatioMax']);

/** What a limit of the metric takes, as a flag or (`inConfig`) the config file writes it. */
export function limitExpected(metric: RuleMetric, inConfig: boolean): string {
  const off = inConfig ? ', "off" or null' : ' or off';
  return RATIO_METRICS.has(metric) ? `a number from 0 to 1 (0.15), a percentage (${inConfig ? '"15%"' : '15%'})${off}` : `a number of at least 0 (900)${off}`;
}

/**
 * A limit of a metric as a flag writes it: a number as JSON writes one, an exponent allowed (config/written-number.ts),
 * `off` (null), or for a ratio a percentage (`10%` is 0.1). A ValueProblem for anything else. `inConfig`: the text is
 * a config file's string, and the problem says what the file takes.
 */
export function limitFromText(metric: RuleMetric, text: string, inConfig: boolean): number | null {
  if (inConfig ? text === 'off' : text.toLowerCase() === 'off') return null;
  const expected = limitExpected(metric, inConfig);
  const { value, percent } = readWrittenNumber(text, expected, { percent: true, exponent: true });
  if (percent && !RATIO_METRICS.has(metric)) throw new ValueProblem(`has a %, but ${metric} is not a ratio`, expected);
  if (inConfig && !percent) throw new ValueProblem('is a number written as a string: write it as a number', expected);
  return checkedLimit(metric, percent ? value / 100 : value, expected);
}

/** A limit of the config file: a JSON number, a string (as limitFromText reads it), or null (off). */
export function limitFromConfig(metric: RuleMetric, value: unknown): number | null {
  if (value === null) return null;
  if (typeof value === 'string') return limitFromText(metric, value, true);
  const expected = limitExpected(metric, true);
  if (typeof value !== 'number') throw new ValueProblem(`is ${jsonKind(value)}`, expected);
  if (!Number.isFinite(value)) throw new ValueProblem('is not a finite number', expected);
  return checkedLimit(metric, value, expected);
}

/**
 * A limit no value can cross is refused rather than taken: a negative one (every stream would be poor, or none), a
 * ratio over 1 (`10` written for 10%: no stream could ever be poor by it).
 */
function checkedLimit(metric: RuleMetric, n: number, expected: string): number {
  if (n < 0 || Object.is(n, -0)) throw new ValueProblem('is negative', expected);
  if (RATIO_METRICS.has(metric) && n > 1) throw new ValueProblem(`is over 1: ${metric} is a ratio from 0 to 1 (0.1 or 10% for a tenth)`, expected);
  return n;
}

/**
 * The defaults with the overrides applied in order (config first, then flags: the last word wins).
 * A bare metric sets the limit for every media type the rule judges (its default and each media type of its own:
 * `videoFrameRateAvg=5` sets Video, VBSS and AppSharing; `healedDataRatioAvg=0.2` sets Audio); `metric.MediaType` sets one.
 */
export function applyOverrides(overrides: ThresholdOverride[], base: Thresholds = defaultThresholds()): Thresholds {
  const result = structuredClone(base);
  for (const o of overrides) {
    const limits = result[o.metric].limits;
    if (o.mediaType !== null) limits[o.mediaType] = o.limit;
    else for (const key of Object.keys(limits)) limits[key] = o.limit;
  }
  return result;
}
