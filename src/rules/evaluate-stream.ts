import type { Stream } from '../model/call.js';
import type { StreamIssue } from './issue.js';
import { isBreach, limitFor, RULE_METRICS, type RuleMetric, type Thresholds } from './thresholds.js';

/** Every rule the stream breaks, in rule order. Pure. */
export function evaluateStream(stream: Stream, thresholds: Thresholds): StreamIssue[] {
  const issues: StreamIssue[] = [];
  for (const metric of RULE_METRICS) {
    const limit = judgingLimit(stream, metric, thresholds);
    const value = stream.metrics[metric];
    if (limit === null || value === undefined || !isBreach(thresholds[metric].breachWhen, value, limit)) continue;
    issues.push({
      metric,
      value,
      threshold: limit,
      mediaType: stream.mediaType,
      participantId: stream.participantId,
      endpointId: stream.endpointId,
      endpointType: stream.endpointType,
      streamId: stream.streamId,
    });
  }
  return issues;
}

/** The limit a rule holds the stream to; null when the rule does not judge it (no value logged, or no limit for its media type). */
export function judgingLimit(stream: Stream, metric: RuleMetric, thresholds: Thresholds): number | null {
  return stream.metrics[metric] === undefined ? null : limitFor(thresholds[metric], stream.mediaType);
}
