import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runJson } from '../support/run-cli.js';

/**
 * `input.timesNotRead`, `input.numbersNotRead` and their stderr warnings count the values not read of the records
 * used only: not of an exact duplicate, a version superseded, nor (in `call`) another call's record that names the
 * call. A CI job that gates on them must not fail on values nothing used.
 */
const DIR = 'test/fixtures/input/not-read-unused/';
const THREADS = ['1', '2'];

test('a record with an impossible time delivered three times: one time not read, named at its first copy, in every layout and on 1 and 2 threads', () => {
  const layouts: Array<[string, number]> = [
    ['duplicate-impossible-time.jsonl', 1],
    ['duplicate-impossible-time.jsonl.gz', 1],
    ['duplicate-impossible-time-array.json', 2],
    ['duplicate-impossible-time-envelope.json', 3],
    ['duplicate-impossible-time.csv', 2],
  ];
  for (const [name, line] of layouts) {
    for (const threads of THREADS) {
      const file = `${DIR}${name}`;
      const { result, json } = runJson<SummaryDocument>(['summarize', file, '--threads', threads, '--strict']);
      const at = `${name}, --threads ${threads}`;
      assert.equal(result.status, 0, `${at}: ${result.stderr}`);
      assert.deepEqual([json.input.read, json.input.used, json.input.duplicates], [3, 1, 2], at);
      assert.equal(json.input.timesNotRead, 1, at);
      assert.equal(json.input.numbersNotRead, 0, at);
      assert.equal(result.stderr, `warning: ${file}: 1 time not read as a date (at line ${line}: '2026-02-30T09:00:00Z' in callStartTime); it counts as absent\n`, at);
    }
  }
});

test('versions superseded (by a higher version, or by the final record) add no numbers not read; the version used does', () => {
  const file = `${DIR}superseded-out-of-range.jsonl`;
  for (const threads of THREADS) {
    const { result, json } = runJson<SummaryDocument>(['summarize', file, '--threads', threads, '--strict']);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual([json.input.read, json.input.used, json.input.superseded], [6, 3, 3], `--threads ${threads}`);
    // Leg p1's versions 1 and 2 (-1 s) gave way to version 3 (300 s), the stream's version (jitter -4) to its final
    // record: only leg p2's one version (-2 s) is used with a number not read.
    assert.equal(json.input.numbersNotRead, 1, `--threads ${threads}`);
    assert.equal(json.input.timesNotRead, 0);
    assert.equal(result.stderr, `warning: ${file}: 1 number not read (at line 6: '-2' in participantDuration, out of range: below 0); it counts as absent\n`);
  }
  const { result, json } = runJson<CallDocument>(['call', 'a1000000', file]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(json.input.numbersNotRead, 1);
  assert.deepEqual(json.participants.map((p) => p.durationSeconds), [300, null]);
});

test("call: another call's records that name the call are filtered, and their values not read are not counted nor warned", () => {
  const cases: Array<[string, keyof CallDocument['input'], number, string]> = [
    ['transfer-out-of-range.jsonl', 'numbersNotRead', 3, "3 numbers not read (first at line 3: '-9' in callDuration, out of range: below 0); they count as absent"],
    ['transfer-impossible-time.jsonl', 'timesNotRead', 1, "1 time not read as a date (at line 3: '2026-02-30T09:00:00Z' in callStartTime); it counts as absent"],
  ];
  for (const [name, field, inB, warning] of cases) {
    const file = `${DIR}${name}`;
    const { result, json } = runJson<CallDocument>(['call', 'a1000000', file, '--strict']);
    assert.equal(result.status, 0, `${name}: ${result.stderr}`);
    assert.equal(json.correlationId, 'a1000000-0000-4000-8000-000000000001');
    assert.equal(json.input.used, 2, name);
    assert.equal(json.input.filtered, json.input.read - 2, name);
    assert.equal(json.input.timesNotRead, 0, name);
    assert.equal(json.input.numbersNotRead, 0, name);
    assert.equal(result.stderr, '', name);
    // Call B's own story, and summarize (which uses every call), count them.
    const b = runJson<CallDocument>(['call', 'b9000000', file]);
    assert.equal(b.json.input[field], inB, `${name}: call b9000000`);
    assert.equal(b.result.stderr, `warning: ${file}: ${warning}\n`);
    for (const threads of THREADS) {
      const all = runJson<SummaryDocument>(['summarize', file, '--threads', threads]);
      assert.equal(all.json.input[field as 'timesNotRead' | 'numbersNotRead'], inB, `${name}: summarize --threads ${threads}`);
      assert.equal(all.result.stderr, `warning: ${file}: ${warning}\n`);
    }
  }
});

test('of exact copies in two files, the first read is used and named, on 1 and 2 threads, whichever layout each file has', () => {
  const jsonl = `${DIR}duplicate-impossible-time.jsonl`;
  const array = `${DIR}duplicate-impossible-time-array.json`;
  for (const [first, line] of [
    [array, 2],
    [jsonl, 1],
  ] as const) {
    const files = first === array ? [array, jsonl] : [jsonl, array];
    for (const threads of THREADS) {
      const { result, json } = runJson<SummaryDocument>(['summarize', ...files, '--threads', threads]);
      assert.deepEqual([json.input.used, json.input.duplicates, json.input.timesNotRead], [1, 5, 1], `--threads ${threads}`);
      assert.equal(result.stderr, `warning: ${first}: 1 time not read as a date (at line ${line}: '2026-02-30T09:00:00Z' in callStartTime); it counts as absent\n`, `${files.join(' ')} --threads ${threads}`);
    }
  }
});
