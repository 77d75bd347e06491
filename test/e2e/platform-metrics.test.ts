import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runJson } from '../support/run-cli.js';

test('platform metrics archived beside the call logs are ignored records (AzureMetrics), not invalid; --strict passes', () => {
  const { result, json } = runJson<SummaryDocument>(['summarize', 'test/fixtures/input/with-platform-metrics.jsonl', '--strict']);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual([json.input.read, json.input.used, json.input.ignored, json.input.invalid], [7, 4, 3, 0]);
  assert.deepEqual(json.input.byCategory, { CallSummary: 2, CallDiagnostics: 2, AzureMetrics: 2, AllMetrics: 1 });
  assert.doesNotMatch(result.stderr, /invalid record/);
});
