import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { onOneAndTwoThreads } from '../support/one-and-two-threads.js';
import { runCli, runJson } from '../support/run-cli.js';
import { rateRows as rows } from '../support/stream-rate-rows.js';

// samples/: 50 streams of known quality, 7 poor. The group calls' Server streams (the server side) log Inbound or no
// direction (inferred inbound, as `call` gives it), the VoIP, PSTN and Bot streams Outbound or none (inferred outbound):
// inbound 4 poor of 23 (ad9b017d's server side audio, video and screen share, a60ad5d9's audio), outbound 3 of 27
// (a60ad5d9's and f794018d's audio, logged; 89ad9b35's PSTN audio, inferred).
const SAMPLES = 'samples/';

test('direction: JSON byDirection of the samples, worst first, the same bytes on one worker thread and on two, table and JSON', () => {
  const [one, two] = onOneAndTwoThreads(['summarize', SAMPLES, '--format', 'json']);
  assert.equal(one.status, 0, one.stderr);
  assert.equal(two.stdout, one.stdout);
  assert.deepEqual(rows((JSON.parse(one.stdout) as SummaryDocument).breakdowns!.streams.byDirection), [['inbound', 4, 23], ['outbound', 3, 27]]);
  const [tableOne, tableTwo] = onOneAndTwoThreads(['summarize', SAMPLES]);
  assert.equal(tableTwo.stdout, tableOne.stdout);
});

test('direction: a stream is counted under the direction `call` gives it (the logged word, else inferred from its endpoint type)', () => {
  const summary = runJson<SummaryDocument>(['summarize', SAMPLES]).json;
  const counted = new Map<string | null, number>();
  for (const { correlationId, streams } of summary.calls) {
    if (streams === 0) continue;
    const { result, json } = runJson<CallDocument>(['call', correlationId, SAMPLES]);
    assert.equal(result.status, 0, result.stderr);
    for (const s of json.streams) if (s.quality !== 'unknown') counted.set(s.direction, (counted.get(s.direction) ?? 0) + 1);
  }
  assert.deepEqual(
    summary.breakdowns!.streams.byDirection.map((r) => [r.value, r.streams]),
    [...counted].sort(([a], [b]) => String(a).localeCompare(String(b))),
  );
});

test('direction: the table and Markdown have its rows after the media type, in the tool\'s words; a logged word that is neither is (not known)', () => {
  const table = runCli(['summarize', SAMPLES]).stdout;
  assert.match(table, /^Poor streams by metric, media type, direction, endpoint type, /m);
  assert.match(table, /│ Video +│ +1 │ +11 │[^\n]+\n│ direction +│ inbound +│ +4 │ +23 │ +17\.4% │ 7\.0%–37\.1% +│\n│ +│ outbound +│ +3 │ +27 │ +11\.1% │ 3\.9%–28\.1% +│\n│ endpoint type │/);
  const markdown = runCli(['summarize', SAMPLES, '--format', 'markdown']).stdout;
  assert.match(markdown, /\| direction \| inbound \| 4 \| 23 \| 17\.4% \| 7\.0%–37\.1% \|\n\|  \| outbound \| 3 \| 27 \| 11\.1% \| 3\.9%–28\.1% \|\n\| endpoint type \|/);
  // test/fixtures/hostile/hostile.jsonl: one stream logs Outbound followed by escape sequences, a word that is neither
  // (`call` gives its direction as null); the other logs none, inferred outbound from its endpoint type.
  const hostile = runJson<SummaryDocument>(['summarize', 'test/fixtures/hostile/hostile.jsonl']).json;
  assert.deepEqual(rows(hostile.breakdowns!.streams.byDirection), [['outbound', 1, 1], [null, 1, 1]]);
  assert.match(runCli(['summarize', 'test/fixtures/hostile/hostile.jsonl']).stdout, /│ direction +│ outbound +│ +1 │ +1 │[^\n]+\n│ +│ \(not known\) +│ +1 │ +1 │/);
});
