import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decide } from '../../../src/input/decide-shape.js';
import { wrappedBy } from '../../../src/input/wrapped-records.js';
import { chunkedStream, collect, fixture, outline, records } from './input-test-helpers.js';

test('a query response written {"Results":[…]} is read as its rows, pretty (query-api) or on one line (an envelope line)', async () => {
  const pretty = await collect([fixture('query-results-array.json')]);
  assert.deepEqual(pretty.filter((e) => e.kind === 'file').map((e) => e.kind === 'file' && e.shape), ['query-api']);
  assert.deepEqual(outline(pretty), ['record@3', 'record@12', 'record@21']);
  assert.deepEqual(records(pretty).map((r) => r.value['Type']), ['ACSCallDiagnostics', 'ACSCallDiagnostics', 'ACSCallSummary']);
  const oneLine = await collect([fixture('query-results-array-one-line.json')]);
  assert.deepEqual(outline(oneLine), ['record@1', 'record@1', 'record@1']);
  assert.deepEqual(records(oneLine).map((r) => r.value), records(pretty).map((r) => r.value));
});

test('"results" in any case, on standard input in small pieces; a record with a results field of its own stays a record', async () => {
  const text = '{\n  "results": [\n    {"CorrelationId": "c1", "Type": "ACSCallSummary"}\n  ]\n}\n';
  assert.deepEqual(outline(await collect(['-'], { stdin: chunkedStream(text, 3) })), ['record@3']);
  assert.deepEqual(decide('{"Results":[{"CorrelationId":"c1","Type":"ACSCall', true), { kind: 'shape', shape: 'query-api', elementsAt: ['results'] });
  assert.deepEqual(wrappedBy({ RESULTS: [{ a: 1 }] }), { kind: 'records', records: [{ a: 1 }] });
  assert.equal(wrappedBy({ category: 'CallSummary', results: [] }), null);
  assert.equal(wrappedBy({ Results: 'none' }), null);
});
