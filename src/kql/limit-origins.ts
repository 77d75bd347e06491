import { RULE_METRICS, type RuleMetric, type Thresholds } from '../rules/thresholds.js';

/** Where each limit in force came from, by `metric.mediaType` (`roundTripTimeAvg.default`): a label for comments. */
export type LimitOrigins = ReadonlyMap<string, string>;

export const DEFAULT_ORIGIN = 'default';
export const FLAG_ORIGIN = '--threshold';

export function limitKey(metric: RuleMetric, mediaType: string): string {
  return `${metric}.${mediaType}`;
}

export function originOf(origins: LimitOrigins, metric: RuleMetric, mediaType: string): string {
  return origins.get(limitKey(metric, mediaType)) ?? DEFAULT_ORIGIN;
}

/**
 * Each limit's origin, from the thresholds after each layer: a limit that the flags changed is `--threshold`, one the
 * config file changed is the config's label, the others are `default`. A flag that repeats the config's value leaves
 * the config as the origin: the value is the same either way.
 */
export function limitOrigins(defaults: Thresholds, afterConfig: Thresholds, final: Thresholds, configLabel: string): LimitOrigins {
  const origins = new Map<string, string>();
  for (const metric of RULE_METRICS) {
    const keys = new Set([defaults, afterConfig, final].flatMap((t) => Object.keys(t[metric].limits)));
    for (const key of keys) {
      const value = (t: Thresholds) => t[metric].limits[key];
      const origin = value(final) !== value(afterConfig) ? FLAG_ORIGIN : value(afterConfig) !== value(defaults) ? configLabel : DEFAULT_ORIGIN;
      origins.set(limitKey(metric, key), origin);
    }
  }
  return origins;
}
