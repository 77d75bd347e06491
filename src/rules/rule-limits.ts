import { limitFor, RULE_METRICS, type Thresholds } from './thresholds.js';

/** The limit of each rule, in RULE_METRICS order, for one media type; null where the rule does not judge it. */
export type RuleLimits = readonly (number | null)[];

/** Media types remembered; logs may name any number of them, and past these each is worked out again. */
const MAX_MEDIA_TYPES = 64;

/**
 * The rules' limits by media type, worked out once per media type instead of once per stream and rule: a fleet
 * has a handful of media types and hundreds of thousands of streams. For one set of thresholds, not to be changed
 * while in use.
 */
export class LimitsByMediaType {
  private readonly known = new Map<string | null, RuleLimits>();

  constructor(readonly thresholds: Thresholds) {}

  of(mediaType: string | null): RuleLimits {
    let limits = this.known.get(mediaType);
    if (limits === undefined) {
      limits = RULE_METRICS.map((metric) => limitFor(this.thresholds[metric], mediaType));
      if (this.known.size < MAX_MEDIA_TYPES) this.known.set(mediaType, limits);
    }
    return limits;
  }
}
