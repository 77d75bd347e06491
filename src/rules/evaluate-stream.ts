import type { Stream } from '../model/call.js';
import type { StreamIssue } from './issue.js';
import { isBreach, limitFor, RULE_METRICS, type Thresholds } from './thresholds.js';

/** Every rule the stream breaks, in rule order. Pure. */
export function evaluateStream(stream: Stream, thresholds: Thresholds): StreamIssue[] {
  const issues: StreamIssue[] = [];
  for (const metric of RULE_METRICS) {
    const value = stream.metrics[metric];
    if (value === undefined) continue;
    const rule = thresholds[metric];
    const limit = limitFor(rule, stream.mediaType);
    if (limit === null || !isBreach(rule.breachWhen, value, limit)) continue;
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
