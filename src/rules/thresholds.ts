/**
 * The quality rules: the limits the ACS call-logs schema article gives for each CallDiagnostics metric
 * (https://learn.microsoft.com/azure/communication-services/concepts/analytics/logs/voice-and-video-logs).
 * A value equal to its limit is not a breach. A limit may differ by mediaType (Video, VBSS, …);
 * `default` applies to every media type that has no limit of its own, and a rule without one applies only
 * to the media types it names.
 */
export const RULE_METRICS = [
  'roundTripTimeAvg',
  'jitterAvg',
  'packetLossRateAvg',
  'jitterBufferSizeAvg',
  'jitterBufferSizeMax',
  'healedDataRatioAvg',
  'healedDataRatioMax',
  'videoFrameRateAvg',
  'recvResolutionHeight',
  'recvFreezeDurationPerMinuteInMs',
] as const;
export type RuleMetric = (typeof RULE_METRICS)[number];

export type BreachWhen = 'above' | 'below';

export interface Rule {
  breachWhen: BreachWhen;
  /** Limit by mediaType; `default` for the others. A null limit turns the rule off for that media type. */
  limits: Record<string, number | null>;
}

export type Thresholds = Record<RuleMetric, Rule>;

export function defaultThresholds(): Thresholds {
  return {
    roundTripTimeAvg: { breachWhen: 'above', limits: { default: 500 } },
    jitterAvg: { breachWhen: 'above', limits: { default: 30 } },
    packetLossRateAvg: { breachWhen: 'above', limits: { default: 0.1 } },
    jitterBufferSizeAvg: { breachWhen: 'above', limits: { default: 200 } },
    // "Normally when this value is greater than 200 ms, it will cause a negative quality impact", as for the average.
    jitterBufferSizeMax: { breachWhen: 'above', limits: { default: 200 } },
    // Audio only: the article measures healing "over the duration of audio stream" (the audio healer's concealment).
    healedDataRatioAvg: { breachWhen: 'above', limits: { Audio: 0.1 } },
    // "When this value is greater than 0.1 (10%), we consider the stream as bad quality", as for the average.
    healedDataRatioMax: { breachWhen: 'above', limits: { Audio: 0.1 } },
    // The article's "screensharing stream" limits hold for both of its screen-sharing media types, VBSS and AppSharing.
    videoFrameRateAvg: { breachWhen: 'below', limits: { Video: 7, VBSS: 1, AppSharing: 1 } },
    recvResolutionHeight: { breachWhen: 'below', limits: { Video: 240, VBSS: 768, AppSharing: 768 } },
    recvFreezeDurationPerMinuteInMs: { breachWhen: 'above', limits: { Video: 6000, VBSS: 25000, AppSharing: 25000 } },
  };
}

/** The limit in force for a stream of this mediaType, or null when the rule does not apply to it. */
export function limitFor(rule: Rule, mediaType: string | null): number | null {
  // Own keys only: a mediaType from a log named "constructor" or "toString" is not a limit.
  if (mediaType !== null && Object.hasOwn(rule.limits, mediaType)) return rule.limits[mediaType] ?? null;
  return rule.limits.default ?? null;
}

export function isBreach(breachWhen: BreachWhen, value: number, limit: number): boolean {
  return breachWhen === 'above' ? value > limit : value < limit;
}
