import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import { runCli, runJson } from '../support/run-cli.js';

// Participant p1's received jitter, 10-second windows: past 30 ms at +1m 00s, +1m 10s (logged twice, with other
// figures) and +1m 20s; no window logged for +1m 30s; past again at +1m 40s, calm at +1m 50s. Client clocks put
// each a few milliseconds off the 10-second mark.
const PATH = 'test/fixtures/input/media-stats-gaps.jsonl';

test('a media series is drawn by its samples\' times: a window not logged is a gap, a window logged twice one column', () => {
  const { stdout, status, stderr } = runCli(['call', '5a900000', PATH]);
  assert.equal(status, 0, stderr);
  // Six rows, five windows: ███ then the gap, then █▂ (not six columns side by side, as if the stream never paused).
  assert.match(stdout, /\n {2}p1 recv audio\/OPUS JitterInMs +███ █▂ {2}avg 65 ms · min 5 ms · max 85 ms · limit 30 ms\n/);
});

test('a run of windows past the limit ends at a window not logged: it claims no time that no sample covers', () => {
  const { stdout } = runCli(['call', '5a900000', PATH]);
  assert.match(stdout, /\n +past the limit \+1m 00s–\+1m 30s \(avg up to 80 ms\), \+1m 40s–\+1m 50s \(avg up to 80 ms\)\n/);
  const { result, json } = runJson<CallDocument>(['call', '5a900000', PATH]);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(
    json.mediaSeries[0]!.breaches.map((b) => [b.start, b.end]),
    [
      ['2026-11-20T09:01:00.040Z', '2026-11-20T09:01:29.990Z'],
      ['2026-11-20T09:01:39.990Z', '2026-11-20T09:01:49.990Z'],
    ],
  );
  assert.deepEqual(
    json.timeline.filter((e) => e.kind === 'media').map((e) => [e.time, e.detail]),
    [
      ['2026-11-20T09:01:00.040Z', 'recv audio JitterInMs past 30 for 30s (worst 80)'],
      ['2026-11-20T09:01:39.990Z', 'recv audio JitterInMs past 30 for 10s (worst 80)'],
    ],
  );
});

test("the Markdown's Past the limit says what the text says: each window with its worst average beside the limit", () => {
  const markdown = runCli(['call', '5a900000', PATH, '--format', 'markdown']).stdout;
  assert.match(markdown, /\| 30 ms \| \+1m 00s–\+1m 30s \(avg up to 80 ms\), \+1m 40s–\+1m 50s \(avg up to 80 ms\) \|\n/);
  // A stream of the samples: as its text report's line under the sparkline.
  const sample = runCli(['call', 'a60ad5d9', 'samples/', '--format', 'markdown']).stdout;
  assert.match(sample, /\| JitterInMs \| 29\.67 ms \| 4 ms \| 80\.8 ms \| 30 ms \| \+41s–\+1m 31s \(avg up to 52 ms\) \|\n/);
});
