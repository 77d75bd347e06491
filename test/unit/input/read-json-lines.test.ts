import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chunkedStream, collect, fixture, outline, records } from './input-test-helpers.js';

test('JSON Lines: one record a line, with its 1-based line and a file event first', async () => {
  const file = fixture('p2p-call.jsonl');
  const events = await collect([file]);
  assert.deepEqual(events[0], { kind: 'file', file, shape: 'json-lines', gzip: false });
  assert.deepEqual(outline(events), ['record@1', 'record@2', 'record@3', 'record@4']);
  const third = records(events)[2]!;
  assert.equal(third.value.operationName, 'CallDiagnostics');
  assert.equal((third.value.properties as Record<string, unknown>).streamId, '1000');
  assert.equal(third.at.file, file);
});

test('gzip is recognised by its magic bytes, not its name (.log), and gives the same records', async () => {
  const plain = await collect([fixture('p2p-call.jsonl')]);
  const gzipped = await collect([fixture('p2p-call-gzipped.log')]);
  assert.deepEqual(gzipped[0], { kind: 'file', file: fixture('p2p-call-gzipped.log'), shape: 'json-lines', gzip: true });
  assert.deepEqual(
    records(gzipped).map((r) => [r.value, r.at.line]),
    records(plain).map((r) => [r.value, r.at.line]),
  );
});

test('BOM and CRLF: the BOM is dropped, CRs are stripped, a blank line is passed over, a broken line is invalid', async () => {
  const events = await collect([fixture('bom-crlf.jsonl')]);
  assert.deepEqual(outline(events), ['record@1', 'record@2', 'invalid@4', 'record@5']);
  const first = records(events)[0]!;
  assert.deepEqual(Object.keys(first.value)[0], 'time'); // not "\ufefftime"
  const invalid = events.find((e) => e.kind === 'invalid');
  assert.ok(invalid?.kind === 'invalid');
  assert.equal(invalid.reason, "not JSON: Expected ',' or '}' after property value");
  const last = records(events)[2]!;
  assert.equal((last.value.properties as Record<string, unknown>).endpointType, 'Server');
});

test('Event Hubs envelopes one a line: each element is a record at its line; a non-object element is invalid', async () => {
  const events = await collect([fixture('eventhubs-envelopes.jsonl')]);
  assert.equal(events[0]?.kind === 'file' && events[0].shape, 'json-lines');
  assert.deepEqual(outline(events), ['record@1', 'record@1', 'record@2', 'invalid@2', 'record@2']);
  const invalid = events.find((e) => e.kind === 'invalid');
  assert.ok(invalid?.kind === 'invalid');
  assert.match(invalid.reason, /^records\[1\] is not an object/);
  assert.deepEqual(
    records(events).map((r) => r.value.category),
    ['CallSummary', 'CallDiagnostics', 'CallDiagnostics', 'CallSummary'],
  );
});

test('the prefilter sees each raw line (without CR) before parsing; rejected lines are filtered, not parsed', async () => {
  const seen: string[] = [];
  const prefilter = (raw: string) => {
    seen.push(raw);
    return raw.includes('"mediaType": "Video"') || raw.includes('broken-on-purpose');
  };
  const events = await collect([fixture('bom-crlf.jsonl')], { prefilter });
  assert.equal(seen.length, 4); // the blank line is not offered
  assert.ok(seen.every((raw) => !raw.endsWith('\r') && raw.startsWith('{')));
  // Line 4 is broken JSON but filtered: it is never parsed, so it is not invalid.
  assert.deepEqual(outline(events), ['filtered@1', 'record@2', 'filtered@4', 'filtered@5']);
});

test('Event Hubs envelopes one a line, one with a broken record: the rest of its records are read; the prefilter tests each', async () => {
  const events = await collect([fixture('eventhubs-envelopes-broken.jsonl')]);
  assert.deepEqual(outline(events), ['record@1', 'record@1', 'record@1', 'invalid@2', 'record@2', 'record@2', 'invalid@3']);
  // call 341acde7's records only: the others of each envelope are filtered, one by one.
  const filtered = await collect([fixture('eventhubs-envelopes-broken.jsonl')], { prefilter: (raw) => raw.includes('341acde7') });
  assert.deepEqual(outline(filtered), ['record@1', 'filtered@1', 'filtered@1', 'filtered@2', 'record@2', 'filtered@2', 'filtered@3']);
  assert.ok(records(filtered).every((r) => r.value.correlationId === '341acde7-8aa5-445b-a3da-2ddadca47d22'));
});

test('an envelope inside an envelope is read on one line as it is pretty-printed: its records, not one record that is none', async () => {
  const record = (n: number) => `{"category":"CallSummary","correlationId":"c${n}","properties":{"participantId":"p${n}"}}`;
  const text = `{"records":[{"records":[${record(1)},${record(2)}]},${record(3)}]}\n`;
  const events = await collect(['-'], { stdin: chunkedStream(text, 64) });
  assert.deepEqual(outline(events), ['record@1', 'record@1', 'record@1']);
  assert.deepEqual(records(events).map((r) => r.value.correlationId), ['c1', 'c2', 'c3']);
});
