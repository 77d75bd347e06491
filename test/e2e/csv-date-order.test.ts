import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runCli, runJson } from '../support/run-cli.js';

const startsOf = (json: SummaryDocument) => json.calls.map((c) => c.startTime);

test("a CSV Excel saved in en-US (11/20/2026 9:01, no AM/PM) is read month first, from its own dates", () => {
  const { result, json } = runJson<SummaryDocument>(['summarize', 'test/fixtures/input/excel-dates-month-first.csv']);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(startsOf(json).sort(), ['2026-03-04T09:00:00.000Z', '2026-11-20T09:00:00.000Z']);
  assert.equal(json.input.timesNotRead, 0);
  assert.deepEqual(json.input.undecidedDates, []);
  assert.equal(result.stderr, '');
});

test('a day-first CSV with AM/PM in capitals (en-AE) is read day first once a day over 12 proves it', () => {
  const { result, json } = runJson<SummaryDocument>(['summarize', 'test/fixtures/input/dates-day-first-am-pm.csv']);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(startsOf(json).sort(), ['2026-04-03T09:00:00.000Z', '2026-11-20T21:00:00.000Z']);
  assert.equal(json.input.timesNotRead, 0);
});

test('a CSV whose dates cannot tell day from month is read as before, and stderr names it', () => {
  const file = 'test/fixtures/input/excel-dates-undecided.csv';
  const { result, json } = runJson<SummaryDocument>(['summarize', file]);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(startsOf(json).sort(), ['2026-04-03T09:00:00.000Z', '2026-04-05T09:00:00.000Z']);
  assert.equal(
    result.stderr,
    `warning: ${file}: no date in it tells day from month (every first and second field 12 or less, as in '03/04/2026 09:01'): read day first, as its form (no AM/PM) has it\n`,
  );
});

test('the JSON reports of summarize and call list a CSV whose dates cannot tell day from month, not stderr alone', () => {
  const file = 'test/fixtures/input/excel-dates-undecided.csv';
  const listed = [{ file, date: '03/04/2026 09:01', readAs: 'day-first' }];
  for (const threads of ['1', '2']) {
    const { result, json } = runJson<SummaryDocument>(['summarize', file, '--threads', threads]);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(json.input.undecidedDates, listed, `--threads ${threads}`);
  }
  const { json } = runJson<SummaryDocument>(['summarize', file]);
  const call = runCli(['call', json.calls[0]!.correlationId, file, '--format', 'json']);
  assert.equal(call.status, 0, call.stderr);
  assert.deepEqual(JSON.parse(call.stdout).input.undecidedDates, listed);
});

test("call reads a CSV's dates in the order the whole file proves, other calls' rows too, as summarize does", () => {
  // Only the other call's dates (11/20/2026) prove month first; the call asked for has 03/04/2026 alone.
  const file = 'test/fixtures/input/excel-dates-month-first.csv';
  const call = runCli(['call', 'ex000000-0000-4000-8000-000000000001', file, '--format', 'json']);
  assert.equal(call.status, 0, call.stderr);
  const json = JSON.parse(call.stdout) as { startTime: string; input: { undecidedDates: unknown[] } };
  assert.equal(json.startTime, '2026-03-04T09:00:00.000Z');
  assert.deepEqual(json.input.undecidedDates, []);
  assert.equal(call.stderr, '');
});
