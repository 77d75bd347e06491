import type { MediaStatsRecord } from '../schema/call-record.js';
import { streamDirectionOf } from '../schema/direction-word.js';
import { isBreach, limitFor, type RuleMetric, type Thresholds } from './thresholds.js';
import { compareOptionalText, compareText } from '../model/compare-text.js';
import { type SeriesStats, statsOf, windowValue } from './media-series-stats.js';

/** One metric of one client-side stream over the call (CallClientMediaStatsTimeSeries). */
export interface MediaSeries {
  participantId: string | null;
  /**
   * The other end (RemoteParticipantId): a participant of a group call receives a video stream from each other
   * participant, "each with a different RemoteParticipantId", and each is a series of its own.
   */
  remoteParticipantId: string | null;
  /**
   * The other end's endpoint (RemoteEndpointId): a client may log it and not RemoteParticipantId, and the streams of
   * two senders are two series all the same.
   */
  remoteEndpointId: string | null;
  /** MediaStreamId, when clients log it (not yet): two streams of one kind between the same two ends. */
  mediaStreamId: string | null;
  direction: string | null;
  streamType: string | null;
  /** The codec of its first sample (MediaStreamCodec: OPUS, H264, VP8…). */
  codec: string | null;
  metricName: string;
  points: Array<{ time: number; value: number }>;
  /** The time a window covers, in ms (AggregationIntervalSeconds of its first row, else the SDK's 10 s). */
  interval: number;
  /**
   * The windows its stats are over: those with a value, a window with no time (CallClientTimeStamp not logged or not
   * read) among them, which sampled as the others did but has no place on the sparkline or among the breaches.
   */
  windows: number;
  /**
   * Over the whole series: the mean of every data point sampled (each window's value weighed by its Count), the least
   * Minimum and the greatest Maximum (media-series-stats.ts). Null with no point.
   */
  stats: SeriesStats | null;
  /**
   * Its average is past the rule's limit, as a CallDiagnostics stream's is: an issue of the call. Runs of samples past
   * it (breaches) are shown, not counted: a limit is on an average, and a spike of a few seconds is not a poor stream.
   */
  poor: boolean;
  /** The rule this series is judged by, when its metric has one. */
  rule: { metric: RuleMetric; limit: number; breachWhen: 'above' | 'below' } | null;
  /** Runs of consecutive samples past the limit: [start, end] in epoch ms (end = last sample + its interval). */
  breaches: Array<{ start: number; end: number; worst: number }>;
}

/** Media-stats metric names (lower case) to the CallDiagnostics rule that speaks of the same thing (a Map: names come from logs). */
const SERIES_RULES = new Map<string, RuleMetric>([
  ['jitterinms', 'jitterAvg'],
  ['jitter', 'jitterAvg'],
  ['roundtriptimeinms', 'roundTripTimeAvg'],
  ['rttinms', 'roundTripTimeAvg'],
  ['jitterbufferdelayinms', 'jitterBufferSizeAvg'],
  ['framespersecond', 'videoFrameRateAvg'],
  ['framerate', 'videoFrameRateAvg'],
  ['frameheight', 'recvResolutionHeight'],
]);

/**
 * Metrics whose rule speaks of what a client receives: RecvResolutionHeight is "the incoming video stream", so a
 * FrameHeight it sends (a camera's own 180p preview layer, say) is not judged by it.
 */
const RECEIVE_ONLY = new Set(['frameheight']);

/** Client stream types (audio, video, screen) to the mediaType names of the thresholds. */
const STREAM_MEDIA = new Map([
  ['audio', 'Audio'],
  ['video', 'Video'],
  ['screen', 'VBSS'],
  ['screenshare', 'VBSS'],
]);

/** A client stream type (audio, video, screen) as the thresholds' mediaType (Audio, Video, VBSS); null for another. */
export function seriesMediaType(streamType: string | null): string | null {
  return STREAM_MEDIA.get((streamType ?? '').trim().toLowerCase()) ?? null;
}

export function buildMediaSeries(samples: MediaStatsRecord[], thresholds: Thresholds): MediaSeries[] {
  const groups = new Map<string, MediaStatsRecord[]>();
  const ends = soleEnds(samples);
  for (const logged of samples) {
    // A sample with no time still sampled: it counts in the series' average, minimum and maximum (statsOf), not
    // among its points. Passed over, a poor series of timeless rows read as no series at all, and the call as good.
    if (logged.metricName === null) continue;
    const s = withSoleEnd(logged, ends);
    // JSON of the parts, not a join: ids are log text, and one holding the separator must not meet another series.
    const key = JSON.stringify([s.participantId, s.remoteParticipantId, s.remoteEndpointId, s.mediaStreamId, ...kindOf(s)]);
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  const series: MediaSeries[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    // A row of Count 0 (a muted or idle window) sampled nothing: its Average and Minimum of 0 are no value, and
    // would drag the series' average and minimum down (a poor series read as good).
    const sampled = group.filter((s) => s.count !== 0);
    const points = sampled
      .map((s) => ({ time: s.time, value: windowValue(s) }))
      .filter((p): p is { time: number; value: number } => p.time !== null && p.value !== null)
      .sort((a, b) => a.time - b.time);
    const rule = ruleFor(first, thresholds);
    const interval = (first.aggregationIntervalSeconds ?? 10) * 1000;
    const stats = statsOf(sampled);
    series.push({
      participantId: first.participantId,
      remoteParticipantId: first.remoteParticipantId,
      remoteEndpointId: first.remoteEndpointId,
      mediaStreamId: first.mediaStreamId,
      direction: first.direction,
      streamType: first.streamType,
      codec: first.codec,
      metricName: first.metricName!,
      points,
      interval,
      windows: sampled.filter((s) => windowValue(s) !== null).length,
      stats,
      poor: rule !== null && stats !== null && isBreach(rule.breachWhen, stats.average, rule.limit),
      rule,
      breaches: rule ? breachWindows(points, rule, interval) : [],
    });
  }
  // Every part of the group's key, so that the order never rests on which sample was read first.
  return series.sort(
    (a, b) =>
      compareOptionalText(a.participantId, b.participantId) ||
      compareText(a.metricName, b.metricName) ||
      compareOptionalText(a.direction, b.direction) ||
      compareOptionalText(a.streamType, b.streamType) ||
      compareOptionalText(a.remoteParticipantId, b.remoteParticipantId) ||
      compareOptionalText(a.remoteEndpointId, b.remoteEndpointId) ||
      compareOptionalText(a.mediaStreamId, b.mediaStreamId),
  );
}

/**
 * A stream's key without its other end, with its other participant, and with both ids of its other end: rows of one
 * stream whose RemoteParticipantId (RemoteEndpointId, MediaStreamId) is logged on some and not on others.
 */
const streamKey = (s: MediaStatsRecord, remote: 'none' | 'participant' | 'both') =>
  JSON.stringify([s.participantId, remote === 'none' ? 0 : s.remoteParticipantId, remote === 'both' ? s.remoteEndpointId : 0, ...kindOf(s)]);

/** The id a series' other end is named by: its RemoteParticipantId, else its RemoteEndpointId; null when neither is logged. */
export function otherEndId(s: Pick<MediaSeries, 'remoteParticipantId' | 'remoteEndpointId'>): string | null {
  return s.remoteParticipantId ?? s.remoteEndpointId;
}

/**
 * A series' direction, media type and metric, however a client spells them: `recv`, `Recv` and `receive` are one
 * direction, `audio` and `Audio` one type, `JitterInMs` and `jitterinms` one metric (as its rule reads it).
 */
function kindOf(s: Pick<MediaStatsRecord, 'direction' | 'streamType' | 'metricName'>): [string | null, string | null, string | null] {
  return [streamDirectionOf(s.direction) ?? folded(s.direction), folded(s.streamType), folded(s.metricName)];
}

/** Two series of one participant, direction, media type and metric (however spelled): they differ by their other end. */
export function sameStreamKind(a: MediaSeries, b: MediaSeries): boolean {
  const [x, y] = [kindOf(a), kindOf(b)];
  return a.participantId === b.participantId && x.every((part, i) => part === y[i]);
}

function folded(text: string | null): string | null {
  return text === null ? null : text.trim().toLowerCase();
}

/**
 * For each stream of one participant, direction, media type and metric, its other end when its rows log exactly one
 * (RemoteParticipantId; then RemoteEndpointId, of the stream with that other participant), and for each such stream with
 * its other end, its MediaStreamId when they log exactly one;
 * null when they log several (the rows that log none cannot be told apart) or none. A client that logs the other end
 * on some rows of a stream and not on others (every other row of one stream) would otherwise make two series of one
 * stream, each with half its points, each judged and each an issue.
 */
function soleEnds(samples: readonly MediaStatsRecord[]): Map<string, string | null> {
  const ends = new Map<string, string | null>();
  const note = (key: string, value: string | null) => {
    if (value === null) return;
    const seen = ends.get(key);
    if (seen === undefined) ends.set(key, value);
    else if (seen !== value) ends.set(key, null);
  };
  for (const s of samples) note(`r${streamKey(s, 'none')}`, s.remoteParticipantId);
  const withRemote = samples.map((logged) => ({ ...logged, remoteParticipantId: logged.remoteParticipantId ?? ends.get(`r${streamKey(logged, 'none')}`) ?? null }));
  for (const s of withRemote) note(`e${streamKey(s, 'participant')}`, s.remoteEndpointId);
  for (const s of withRemote) {
    const remoteEndpointId = s.remoteEndpointId ?? ends.get(`e${streamKey(s, 'participant')}`) ?? null;
    note(`m${streamKey({ ...s, remoteEndpointId }, 'both')}`, s.mediaStreamId);
  }
  return ends;
}

/** The row with the other end (both its ids) and MediaStreamId of its stream (soleEnds) where it logs none. */
function withSoleEnd(s: MediaStatsRecord, ends: ReadonlyMap<string, string | null>): MediaStatsRecord {
  if (s.remoteParticipantId !== null && s.remoteEndpointId !== null && s.mediaStreamId !== null) return s;
  const remoteParticipantId = s.remoteParticipantId ?? ends.get(`r${streamKey(s, 'none')}`) ?? null;
  const remoteEndpointId = s.remoteEndpointId ?? ends.get(`e${streamKey({ ...s, remoteParticipantId }, 'participant')}`) ?? null;
  const mediaStreamId = s.mediaStreamId ?? ends.get(`m${streamKey({ ...s, remoteParticipantId, remoteEndpointId }, 'both')}`) ?? null;
  const same = remoteParticipantId === s.remoteParticipantId && remoteEndpointId === s.remoteEndpointId && mediaStreamId === s.mediaStreamId;
  return same ? s : { ...s, remoteParticipantId, remoteEndpointId, mediaStreamId };
}

function ruleFor(sample: MediaStatsRecord, thresholds: Thresholds): MediaSeries['rule'] {
  const name = sample.metricName!.toLowerCase();
  const metric = SERIES_RULES.get(name);
  if (!metric) return null;
  if (RECEIVE_ONLY.has(name) && streamDirectionOf(sample.direction) !== 'inbound') return null;
  const rule = thresholds[metric];
  const mediaType = seriesMediaType(sample.streamType);
  const limit = limitFor(rule, mediaType);
  return limit === null ? null : { metric, limit, breachWhen: rule.breachWhen };
}

function breachWindows(points: MediaSeries['points'], rule: NonNullable<MediaSeries['rule']>, interval: number): MediaSeries['breaches'] {
  const windows: MediaSeries['breaches'] = [];
  let open: MediaSeries['breaches'][number] | null = null;
  for (const p of points) {
    const breached = isBreach(rule.breachWhen, p.value, rule.limit);
    if (breached) {
      const worse = rule.breachWhen === 'above' ? Math.max : Math.min;
      // The next window, a little late or early as client clocks are, continues the run; one after a window that
      // logged nothing does not: the run would claim the time no sample covers (+1m 00s–+1m 30s for two samples).
      if (open && p.time - open.end < interval / 2) {
        open.end = p.time + interval;
        open.worst = worse(open.worst, p.value);
      } else {
        open = { start: p.time, end: p.time + interval, worst: p.value };
        windows.push(open);
      }
    } else open = null;
  }
  return windows;
}
