import type { FailedLeg } from '../rules/call-row.js';
import type { StreamIssue, StreamRef } from '../rules/issue.js';
import type { RuleMetric } from '../rules/thresholds.js';
import { formatNumber, formatNumberBeside, plural } from './format-values.js';
import { legIdLength, NO_LEG_ID, shownLegId } from './shown-leg-id.js';

/**
 * The one place where rule codes become words (publint's way: analysis emits codes, one formatter words them).
 * `impact` is what a breach does to the people on the call, from the schema article's descriptions.
 */
interface MetricWording {
  label: string;
  short: string;
  /** How a value is shown: ratios as percentages. */
  unit: 'ms' | 'ratio' | 'fps' | 'px' | 'ms/min';
  /**
   * One wording, or one by what the stream carries (impactOf): voices (Audio), a picture (Video, VBSS, AppSharing),
   * and `either` for a stream whose media type is not logged or not one of those.
   */
  impact: string | { voices: string; picture: string; either: string };
}

export const METRIC_WORDING: Record<RuleMetric, MetricWording> = {
  roundTripTimeAvg: {
    label: 'round-trip time',
    short: 'RTT',
    unit: 'ms',
    impact: { voices: 'delay makes people talk over each other', picture: 'delay makes the picture lag behind', either: 'delay makes people talk over each other' },
  },
  // The article: jitter makes "a speaker's voice to sound robotic"; loss makes "missed syllables and words, along with
  // choppy video and sharing".
  jitterAvg: { label: 'jitter', short: 'jitter', unit: 'ms', impact: { voices: 'voices sound robotic', picture: 'the picture stutters', either: 'voices sound robotic, the picture stutters' } },
  packetLossRateAvg: {
    label: 'packet loss',
    short: 'loss',
    unit: 'ratio',
    impact: { voices: 'syllables and words go missing', picture: 'the picture is choppy', either: 'syllables and words go missing, the picture is choppy' },
  },
  jitterBufferSizeAvg: { label: 'jitter buffer', short: 'jbuf', unit: 'ms', impact: 'media is held back to smooth out jitter, which adds delay' },
  jitterBufferSizeMax: { label: 'jitter buffer max', short: 'jbuf max', unit: 'ms', impact: 'at its worst, media was held back long enough to add delay' },
  // Audio only by default; a --threshold may judge other media by it.
  healedDataRatioAvg: {
    label: 'healed audio',
    short: 'healed',
    unit: 'ratio',
    impact: { voices: 'much of the audio had to be rebuilt after loss', picture: 'much of the picture had to be rebuilt after loss', either: 'much of the media had to be rebuilt after loss' },
  },
  healedDataRatioMax: {
    label: 'healed audio max',
    short: 'healed max',
    unit: 'ratio',
    impact: {
      voices: 'at its worst, much of the audio had to be rebuilt after loss',
      picture: 'at its worst, much of the picture had to be rebuilt after loss',
      either: 'at its worst, much of the media had to be rebuilt after loss',
    },
  },
  videoFrameRateAvg: { label: 'frame rate', short: 'frame rate', unit: 'fps', impact: 'motion is jerky' },
  recvResolutionHeight: { label: 'received resolution', short: 'res', unit: 'px', impact: 'the picture is blurry' },
  recvFreezeDurationPerMinuteInMs: { label: 'freezes', short: 'freeze', unit: 'ms/min', impact: 'the picture freezes' },
};

/** The article's media types (however cased) by what they carry. */
const CARRIES = new Map<string, 'voices' | 'picture'>([
  ['audio', 'voices'],
  ['video', 'picture'],
  ['vbss', 'picture'],
  ['appsharing', 'picture'],
]);

/** What a breach of this metric does to the people on a stream of this media type: an Audio stream's voices, a Video's picture. */
export function impactOf(metric: RuleMetric, mediaType: string | null): string {
  const { impact } = METRIC_WORDING[metric];
  if (typeof impact === 'string') return impact;
  return impact[CARRIES.get(mediaType?.trim().toLowerCase() ?? '') ?? 'either'];
}

/**
 * A rule metric's value in its unit: "47 ms", "14%", "480p". `beside`, the value it is compared with (an issue's value
 * and its limit, each given the other), shows it with the digits that keep the two apart (formatNumberBeside).
 */
export function formatMetricValue(metric: RuleMetric, value: number, beside?: number): string {
  const { unit } = METRIC_WORDING[metric];
  const shown = (scale: number) => (beside === undefined ? formatNumber(value * scale) : formatNumberBeside(value * scale, beside * scale));
  switch (unit) {
    case 'ratio':
      return `${shown(100)}%`;
    case 'px':
      return `${shown(1)}p`;
    default:
      return `${shown(1)} ${unit}`;
  }
}

function comparison(issue: StreamIssue): string {
  return issue.value > issue.threshold ? '>' : '<';
}

/** "Audio", "Audio inbound": the media an issue is on, with the direction its log names (a leg's two streams of one media apart). */
function mediaOf(issue: StreamRef): string {
  return issue.direction === null ? (issue.mediaType ?? '?') : `${issue.mediaType ?? '?'} ${issue.direction}`;
}

/**
 * "Audio RTT 612 > 500 ms", "Audio inbound RTT 900 > 500 ms", "Audio loss 14% > 10%", "Video frame rate 5.5 < 7 fps":
 * for one table cell; the unit said once.
 */
export function describeIssueShort(issue: StreamIssue): string {
  const w = METRIC_WORDING[issue.metric];
  const spaced = w.unit === 'ms' || w.unit === 'ms/min' || w.unit === 'fps';
  const value = spaced ? formatNumberBeside(issue.value, issue.threshold) : formatMetricValue(issue.metric, issue.value, issue.threshold);
  const limit = formatMetricValue(issue.metric, issue.threshold, issue.value);
  return `${mediaOf(issue)} ${w.short} ${value} ${comparison(issue)} ${limit}`;
}

/** "Audio round-trip time 612 ms > 500 ms — delay makes people talk over each other". */
export function describeIssueLong(issue: StreamIssue): string {
  const w = METRIC_WORDING[issue.metric];
  return `${mediaOf(issue)} ${w.label} ${formatMetricValue(issue.metric, issue.value, issue.threshold)} ${comparison(issue)} ${formatMetricValue(issue.metric, issue.threshold, issue.value)} — ${impactOf(issue.metric, issue.mediaType)}`;
}

/** What a stream with no packets may mean, from the schema (PacketUtilization: "if this value is zero, media may not be flowing"). */
export const NO_PACKETS_MEANING = 'media may not have flowed';

/**
 * "Audio inbound no packets (media may not have flowed)": a stream whose PacketUtilization was 0, for one table cell
 * as a breach is; not a breach (no rule judges it).
 */
export function describeNoPackets(stream: StreamRef): string {
  return `${mediaOf(stream)} no packets (${NO_PACKETS_MEANING})`;
}

/** "1 stream with no packets", "3 streams with no packets": the totals' count of them. */
export function streamsWithoutPacketsWords(count: number): string {
  return `${plural(count, 'stream')} with no packets`;
}

/**
 * Which leg a stream issue is on: its participant (group) or endpoint (P2P), and the server's side. `shown` is its id
 * as the report shows it (legNamesOf); the first 8 characters of its name (shown-leg-id.ts) when not given.
 */
export function issueLeg(issue: StreamRef, shown?: string): string {
  const id = issue.participantId ?? issue.endpointId;
  const who = id === null ? `leg ${NO_LEG_ID}` : `leg ${shown ?? shownLegId(id, 8)}`;
  return issue.endpointType === 'Server' ? `${who} (server side)` : who;
}

/** A leg as a record names it: its participant (group call), else its endpoint (P2P). */
type LegRef = { participantId: string | null; endpointId: string | null };

/**
 * How a summary report names a call's legs: every id cut to what tells apart the legs its stream issues, failed legs
 * and streams with no packets name (distinct-prefix.ts). `id` is the cut id (NO_LEG_ID for a leg of no id), `issue` a
 * stream issue's leg or a stream's ("leg 2aaed7ee (server side)"), `failed` a failed leg and how it ended ("leg
 * afe17849: dropped 500/4521").
 */
export function legNamesOf(call: { issues: readonly StreamIssue[]; failedLegs: readonly FailedLeg[]; zeroPacketStreams: readonly StreamRef[] }) {
  const named = [...call.issues, ...call.failedLegs, ...call.zeroPacketStreams];
  const length = legIdLength(named.map((x) => x.participantId ?? x.endpointId));
  // Named as call ids are (shown-leg-id.ts), cut to `length` characters: never inside an escape or a surrogate pair.
  const id = (leg: LegRef): string => {
    const raw = leg.participantId ?? leg.endpointId;
    return raw === null || raw === undefined ? NO_LEG_ID : shownLegId(raw, length);
  };
  return {
    id,
    issue: (issue: StreamRef) => issueLeg(issue, id(issue)),
    failed: (leg: FailedLeg) => `leg ${id(leg)}: ${describeFailedLeg(leg)}`,
  };
}

/** "dropped 410/3101", "failed 495/4507": how a leg that failed ended (its category when it has no code). */
export function describeFailedLeg(leg: FailedLeg): string {
  const code = leg.code === null ? (leg.resultCategory ?? '?') : `${leg.code}${leg.subCode !== null ? `/${leg.subCode}` : ''}`;
  return `${leg.dropped ? 'dropped' : 'failed'} ${code}`;
}
