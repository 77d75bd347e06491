import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runJson } from '../support/run-cli.js';

// test/fixtures/input/result-category-cases.jsonl: one call, leg p1 ends 0/0 with ResultCategory "unexpectedClientError"
// (failed: the log's category decides), leg p2 0/0 with "SUCCESS".
test('a ResultCategory logged in another case is shown in its documented spelling, in failedLegs as in the breakdown', () => {
  const { result, json } = runJson<SummaryDocument>(['summarize', 'test/fixtures/input/result-category-cases.jsonl']);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(json.calls[0]!.failedLegs, [{ participantId: 'p1', endpointId: 'e1', code: 0, subCode: 0, resultCategory: 'UnexpectedClientError', dropped: false }]);
  assert.deepEqual(json.breakdowns!.endReasons.byCategory, [{ resultCategory: 'UnexpectedClientError', legs: 1 }, { resultCategory: 'Success', legs: 1 }]);
});
