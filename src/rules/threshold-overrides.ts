import { defaultThresholds, RULE_METRICS, type RuleMetric, type Thresholds } from './thresholds.js';

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
/** The media types a limit may be given for (`default`: any other), as the config's keys and `--threshold metric.X` spell them. */
export const MEDIA_TYPE_KEYS = ['default', 'Audio', 'Video', 'VBSS', 'AppSharing'] as const;
const MEDIA_TYPES = new Map(MEDIA_TYPE_KEYS.map((m) => [m.toLowerCase(), m]));

export function ruleMetric(name: string): RuleMetric | null {
  return METRIC_BY_LOWER.get(name.toLowerCase()) ?? null;
}

export function mediaTypeKey(name: string): string | null {
  return MEDIA_TYPES.get(name.toLowerCase()) ?? null;
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
