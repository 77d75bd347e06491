import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildMediaSeries } from '../../../src/rules/evaluate-media-series.js';
import { defaultThresholds } from '../../../src/rules/thresholds.js';
import type { MediaStatsRecord } from '../../../src/schema/call-record.js';

const T0 = Date.UTC(2026, 10, 20, 9);

function sample(metricName: string, direction: string, streamType: string, at: number, fields: Partial<MediaStatsRecord>): MediaStatsRecord {
  return {
    category: 'CallClientMediaStatsTimeSeries',
    correlationId: 'c1',
    version: null,
    time: T0 + at * 10_000,
    metricName,
    count: null,
    sum: null,
    average: null,
    minimum: null,
    maximum: null,
    direction,
    streamType,
    codec: 'OPUS',
    participantId: 'p1',
    remoteParticipantId: null,
    remoteEndpointId: null,
    mediaStreamId: null,
    aggregationIntervalSeconds: 10,
    ...fields,
  };
}

test('a series is judged by its average over every data point; a spike past the limit is shown, not counted', () => {
  const spike = [10, 12, 60, 11].map((v, i) => sample('JitterInMs', 'recv', 'audio', i, { count: 10, sum: v * 10, average: v, minimum: v - 5, maximum: v + 5 }));
  const [calm] = buildMediaSeries(spike, defaultThresholds());
  assert.deepEqual(calm!.stats, { average: 23.25, minimum: 5, maximum: 65 });
  assert.equal(calm!.codec, 'OPUS');
  assert.equal(calm!.poor, false, '23.25 ms on average is within 30 ms');
  assert.equal(calm!.breaches.length, 1, 'the spike is a window past the limit');
});

test('rows weigh by their Count; without Sum and Count the rows\' averages are averaged', () => {
  const weighed = [sample('JitterInMs', 'recv', 'audio', 0, { count: 1, sum: 100, average: 100 }), sample('JitterInMs', 'recv', 'audio', 1, { count: 9, sum: 90, average: 10 })];
  const [one] = buildMediaSeries(weighed, defaultThresholds());
  assert.equal(one!.stats!.average, 19);
  assert.equal(one!.poor, false);
  const averagesOnly = [sample('JitterInMs', 'recv', 'audio', 0, { average: 100 }), sample('JitterInMs', 'recv', 'audio', 1, { average: 10 })];
  const [two] = buildMediaSeries(averagesOnly, defaultThresholds());
  assert.deepEqual(two!.stats, { average: 55, minimum: 10, maximum: 100 });
  assert.equal(two!.poor, true, '55 ms > 30 ms on average');
});

test('FrameHeight is judged as recvResolutionHeight only when received', () => {
  const sent = buildMediaSeries([sample('FrameHeight', 'send', 'video', 0, { average: 180 })], defaultThresholds());
  assert.deepEqual([sent[0]!.rule, sent[0]!.poor], [null, false]);
  const received = buildMediaSeries([sample('FrameHeight', 'recv', 'video', 0, { average: 180 })], defaultThresholds());
  assert.deepEqual([received[0]!.rule?.limit, received[0]!.poor], [240, true]);
});

test('a row of Count 0 (a muted window) sampled nothing: it is no point, and neither its Average nor its Minimum of 0 counts', () => {
  const rows = [35, 35, 0, 35].map((v, i) =>
    sample('JitterInMs', 'recv', 'audio', i, v === 0 ? { count: 0, sum: 0, average: 0, minimum: 0, maximum: 0 } : { count: 10, sum: v * 10, average: v, minimum: 30, maximum: 40 }),
  );
  const [series] = buildMediaSeries(rows, defaultThresholds());
  assert.deepEqual(series!.stats, { average: 35, minimum: 30, maximum: 40 });
  assert.equal(series!.points.length, 3);
  assert.equal(series!.poor, true, '35 ms on average is past 30 ms, muted window or not');
  const [silent] = buildMediaSeries([sample('JitterInMs', 'recv', 'audio', 0, { count: 0, sum: 0, average: 0 })], defaultThresholds());
  assert.equal(silent!.stats, null, 'a series of empty windows has no figures');
  assert.equal(silent!.poor, false);
});

test('each stream a participant receives is a series of its own: one per RemoteParticipantId (and MediaStreamId)', () => {
  // p1 receives video from p2 at 30 frames a second and from p3 at 4: one poor stream, not one middling series.
  const rows = [0, 1, 2].flatMap((i) => [
    sample('FramesPerSecond', 'recv', 'video', i, { count: 10, sum: 300, average: 30, remoteParticipantId: 'p2' }),
    sample('FramesPerSecond', 'recv', 'video', i, { count: 10, sum: 40, average: 4, remoteParticipantId: 'p3' }),
  ]);
  const series = buildMediaSeries(rows, defaultThresholds());
  assert.deepEqual(
    series.map((s) => [s.remoteParticipantId, s.points.length, s.stats?.average, s.poor]),
    [
      ['p2', 3, 30, false],
      ['p3', 3, 4, true],
    ],
  );
  const byStream = buildMediaSeries(
    rows.map((r, i) => ({ ...r, remoteParticipantId: 'p2', mediaStreamId: String(i % 2) })),
    defaultThresholds(),
  );
  assert.deepEqual(byStream.map((s) => [s.mediaStreamId, s.stats?.average]), [['0', 30], ['1', 4]]);
});

test('rows of one stream that log its other end on some rows and not on others are one series, not two halves', () => {
  // p1 receives video from p2 only; every other row lacks RemoteParticipantId (and MediaStreamId).
  const rows = [0, 1, 2, 3, 4, 5].map((i) =>
    sample('FramesPerSecond', 'recv', 'video', i, { count: 10, sum: 40, average: 4, ...(i % 2 === 0 ? { remoteParticipantId: 'p2', mediaStreamId: '7' } : {}) }),
  );
  const series = buildMediaSeries(rows, defaultThresholds());
  assert.deepEqual(
    series.map((s) => [s.remoteParticipantId, s.mediaStreamId, s.points.length, s.breaches.length]),
    [['p2', '7', 6, 1]],
    'one series of six points, one window past the limit',
  );
  // From two other ends, a row that names none cannot be placed: it stays a series of its own.
  const two = buildMediaSeries([...rows, sample('FramesPerSecond', 'recv', 'video', 0, { count: 10, sum: 300, average: 30, remoteParticipantId: 'p3' })], defaultThresholds());
  assert.deepEqual(
    two.map((s) => [s.remoteParticipantId, s.points.length]),
    [
      [null, 3],
      ['p2', 3],
      ['p3', 1],
    ],
  );
});

test('one series however a client spells its direction, media type and metric: recv, Recv and receive; audio and Audio', () => {
  const rows = [
    sample('JitterInMs', 'recv', 'audio', 0, { count: 10, sum: 400, average: 40 }),
    sample('jitterinms', 'Recv', 'Audio', 1, { count: 10, sum: 400, average: 40 }),
    sample('JitterInMs', 'receive', 'AUDIO', 2, { count: 10, sum: 100, average: 10 }),
    sample('JitterInMs', 'send', 'audio', 0, { count: 10, sum: 100, average: 10 }),
  ];
  const series = buildMediaSeries(rows, defaultThresholds());
  assert.deepEqual(series.map((s) => [s.direction, s.points.length, s.stats?.average, s.poor]), [['recv', 3, 30, false], ['send', 1, 10, false]]);
});

test('a window is one value for its point, its breach, the minimum and maximum and the average: Sum / Count before Average', () => {
  // Logged as is: Sum 200 over Count 10 is a mean of 20, whatever the row's Average of 40 says.
  const rows = [0, 1, 2].map((i) => sample('JitterInMs', 'recv', 'video', i, { count: 10, sum: 200, average: 40 }));
  const [series] = buildMediaSeries(rows, defaultThresholds());
  assert.deepEqual(series!.stats, { average: 20, minimum: 20, maximum: 20 });
  assert.deepEqual(series!.points.map((p) => p.value), [20, 20, 20]);
  assert.deepEqual([series!.poor, series!.breaches], [false, []], 'no window past 30 ms in a series of 20 ms');
  // A Minimum logged above its window's mean (or a Maximum below) does not make a minimum above the average.
  const [bounded] = buildMediaSeries([sample('JitterInMs', 'recv', 'audio', 0, { count: 10, sum: 200, average: 20, minimum: 25, maximum: 15 })], defaultThresholds());
  assert.deepEqual(bounded!.stats, { average: 20, minimum: 20, maximum: 20 });
  // Without Sum, or with a Count of 0 or less to divide by, the window is its Average.
  const [averaged] = buildMediaSeries([sample('JitterInMs', 'recv', 'audio', 0, { count: -1, sum: 200, average: 40 })], defaultThresholds());
  assert.deepEqual(averaged!.points.map((p) => p.value), [40]);
});

test('without Sum, a window still weighs by its Count (Average × Count); one without a Count weighs as the counted ones do on average', () => {
  // Average = Sum / Count, Count the data points sampled: a window of 1 sample at 100 ms and two of 10 at 10 ms are
  // 300 ms over 21 samples, with Sum logged or not; not (100 + 10 + 10) / 3 = 40 ms, past 30 ms.
  const windows = [[1, 100], [10, 10], [10, 10]] as const;
  const withSum = windows.map(([count, average], i) => sample('JitterInMs', 'recv', 'audio', i, { count, average, sum: count * average }));
  const withoutSum = windows.map(([count, average], i) => sample('JitterInMs', 'recv', 'audio', i, { count, average }));
  const [summed] = buildMediaSeries(withSum, defaultThresholds());
  const [counted] = buildMediaSeries(withoutSum, defaultThresholds());
  assert.equal(summed!.stats!.average, 300 / 21);
  assert.equal(counted!.stats!.average, 300 / 21);
  assert.deepEqual([summed!.poor, counted!.poor], [false, false], '14.29 ms on average is within 30 ms');
  // Mixed: Counts 1 and 9 are 5 a window on average, so the window without one weighs 5: (100 + 90 + 50) / 15.
  const mixed = [sample('JitterInMs', 'recv', 'audio', 0, { count: 1, average: 100 }), sample('JitterInMs', 'recv', 'audio', 1, { count: 9, sum: 90, average: 10 }), sample('JitterInMs', 'recv', 'audio', 2, { average: 10 })];
  const [some] = buildMediaSeries(mixed, defaultThresholds());
  assert.equal(some!.stats!.average, 16);
});

test('sums and counts too large to add still make an average: weighed relative to the largest, not NaN', () => {
  // 1e308 + 1e308 is Infinity: Σ Sum / Σ Count was 0, or NaN ('avg NaN'), judged good whatever the values.
  const huge = [[1e308, 4e307, 40], [1e308, 2e307, 20], [5e307, 5e307, 1]] as const;
  const windows = huge.map(([count, sum, average], i) => sample('JitterInMs', 'recv', 'audio', i, { count, sum, average }));
  const [series] = buildMediaSeries(windows, defaultThresholds());
  // Values 0.4, 0.2 and 1 weighed 2 : 2 : 1 (each Count over the largest): 2.2 / 5.
  assert.ok(Math.abs(series!.stats!.average - 0.44) < 1e-12, String(series!.stats!.average));
  // A window without a Count weighs as the counted ones do on average: 1, 1 and 0.5 relative to the largest, so 5/6.
  const uncounted = [...windows, sample('JitterInMs', 'recv', 'audio', 3, { average: 2 })];
  const [withAverage] = buildMediaSeries(uncounted, defaultThresholds());
  const usual = 2.5 / 3;
  assert.ok(Math.abs(withAverage!.stats!.average - (1.1 + 2 * usual) / (2.5 + usual)) < 1e-12, String(withAverage!.stats!.average));
  // A Sum / Count past what a double holds is no value: the window's Average stands.
  const [tiny] = buildMediaSeries([sample('JitterInMs', 'recv', 'audio', 0, { count: 1e-10, sum: 1e300, average: 50 })], defaultThresholds());
  assert.deepEqual([tiny!.points[0]!.value, tiny!.stats!.average, tiny!.poor], [50, 50, true]);
});

test('series of two senders named by RemoteEndpointId alone are two, not averaged together; a row that names none of one sender is filled', () => {
  // p1 receives audio from e2 (10 ms) and e3 (50 ms): one series of 30 ms would hide the poor one.
  const rows = [0, 1, 2].flatMap((i) => [
    sample('JitterInMs', 'recv', 'audio', i, { count: 10, sum: 100, average: 10, remoteEndpointId: 'e2' }),
    sample('JitterInMs', 'recv', 'audio', i, { count: 10, sum: 500, average: 50, remoteEndpointId: 'e3' }),
  ]);
  const series = buildMediaSeries(rows, defaultThresholds());
  assert.deepEqual(
    series.map((s) => [s.remoteParticipantId, s.remoteEndpointId, s.points.length, s.stats?.average, s.poor]),
    [
      [null, 'e2', 3, 10, false],
      [null, 'e3', 3, 50, true],
    ],
  );
  // From one other participant, its endpoint logged on some rows only: one series.
  const one = [0, 1, 2, 3].map((i) => sample('JitterInMs', 'recv', 'audio', i, { count: 10, sum: 100, average: 10, remoteParticipantId: 'p2', ...(i % 2 === 0 ? { remoteEndpointId: 'e2' } : {}) }));
  assert.deepEqual(
    buildMediaSeries(one, defaultThresholds()).map((s) => [s.remoteParticipantId, s.remoteEndpointId, s.points.length]),
    [['p2', 'e2', 4]],
  );
});

test('a row with no time (CallClientTimeStamp not logged or not read) still sampled: in the average, not among the points', () => {
  // Two timed windows of 10 ms and two timeless of 60 ms: 35 ms on average, past 30, though the points alone are 10.
  const rows = [10, 10].map((v, i) => sample('JitterInMs', 'recv', 'audio', i, { count: 10, sum: v * 10 }));
  rows.push(...[60, 60].map(() => sample('JitterInMs', 'recv', 'audio', 0, { time: null, count: 10, sum: 600 })));
  const [series] = buildMediaSeries(rows, defaultThresholds());
  assert.equal(series!.stats!.average, 35);
  assert.equal(series!.poor, true);
  assert.deepEqual(series!.points.map((p) => p.value), [10, 10]);
  assert.equal(series!.windows, 4);
  // Timeless rows alone are a series still, with no point to draw: before, they were no series at all.
  const [alone] = buildMediaSeries(rows.slice(2), defaultThresholds());
  assert.deepEqual([alone!.stats!.average, alone!.points.length, alone!.breaches.length, alone!.poor], [60, 0, 0, true]);
});
