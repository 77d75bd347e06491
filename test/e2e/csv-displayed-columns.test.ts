import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runJson } from '../support/run-cli.js';

test("a portal CSV of a projected query's displayed columns (no Type, Category, StreamId or start time) is read by its columns", () => {
  const { result, json } = runJson<SummaryDocument>(['summarize', 'test/fixtures/input/portal-export-displayed-columns.csv']);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stderr, '');
  assert.deepEqual([json.input.read, json.input.used, json.input.invalid], [4, 4, 0]);
  assert.deepEqual(json.input.byCategory, { CallSummary: 2, CallDiagnostics: 2 });
  assert.equal(json.calls.length, 1);
  assert.equal(json.calls[0]!.quality, 'poor');
  assert.equal(json.calls[0]!.participants, 2);
});
