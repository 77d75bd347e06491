import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runJson } from '../support/run-cli.js';

// test/fixtures/input/redacted-spellings.jsonl: one call, its CallSummary leg and two CallDiagnostics streams, every
// number of which is a spelling of Redacted: 'REDACTED', 'redacted', ' redacted ', 'rEdAcTeD', '\tREDACTED', …
const FIXTURE = 'test/fixtures/input/redacted-spellings.jsonl';

test('"Redacted" in a number\'s field, in any case and with spaces around it, is withheld, not a number not read: no warning', () => {
  const { result, json } = runJson<SummaryDocument>(['summarize', FIXTURE]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stderr, '');
  assert.deepEqual([json.input.used, json.input.invalid, json.input.numbersNotRead, json.input.timesNotRead], [3, 0, 0, 0]);
  // Withheld, the metrics are absent: the streams have none read.
  assert.deepEqual([json.totals.streams, json.totals.unknownStreams, json.totals.unknownCalls], [2, 2, 1]);

  const call = runJson<CallDocument>(['call', 'c0de5001', FIXTURE]);
  assert.equal(call.result.status, 0, call.result.stderr);
  assert.equal(call.result.stderr, '');
  assert.equal(call.json.input.numbersNotRead, 0);
  assert.deepEqual(call.json.streams.map((s) => Object.keys(s.metrics).length), [0, 0]);
});
