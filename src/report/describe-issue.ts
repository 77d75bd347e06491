import type { FailedLeg } from '../rules/call-row.js';
import type { StreamIssue } from '../rules/issue.js';
import type { RuleMetric } from '../rules/thresholds.js';
import { distinctPrefixLength } from './distinct-prefix.js';
import { formatNumber } from './format-values.js';

/**
 * The one place where rule codes become words (publint's way: analysis emits codes, one formatter words them).
 * `impact` is what a breach does to the people on the call, from the schema article's descriptions.
 */
interface MetricWording {
  label: string;
  short: string;
  /** How a value is shown: ratios as percentages. */
  unit: 'ms' | 'ratio' | 'fps' | 'px' | 'ms/min';
  impact: string;
}

export const METRIC_WORDING: Record<RuleMetric, MetricWording> = {
  roundTripTimeAvg: { label: 'round-trip time', short: 'RTT', unit: 'ms', impact: 'delay makes people talk over each other' },
  jitterAvg: { label: 'jitter', short: 'jitter', unit: 'ms', impact: 'voices sound robotic' },
  packetLossRateAvg: { label: 'packet loss', short: 'loss', unit: 'ratio', impact: 'syllables and words go missing, video is choppy' },
  jitterBufferSizeAvg: { label: 'jitter buffer', short: 'jbuf', unit: 'ms', impact: 'media is held back to smooth out jitter, which adds delay' },
  jitterBufferSizeMax: { label: 'jitter buffer max', short: 'jbuf max', unit: 'ms', impact: 'at its worst, media was held back long enough to add delay' },
  healedDataRatioAvg: { label: 'healed audio', short: 'healed', unit: 'ratio', impact: 'much of the audio had to be rebuilt after loss' },
  healedDataRatioMax: { label: 'healed audio max', short: 'healed max', unit: 'ratio', impact: 'at its worst, much of the audio had to be rebuilt after loss' },
  videoFrameRateAvg: { label: 'frame rate', short: 'fps', unit: 'fps', impact: 'motion is jerky' },
  recvResolutionHeight: { label: 'received resolution', short: 'res', unit: 'px', impact: 'the picture is blurry' },
  recvFreezeDurationPerMinuteInMs: { label: 'freezes', short: 'freeze', unit: 'ms/min', impact: 'the picture freezes' },
};

export function formatMetricValue(metric: RuleMetric, value: number): string {
  const { unit } = METRIC_WORDING[metric];
  switch (unit) {
    case 'ratio':
      return `${formatNumber(value * 100)}%`;
    case 'px':
      return `${formatNumber(value)}p`;
    default:
      return `${formatNumber(value)} ${unit}`;
  }
}

function comparison(issue: StreamIssue): string {
  return issue.value > issue.threshold ? '>' : '<';
}

/** "Audio RTT 612 > 500 ms", "Audio loss 14% > 10%": for one table cell; the unit said once. */
export function describeIssueShort(issue: StreamIssue): string {
  const w = METRIC_WORDING[issue.metric];
  const spaced = w.unit === 'ms' || w.unit === 'ms/min' || w.unit === 'fps';
  const value = spaced ? formatNumber(issue.value) : formatMetricValue(issue.metric, issue.value);
  const limit = w.unit === 'fps' ? formatNumber(issue.threshold) : formatMetricValue(issue.metric, issue.threshold);
  return `${issue.mediaType ?? '?'} ${w.short} ${value} ${comparison(issue)} ${limit}`;
}

/** "Audio round-trip time 612 ms > 500 ms — delay makes people talk over each other". */
export function describeIssueLong(issue: StreamIssue): string {
  const w = METRIC_WORDING[issue.metric];
  return `${issue.mediaType ?? '?'} ${w.label} ${formatMetricValue(issue.metric, issue.value)} ${comparison(issue)} ${formatMetricValue(issue.metric, issue.threshold)} — ${w.impact}`;
}

/**
 * Which leg a stream issue is on: its participant (group) or endpoint (P2P), and the server's side. `shown` is its id
 * as the report shows it (issueLegsOf); its first 8 characters when not given.
 */
export function issueLeg(issue: StreamIssue, shown?: string): string {
  const id = issue.participantId ?? issue.endpointId;
  const who = id === null ? 'leg ?' : `leg ${shown ?? id.slice(0, 8)}`;
  return issue.endpointType === 'Server' ? `${who} (server side)` : who;
}

/** Each of a call's issues' legs (issueLeg), their ids cut to what tells the call's legs apart (distinct-prefix.ts). */
export function issueLegsOf(issues: readonly StreamIssue[]): (issue: StreamIssue) => string {
  const length = distinctPrefixLength(issues.map((i) => i.participantId ?? i.endpointId));
  return (issue) => issueLeg(issue, (issue.participantId ?? issue.endpointId)?.slice(0, length));
}

/** "dropped 410/3101", "failed 495/4507": how a leg that failed ended (its category when it has no code). */
export function describeFailedLeg(leg: FailedLeg): string {
  const code = leg.code === null ? (leg.resultCategory ?? '?') : `${leg.code}${leg.subCode !== null ? `/${leg.subCode}` : ''}`;
  return `${leg.dropped ? 'dropped' : 'failed'} ${code}`;
}
