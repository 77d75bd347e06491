import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { chunkedStream, collect, fixture, outline, records } from './input-test-helpers.js';

/** `jq . p2p-call.jsonl > jq-pretty-stream.json`: the four records pretty-printed one after another, no array, no commas. */
const STREAM = 'jq-pretty-stream.json';

test('jq . of JSON Lines: a stream of pretty records, each one a record at the line of its "{", in any chunking', async () => {
  const expected = records(await collect([fixture('p2p-call.jsonl')])).map((r) => r.value);
  const events = await collect([fixture(STREAM)]);
  assert.deepEqual(events[0], { kind: 'file', file: fixture(STREAM), shape: 'json-stream', gzip: false });
  assert.deepEqual(outline(events), ['record@1', 'record@24', 'record@47', 'record@70']);
  assert.deepEqual(records(events).map((r) => r.value), expected);
  const bytes = readFileSync(fixture(STREAM));
  for (const size of [1, 7, 100, 1 << 20]) {
    for (const batchBytes of [64, 1 << 20]) {
      const piped = await collect(['-'], { stdin: chunkedStream(bytes, size), batchBytes });
      assert.deepEqual(outline(piped), outline(events), `chunks of ${size}, batches of ${batchBytes}`);
      assert.deepEqual(records(piped).map((r) => r.value), expected);
    }
  }
});

test('in a stream of pretty records, a broken one is one invalid record at its line, and a cut-off last one too', async () => {
  // jq-pretty-stream.json with a comma taken out of the second record (line 28), cut off inside the fourth.
  const events = await collect([fixture('jq-pretty-stream-broken.json')]);
  // The broken record is placed at its fault, line 28, where the comma is missing, and says it starts on line 24.
  assert.deepEqual(outline(events), ['record@1', 'invalid@28', 'record@47', 'invalid@70']);
  assert.deepEqual(
    events.flatMap((e) => (e.kind === 'invalid' ? [e.reason] : [])),
    ["not JSON: Expected ',' or '}' after property value, in the record that starts on line 24", 'the text ends inside this value (truncated?)'],
  );
});

test('a stream of pretty Event Hubs envelopes gives the records of the same envelopes on a line each', async () => {
  // (Read as an envelope whose "records" are streamed, and its invalid element says less: "not an object but a string".)
  const kinds = (events: Awaited<ReturnType<typeof collect>>) => events.flatMap((e) => (e.kind === 'record' ? [JSON.stringify(e.value)] : e.kind === 'invalid' ? ['invalid'] : []));
  const lines = await collect([fixture('eventhubs-envelopes.jsonl')]);
  const pretty = await collect([fixture('jq-pretty-envelopes.json')]); // jq . eventhubs-envelopes.jsonl
  assert.deepEqual(kinds(pretty), kinds(lines));
});
