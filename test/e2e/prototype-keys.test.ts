import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runCli, runJson } from '../support/run-cli.js';

/** Calls, legs, endpoints, stream ids, media types and categories named __proto__, constructor, toString, hasOwnProperty. */
const FIXTURE = 'test/fixtures/hostile/prototype-keys.jsonl';
const IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

test('ids that are object-prototype keys are ordinary calls in summarize: all there, counted right, judged by the default limits', () => {
  const { result, json } = runJson<SummaryDocument>(['summarize', FIXTURE]);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(json.calls.map((c) => c.correlationId).sort(), [...IDS].sort());
  for (const call of json.calls) {
    assert.equal(call.participants, 1, call.correlationId);
    assert.equal(call.streams, 1, call.correlationId);
    // Each stream's mediaType is one of the names: the default RTT limit (500) applies, not Object.prototype.
    assert.equal(call.quality, 'poor', call.correlationId);
  }
  assert.deepEqual({ ...json.input.byCategory }, { CallSummary: 4, CallDiagnostics: 4, ['__proto__']: 1, constructor: 1 });
  assert.equal(Object.getPrototypeOf(json.input.byCategory), Object.prototype, 'JSON.parse made __proto__ an own key');
  assert.ok(Object.hasOwn(json.input.byCategory, '__proto__'));
  const i = json.input;
  assert.equal(i.read, i.used + i.duplicates + i.superseded + i.ignored + i.invalid);
  assert.equal(i.read, 10);
});

test('call finds each of them, with its leg and stream', () => {
  for (const id of IDS) {
    const { result, json } = runJson<CallDocument>(['call', id, FIXTURE]);
    assert.equal(result.status, 0, `${id}: ${result.stderr}`);
    assert.equal(json.correlationId, id);
    assert.equal(json.participants.length, 1);
    assert.equal(json.streams.length, 1);
    assert.equal(json.issues.length, 1);
  }
  assert.equal(runCli(['call', '__proto__', FIXTURE]).status, 0);
});
