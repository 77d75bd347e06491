import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { type BatchResult, processLineBatch } from '../../../src/model/process-line-batch.js';
import { fixture } from '../input/input-test-helpers.js';

// Three lines of Event Hubs envelopes as a consumer dumps them (one event a line): line 1 holds records of two calls,
// line 2 a broken record of call B beside a record of each call, line 3 a broken plain record of call B.
const A = '341acde7-8aa5-445b-a3da-2ddadca47d22';
const B = '8d1a8374-344d-4502-b54b-ba2d6daaf0ae';
const BYTES = readFileSync(fixture('eventhubs-envelopes-broken.jsonl'));
const settings = (needles: string[] | null) => ({ held: null, maxRecordBytes: 1 << 20, needles });

/** "A@1", "invalid@2"…: each item's call (A or B) or kind, at its line. */
function outline(result: BatchResult): string[] {
  return result.items.map((item) => {
    const line = item.kind === 'invalid' ? item.at.line : '';
    if (item.kind !== 'record') return `${item.kind}@${line}`;
    return item.record.correlationId === A ? 'A' : item.record.correlationId === B ? 'B' : item.record.correlationId;
  });
}

test('an envelope a line with a broken record: the other records of the line are read, the broken one is one invalid at its line', () => {
  const result = processLineBatch(BYTES, { file: 'f', line: 1 }, settings(null));
  assert.deepEqual(outline(result), ['A', 'B', 'B', 'invalid@2', 'A', 'B', 'invalid@3']);
  const reasons = result.items.flatMap((item) => (item.kind === 'invalid' ? [item.reason] : []));
  assert.deepEqual(reasons, ["not JSON: Expected ',' or '}' after property value", "not JSON: Expected ',' or '}' after property value"]);
  assert.equal(result.filtered, 0);
});

test("with needles, an envelope's records of other calls are filtered, whole or broken, and the counts add up", () => {
  const a = processLineBatch(BYTES, { file: 'f', line: 1 }, settings([A.slice(0, 8), A.slice(0, 8).toUpperCase()]));
  assert.deepEqual(outline(a), ['A', 'A']);
  assert.equal(a.filtered, 5, 'two of B on line 1, B broken and B on line 2, line 3');
  const b = processLineBatch(BYTES, { file: 'f', line: 1 }, settings([B, B.toUpperCase()]));
  assert.deepEqual(outline(b), ['B', 'B', 'invalid@2', 'B', 'invalid@3']);
  assert.equal(b.filtered, 2, 'the records of A');
});

test('a broken line that is not an envelope stays one invalid item, with JSON.parse reason', () => {
  const text = '{"category": "CallSummary" "correlationId": "x"}\n{"records": oops}\n';
  const result = processLineBatch(Buffer.from(text), { file: 'f', line: 1 }, settings(null));
  assert.deepEqual(outline(result), ['invalid@1', 'invalid@2']);
});

test('an envelope with other keys before "records" (any case) is read element by element too when a record is broken', () => {
  const good = '{"category":"CallSummary","correlationId":"c1","properties":{"participantId":"p1"}}';
  const broken = '{"category":"CallSummary" "correlationId":"c2"}';
  const text = `{"x":"y","n":1,"o":{"records":[1]},"Records":[${good},${broken},${good.replace('p1', 'p2')}]}\n`;
  const result = processLineBatch(Buffer.from(text), { file: 'f', line: 1 }, settings(null));
  assert.deepEqual(outline(result), ['c1', 'invalid@1', 'c1']);
});
