import { defaultThresholds, RULE_METRICS, type RuleMetric, type Thresholds } from './thresholds.js';
import { ThresholdError } from './threshold-error.js';
import { readDecimal } from '../schema/values.js';

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
  const match = /^\s*([A-Za-z]+)(?:\.([A-Za-z]+))?\s*=\s*(\S+)\s*$/.exec(text);
  if (!match) throw new ThresholdError(`--threshold '${text}': expected <metric>[.<mediaType>]=<number|off>, e.g. roundTripTimeAvg=900, videoFrameRateAvg.VBSS=2 or packetLossRateAvg=15%`);
  const [, name, media, value] = match;
  const metric = ruleMetric(name!);
  if (!metric) throw new ThresholdError(`--threshold '${text}': unknown metric '${name}' (one of: ${RULE_METRICS.join(', ')})`);
  let mediaType: string | null = null;
  if (media !== undefined) {
    mediaType = mediaTypeKey(media);
    if (!mediaType) throw new ThresholdError(`--threshold '${text}': unknown media type '${media}' (one of: Audio, Video, VBSS, AppSharing)`);
  }
  return { metric, mediaType, limit: parseLimit(metric, value!, `--threshold '${text}'`), origin: '--threshold' };
}

/** Metrics logged as a ratio from 0 to 1 (0.1 is 10%): their limits may be written as a percentage too. */
const RATIO_METRICS: ReadonlySet<RuleMetric> = new Set(['packetLossRateAvg', 'healedDataRatioAvg', 'healedDataRatioMax']);

/**
 * A limit of a metric: a number, `off` (null), or for a ratio a percentage (`10%` is 0.1). A limit no value can
 * cross is refused rather than taken: a negative one (every stream would be poor, or none), a ratio over 1 (`10`
 * written for 10%: no stream could ever be poor by it).
 */
export function parseLimit(metric: RuleMetric, value: string | number | null, where: string): number | null {
  if (value === null) return null;
  let n: number;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new ThresholdError(`${where}: not a finite number`);
    n = value;
  } else {
    if (value.toLowerCase() === 'off') return null;
    const percent = /^\s*([^%]+?)\s*%\s*$/.exec(value);
    if (percent !== null && !RATIO_METRICS.has(metric)) throw new ThresholdError(`${where}: ${metric} is not a ratio: write its limit as a number, without %`);
    // Decimal notation only (Number() alone would take 0x10 for 16); not a log's decimal comma, which a limit never needs.
    const read = readDecimal(percent === null ? value : percent[1]!);
    if (read === null) throw new ThresholdError(`${where}: '${value}' is not a number (or 'off')`);
    n = percent === null ? read : read / 100;
  }
  if (n < 0) throw new ThresholdError(`${where}: a limit is at least 0`);
  if (RATIO_METRICS.has(metric) && n > 1) throw new ThresholdError(`${where}: ${metric} is a ratio from 0 to 1: write 0.1 or 10% for a tenth`);
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
