import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { describeDiagnostics, kqlDiagnostics } from '../support/kusto-validator.js';
import { runCli, runJson } from '../support/run-cli.js';

// Limits of the ACS call-logs schema article that the tool once judged wrongly or not at all, a call each in
// test/fixtures/article-limits/PT1H.json (CallDiagnostics only), worked out by hand:
//   a2000000 poor: a frozen AppSharing share: 0 fps (< 1), 360p (< 768), 60000 ms/min of freezes (> 25000)
//   a3000000 good: Video healed 20% avg, 50% max: healing is the audio healer's, "over the duration of audio stream"
//   a5000000 good: AppSharing at 1 fps, 768p, 25000 ms/min: the screen-sharing limits, equal
const DIR = 'test/fixtures/article-limits/';
type Issue = SummaryDocument['calls'][number]['issues'][number];
const brief = (issues: readonly Issue[]) => issues.map((i) => [i.mediaType, i.metric, i.value, i.threshold]);

test('healed data is judged on Audio only: a Video stream healed 20% is good, unless a user sets .Video', () => {
  const video = runJson<CallDocument>(['call', 'a3000000', DIR, '--fail-on-poor']);
  assert.equal(video.result.status, 0, video.result.stderr);
  assert.equal(video.json.quality, 'good');
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
