import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { describeDiagnostics, kqlDiagnostics } from '../support/kusto-validator.js';
import { runCli, runJson } from '../support/run-cli.js';

// Limits of the ACS call-logs schema article that the tool once judged wrongly or not at all, a call each in
// test/fixtures/article-limits/PT1H.json (CallDiagnostics only), worked out by hand:
//   a1000000 poor: Audio jitter buffer 80 ms avg but 900 max (> 200 ms), healed 2% avg but 60% max (> 0.1)
//   a2000000 poor: a frozen AppSharing share: 0 fps (< 1), 360p (< 768), 60000 ms/min of freezes (> 25000)
//   a3000000 unknown: Video healed 20% avg, 50% max: healing is the audio healer's, "over the duration of audio stream";
//            nothing else is logged, so no rule judges the stream: not poor, and not good either
//   a4000000 good: Audio jitter buffer 200 ms and healed 0.1, avg and max: equal to a limit is no breach
//   a5000000 good: AppSharing at 1 fps, 768p, 25000 ms/min: the screen-sharing limits, equal
const DIR = 'test/fixtures/article-limits/';
type Issue = SummaryDocument['calls'][number]['issues'][number];
const brief = (issues: readonly Issue[]) => issues.map((i) => [i.mediaType, i.metric, i.value, i.threshold]);

test('healed data is judged on Audio only: a Video stream healed 20% is not poor (unknown: nothing else to judge), unless a user sets .Video', () => {
  const video = runJson<CallDocument>(['call', 'a3000000', DIR, '--fail-on-poor']);
  assert.equal(video.result.status, 0, video.result.stderr);
  assert.equal(video.json.quality, 'unknown');
  assert.equal(video.json.streams[0]!.quality, 'unknown');
  assert.deepEqual(video.json.issues, []);
  assert.deepEqual(runJson<SummaryDocument>(['summarize', DIR]).json.thresholds.healedDataRatioAvg, { breachWhen: 'above', Audio: 0.1 });
  const asked = runJson<CallDocument>(['call', 'a3000000', DIR, '--fail-on-poor', '--threshold', 'healedDataRatioAvg.Video=0.1']);
  assert.equal(asked.result.status, 1);
  assert.deepEqual(brief(asked.json.issues), [['Video', 'healedDataRatioAvg', 0.2, 0.1]]);
  assert.match(runCli(['call', 'a3000000', DIR, '--threshold', 'healedDataRatioAvg.Video=0.1']).stdout, /Video healed audio 20% > 10%/);
});

test('AppSharing is screen sharing: a frozen share is poor by the VBSS limits; at them it is good', () => {
  const share = runJson<CallDocument>(['call', 'a2000000', DIR, '--fail-on-poor']);
  assert.equal(share.result.status, 1);
  assert.match(share.result.stderr, /gate fail-on-poor crossed/);
  assert.deepEqual(brief(share.json.issues), [
    ['AppSharing', 'videoFrameRateAvg', 0, 1],
    ['AppSharing', 'recvResolutionHeight', 360, 768],
    ['AppSharing', 'recvFreezeDurationPerMinuteInMs', 60000, 25000],
  ]);
  assert.match(runCli(['call', 'a2000000', DIR]).stdout, /AppSharing freezes 60000 ms\/min > 25000 ms\/min — the picture freezes/);
  assert.equal(runCli(['call', 'a5000000', DIR, '--fail-on-poor']).status, 0, 'at the limits');
  // Set and turned off like the others.
  const relaxed = runJson<CallDocument>(['call', 'a2000000', DIR, '--fail-on-poor', '--threshold', 'videoFrameRateAvg.AppSharing=off', '--threshold', 'recvResolutionHeight=300', '--threshold', 'recvFreezeDurationPerMinuteInMs.AppSharing=60000']);
  assert.equal(relaxed.result.status, 0, relaxed.result.stderr);
  const q = runCli(['kql']).stdout;
  assert.deepEqual(kqlDiagnostics(q), [], describeDiagnostics(q, kqlDiagnostics(q)));
  assert.match(q, /MediaType =~ "AppSharing", RecvFreezeDurationPerMinuteInMs > 25000,/);
});

test('the jitter-buffer and healed maxima are judged: 900 ms and 60% are poor, 200 ms and 0.1 are not', () => {
  const poor = runJson<CallDocument>(['call', 'a1000000', DIR, '--fail-on-poor']);
  assert.equal(poor.result.status, 1);
  assert.deepEqual(brief(poor.json.issues), [
    ['Audio', 'jitterBufferSizeMax', 900, 200],
    ['Audio', 'healedDataRatioMax', 0.6, 0.1],
  ]);
  assert.equal(runCli(['call', 'a4000000', DIR, '--fail-on-poor']).status, 0, 'at the limits');
  const story = runCli(['call', 'a1000000', DIR]).stdout;
  assert.match(story, /jbuf max 900 ms \(limit 200 ms\) · healed 2% · healed max 60% \(limit 10%\)/);
  assert.match(story, /Audio jitter buffer max 900 ms > 200 ms — /);
  assert.match(story, /Audio healed audio max 60% > 10% — /);
  // Set and turned off like the others.
  const tighter = runJson<CallDocument>(['call', 'a1000000', DIR, '--threshold', 'jitterBufferSizeMax=899', '--threshold', 'healedDataRatioMax=off']);
  assert.deepEqual(brief(tighter.json.issues), [['Audio', 'jitterBufferSizeMax', 900, 899]]);
  assert.equal(runCli(['call', 'a1000000', DIR, '--fail-on-poor', '--threshold', 'jitterBufferSizeMax=900', '--threshold', 'healedDataRatioMax.Audio=off']).status, 0);
  assert.equal(runCli(['call', 'a1000000', DIR, '--threshold', 'healedDataRatioMax=60']).status, 2, 'a ratio over 1');
  const q = runCli(['kql']).stdout;
  assert.deepEqual(kqlDiagnostics(q), [], describeDiagnostics(q, kqlDiagnostics(q)));
  assert.match(q, /JitterBufferSizeMaxBreach = isnotnull\(JitterBufferSizeMax\) and JitterBufferSizeMax > 200,/);
  assert.match(q, /HealedDataRatioMaxBreach = isnotnull\(HealedDataRatioMax\) and case\(\n +MediaType =~ "Audio", HealedDataRatioMax > 0\.1, +\/\/ Audio: 0\.1 \(default\)\n +\/\/ other media types: no limit\n +false\)/);
  assert.match(runCli(['kql', '--threshold', 'jitterBufferSizeMax=off']).stdout, /\/\/ jitterBufferSizeMax: off for every media type \(--threshold\)/);
});

test('summarize --fail-on-poor: every limit judged, in the JSON, the breakdowns, the table and markdown', () => {
  const { result, json } = runJson<SummaryDocument>(['summarize', DIR, '--fail-on-poor']);
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stderr, /gate fail-on-poor crossed: 2 poor calls/);
  assert.deepEqual(json.totals, { calls: 5, poorCalls: 2, unknownCalls: 1, streams: 5, poorStreams: 2, unknownStreams: 1, callsWithLegs: 0, failedCalls: 0, streamsWithoutPackets: 0, callsWithStreamsWithoutPackets: 0 });
  const byId = new Map(json.calls.map((c) => [c.correlationId.slice(0, 8), c]));
  assert.deepEqual(brief(byId.get('a1000000')!.issues), [
    ['Audio', 'jitterBufferSizeMax', 900, 200],
    ['Audio', 'healedDataRatioMax', 0.6, 0.1],
  ]);
  assert.deepEqual(brief(byId.get('a2000000')!.issues), [
    ['AppSharing', 'videoFrameRateAvg', 0, 1],
    ['AppSharing', 'recvResolutionHeight', 360, 768],
    ['AppSharing', 'recvFreezeDurationPerMinuteInMs', 60000, 25000],
  ]);
  for (const good of ['a4000000', 'a5000000']) assert.equal(byId.get(good)!.quality, 'good', good);
  assert.equal(byId.get('a3000000')!.quality, 'unknown');
  assert.deepEqual(json.thresholds.jitterBufferSizeMax, { breachWhen: 'above', default: 200 });
  assert.deepEqual(json.thresholds.healedDataRatioMax, { breachWhen: 'above', Audio: 0.1 });
  // Per rule, the streams it judges (logged, with a limit for the media type) and those it found poor.
  const byMetric = new Map(json.breakdowns!.streams.byMetric.map((r) => [r.value, [r.poorStreams, r.streams]]));
  assert.deepEqual(byMetric.get('jitterBufferSizeMax'), [1, 2]);
  assert.deepEqual(byMetric.get('healedDataRatioMax'), [1, 2], 'the Video stream is not judged on healed data');
  assert.deepEqual(byMetric.get('healedDataRatioAvg'), [0, 2]);
  assert.deepEqual(byMetric.get('recvFreezeDurationPerMinuteInMs'), [1, 2], 'both AppSharing streams');
  const table = runCli(['summarize', DIR]).stdout;
  assert.match(table, /p1: Audio jbuf max 900 > 200 ms/);
  assert.match(table, /p1: Audio healed max 60% > 10%/);
  assert.match(table, /p1: AppSharing freeze 60000 > 25000 ms\/min/);
  assert.match(table, /│ metric +│ healedDataRatioMax +│ +1 │ +2 │ +50\.0% │/);
  assert.match(runCli(['summarize', DIR, '--format', 'markdown']).stdout, /\| jitterBufferSizeMax \| 1 \| 2 \| 50\.0% \|/);
});
