import { defaultThresholds, RULE_METRICS, type RuleMetric, type Thresholds } from './thresholds.js';
import { ThresholdError } from './threshold-error.js';

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
  if (!match) throw new ThresholdError(`--threshold '${text}': expected <metric>[.<mediaType>]=<number|off>, e.g. roundTripTimeAvg=900 or videoFrameRateAvg.VBSS=2`);
  const [, name, media, value] = match;
  const metric = ruleMetric(name!);
  if (!metric) throw new ThresholdError(`--threshold '${text}': unknown metric '${name}' (one of: ${RULE_METRICS.join(', ')})`);
  let mediaType: string | null = null;
  if (media !== undefined) {
    mediaType = mediaTypeKey(media);
    if (!mediaType) throw new ThresholdError(`--threshold '${text}': unknown media type '${media}' (one of: Audio, Video, VBSS, AppSharing)`);
  }
  return { metric, mediaType, limit: parseLimit(value!, `--threshold '${text}'`), origin: '--threshold' };
}

export function parseLimit(value: string | number | null, where: string): number | null {
  if (value === null) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new ThresholdError(`${where}: not a finite number`);
    return value;
  }
  if (value.toLowerCase() === 'off') return null;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new ThresholdError(`${where}: '${value}' is not a number (or 'off')`);
  return n;
}

/**
 * The defaults with the overrides applied in order (config first, then flags: the last word wins).
 * A bare metric sets the limit for every media type the rule judges (its default and each media type of its own:
 * `videoFrameRateAvg=5` sets Video and VBSS); `metric.MediaType` sets one.
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
