import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runCli, runJson } from '../support/run-cli.js';

// Limits of the ACS call-logs schema article that the tool once judged wrongly or not at all, a call each in
// test/fixtures/article-limits/PT1H.json (CallDiagnostics only), worked out by hand:
//   a3000000 good: Video healed 20% avg, 50% max: healing is the audio healer's, "over the duration of audio stream"
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
