import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SummaryRecord } from '../../../src/schema/call-record.js';
import { normaliseRecord } from '../../../src/schema/normalise-record.js';

/** A CallSummary leg with the ResultCategory given, read as every export is. */
function resultCategoryOf(logged: unknown): string | null {
  const result = normaliseRecord({ Type: 'ACSCallSummary', CorrelationId: 'c1', ParticipantId: 'p1', ParticipantEndReason: '0', ResultCategory: logged });
  assert.equal(result.kind, 'record');
  return (result as { record: SummaryRecord }).record.resultCategory;
}

// The schema article: "ResultCategory … 它可以是以下 4 个值之一: Success、ExpectedError、UnexpectedClientError、UnexpectedServerError".
test('a documented ResultCategory in any case and white space reads as its documented spelling', () => {
  const cases: Array<[unknown, string | null]> = [
    ['Success', 'Success'],
    ['success', 'Success'],
    [' SUCCESS ', 'Success'],
    ['expectedError', 'ExpectedError'],
    ['EXPECTEDERROR', 'ExpectedError'],
    ['unexpectedClientError', 'UnexpectedClientError'],
    ['unexpectedclienterror', 'UnexpectedClientError'],
    ['UNEXPECTEDSERVERERROR', 'UnexpectedServerError'],
    ['\tunexpectedServerError', 'UnexpectedServerError'],
  ];
  for (const [logged, read] of cases) assert.equal(resultCategoryOf(logged), read, String(logged));
});

test('another ResultCategory is kept as logged (trimmed); an absent one is null', () => {
  assert.equal(resultCategoryOf('Unexpected Client Error'), 'Unexpected Client Error');
  assert.equal(resultCategoryOf(' SomethingNew '), 'SomethingNew');
  for (const absent of ['None', 'null', '', undefined]) assert.equal(resultCategoryOf(absent), null, String(absent));
});
