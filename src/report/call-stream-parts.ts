import type { StreamVerdict } from '../rules/evaluate-call.js';
import { streamQuality } from '../rules/evaluate-stream.js';
import type { Quality } from '../rules/issue.js';
import { STREAM_METRICS } from '../schema/call-record.js';
import { formatMetricValue, NO_PACKETS_MEANING } from './describe-issue.js';
import { formatStreamMetric } from './stream-metric-labels.js';

/** What `call`'s reports show of one stream, as plain text from logs (each report makes it safe and styles it). */
export interface StreamParts {
  quality: Quality;
  /** Each metric logged, in the schema's order: "RTT 47 ms"; one past its limit with it: "loss 14% (limit 10%)". */
  metrics: Array<{ text: string; breached: boolean }>;
  /** What the metrics cannot say: no packets (media may not have flowed), or why its quality is unknown. */
  notes: string[];
}

export function streamParts({ stream, issues, judged }: StreamVerdict): StreamParts {
  const breached = new Map(issues.map((i) => [i.metric as string, i]));
  const metrics = STREAM_METRICS.filter((m) => stream.metrics[m] !== undefined).map((m) => {
    const issue = breached.get(m);
    const shown = formatStreamMetric(m, stream.metrics[m]!, issue?.threshold);
    return issue ? { text: `${shown} (limit ${formatMetricValue(issue.metric, issue.threshold, issue.value)})`, breached: true } : { text: shown, breached: false };
  });
  const quality = streamQuality({ issues, judged });
  const notes: string[] = [];
  // The schema: "if this value is zero, media may not be flowing" (PacketUtilization, not a quality rule).
  if (stream.metrics.packetUtilization === 0) notes.push(`no packets: ${NO_PACKETS_MEANING}`);
  // Nothing a rule holds this stream to was logged ("None", null, "Redacted"): not good, not poor.
  if (quality === 'unknown') notes.push(`${metrics.length === 0 ? 'no metric read' : 'no metric a rule judges'}: quality unknown`);
  return { quality, metrics, notes };
}
