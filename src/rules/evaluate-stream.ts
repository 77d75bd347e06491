import type { Stream } from '../model/call.js';
import { streamDirectionOf } from '../schema/direction-word.js';
import type { Quality, StreamIssue } from './issue.js';
import { LimitsByMediaType, type RuleLimits } from './rule-limits.js';
import { isBreach, RULE_METRICS, type Thresholds } from './thresholds.js';

/** What the rules make of one stream. */
export interface StreamJudgement {
  /** Every rule the stream breaks, in rule order (most streams break none: then one shared, frozen empty list). */
  issues: readonly StreamIssue[];
  /** Bit i is set when rule i of RULE_METRICS judges the stream (its metric logged, a limit for its media type). */
  judged: number;
}

/**
 * A stream with a breach is poor; a stream no rule judges (no metric logged that has a limit for its media type:
 * all "None", null or "Redacted", say) is of unknown quality, for nothing was read to call it good; the others are good.
 */
export function streamQuality({ issues, judged }: StreamJudgement): Quality {
  return issues.length > 0 ? 'poor' : judged === 0 ? 'unknown' : 'good';
}

const NO_ISSUES: readonly StreamIssue[] = Object.freeze([]);

/** The stream's issues and the rules that judge it, in one pass over the rules. Pure. `limits` may be shared by the streams of a run. */
export function judgeStream(stream: Stream, thresholds: Thresholds, limits = new LimitsByMediaType(thresholds)): StreamJudgement {
  // Held for every stream of an export: an array grown by push keeps room for 17, so the issues are gathered
  // here and copied at their size (a poor stream has one or two).
  let issues: StreamIssue[] | null = null;
  let judged = 0;
  const limitOf = limits.of(stream.mediaType);
  for (let i = 0; i < RULE_METRICS.length; i++) {
    const metric = RULE_METRICS[i]!;
    const limit = judgingLimit(stream, limitOf, i);
    if (limit === null) continue;
    judged |= 1 << i;
    const value = stream.metrics[metric]!;
    if (!isBreach(thresholds[metric].breachWhen, value, limit)) continue;
    (issues ??= []).push({
      metric,
      value,
      threshold: limit,
      mediaType: stream.mediaType,
      participantId: stream.participantId,
      endpointId: stream.endpointId,
      endpointType: stream.endpointType,
      streamId: stream.streamId,
      direction: streamDirectionOf(stream.streamDirection ?? null),
    });
  }
  return { issues: issues === null ? NO_ISSUES : issues.slice(), judged };
}

/**
 * The limit rule `i` (of RULE_METRICS) holds the stream to, from its media type's limits; null when the rule does
 * not judge it (no value logged, or no limit for its media type). The one place that decides it.
 */
export function judgingLimit(stream: Stream, limitOf: RuleLimits, i: number): number | null {
  return stream.metrics[RULE_METRICS[i]!] === undefined ? null : (limitOf[i] ?? null);
}
