import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countOnlyCall } from '../../../src/model/count-only-call.js';
import type { LoadedCalls } from '../../../src/model/load-calls.js';
import { itemOf } from '../../../src/model/process-line-batch.js';
import { RecordLedger } from '../../../src/model/record-ledger.js';
import { inOrderOf, totalNotRead, type ValuesNotReadInFile } from '../../../src/model/values-not-read.js';

/** Reads `fields` as itemOf does at line `line` of `file`, and adds it to the ledger with its values not read. */
function add(ledger: RecordLedger, fields: Record<string, unknown>, line: number, file = 'f.jsonl', fingerprint = JSON.stringify(fields)): void {
  const item = itemOf(fields, { file, line }, null, () => fingerprint);
  assert.equal(item.kind, 'record');
  if (item.kind === 'record') ledger.add(item.record, item.fingerprint, item.notRead);
}

const leg = (fields: Record<string, unknown>) => ({ Type: 'ACSCallSummary', CorrelationId: 'c1', ParticipantId: 'p1', EndpointId: 'e1', ...fields });
const version = (n: number, fields: Record<string, unknown>) => leg({ Type: 'ACSCallSummaryUpdates', CallUpdatesVersion: String(n), ...fields });

function closed(ledger: RecordLedger): ValuesNotReadInFile[] {
  ledger.close();
  return ledger.valuesNotRead();
}

test('an item carries its values not read only when it has some', () => {
  const good = itemOf(leg({ ParticipantDuration: '60' }), { file: 'f', line: 1 }, null, () => 'x');
  assert.equal(good.kind === 'record' && good.notRead, undefined);
  const bad = itemOf(leg({ ParticipantDuration: '-1', CallStartTime: '2026-02-30T09:00:00Z' }), { file: 'f', line: 2 }, null, () => 'y');
  assert.ok(bad.kind === 'record' && bad.notRead !== undefined);
  assert.deepEqual(bad.notRead.at, { file: 'f', line: 2 });
  assert.equal(bad.notRead.times?.count, 1);
  assert.equal(bad.notRead.numbers?.outOfRange, 'below 0');
});

test('an exact duplicate adds no values not read: the copy used (the first) is named', () => {
  const ledger = new RecordLedger();
  const fields = leg({ CallStartTime: '2026-02-30T09:00:00Z', ParticipantDuration: '-1' });
  for (const line of [4, 7, 9]) add(ledger, fields, line);
  assert.equal(ledger.counts.duplicates, 2);
  assert.deepEqual(
    closed(ledger).map((f) => [f.kind, f.count, f.line]),
    [
      ['time', 1, 4],
      ['number', 1, 4],
    ],
  );
});

test("a superseded version's values not read are not counted, in any order; the version that wins has its own counted", () => {
  const rows = [version(1, { ParticipantDuration: '-1' }), version(2, { ParticipantDuration: '-2' }), version(3, { ParticipantDuration: '300' })];
  for (const order of [
    [0, 1, 2],
    [2, 1, 0],
    [1, 2, 0],
  ]) {
    const ledger = new RecordLedger();
    for (const i of order) add(ledger, rows[i]!, i + 1);
    assert.equal(ledger.counts.superseded, 2, `order ${order}`);
    assert.deepEqual(closed(ledger), [], `order ${order}`);
  }
  // The highest version is the one with a number not read: it is used, and counted once reading is over.
  const ledger = new RecordLedger();
  add(ledger, version(2, { ParticipantDuration: '-2' }), 5);
  add(ledger, version(1, { ParticipantDuration: '60' }), 6);
  assert.deepEqual(ledger.valuesNotRead(), [], 'not before close: a version may yet be superseded');
  assert.deepEqual(closed(ledger).map((f) => [f.kind, f.count, f.line, f.text]), [['number', 1, 5, '-2']]);
});

test('versions with values not read give way to the final record, read before or after them', () => {
  const final = leg({ ParticipantDuration: '61' });
  const versions = [version(1, { ParticipantDuration: '-1' }), version(2, { CallStartTime: 'yesterday' })];
  for (const rows of [[...versions, final], [final, ...versions], [versions[0]!, final, versions[1]!]]) {
    const ledger = new RecordLedger();
    rows.forEach((fields, i) => add(ledger, fields, i + 1));
    assert.equal(ledger.counts.superseded, 2);
    assert.deepEqual(closed(ledger), []);
  }
  // A final record's own values not read are counted, whatever it supersedes.
  const ledger = new RecordLedger();
  add(ledger, versions[0]!, 1);
  add(ledger, leg({ ParticipantDuration: '-7' }), 2);
  assert.deepEqual(closed(ledger).map((f) => [f.count, f.line, f.text]), [[1, 2, '-7']]);
});

test('two versions of one number: the values not read are those of the version held', () => {
  const a = version(2, { ParticipantDuration: '-1', CallType: 'A' });
  const b = version(2, { ParticipantDuration: '5', CallType: 'B' });
  for (const rows of [
    [a, b],
    [b, a],
  ]) {
    const ledger = new RecordLedger();
    rows.forEach((fields, i) => add(ledger, fields, i + 1));
    const kept = ledger.records()[0] as { callType: string };
    const notRead = closed(ledger);
    assert.equal(totalNotRead(notRead, 'number'), kept.callType === 'A' ? 1 : 0);
  }
});

test('records of categories not held: a duplicate adds no values not read', () => {
  const ledger = new RecordLedger((category) => category === 'CallSummary');
  const series = { Type: 'ACSCallClientMediaStatsTimeSeries', CallId: 'c2', MetricName: 'JitterInMs', Sum: '-4', Count: '1', CallClientTimeStamp: '2026-11-20T09:00:00Z' };
  add(ledger, series, 1);
  add(ledger, series, 2);
  assert.equal(ledger.counts.duplicates, 1);
  assert.deepEqual(closed(ledger).map((f) => [f.count, f.line]), [[1, 1]]);
});

test("call: once the call is known, the values not read are its own records', in the order the files were read", () => {
  const ledger = new RecordLedger();
  const tallies = ledger.tallyCalls();
  add(ledger, leg({ CorrelationId: 'b', ParticipantDuration: '-9' }), 1, 'one.jsonl');
  add(ledger, leg({ CorrelationId: 'a', CallStartTime: 'never' }), 2, 'one.jsonl');
  add(ledger, leg({ CorrelationId: 'a', ParticipantId: 'p2', ParticipantDuration: '-3' }), 1, 'two.jsonl');
  add(ledger, leg({ CorrelationId: 'b', CallStartTime: 'never' }), 2, 'two.jsonl');
  const all = closed(ledger);
  assert.deepEqual(all.map((f) => [f.kind, f.file, f.count]), [
    ['time', 'one.jsonl', 1],
    ['time', 'two.jsonl', 1],
    ['number', 'one.jsonl', 1],
    ['number', 'two.jsonl', 1],
  ]);
  const loaded = { calls: [], counts: ledger.counts, tallies, valuesNotRead: all } as unknown as LoadedCalls;
  countOnlyCall(loaded, 'a');
  assert.deepEqual(loaded.valuesNotRead.map((f) => [f.kind, f.file, f.line, f.text]), [
    ['time', 'one.jsonl', 2, 'never'],
    ['number', 'two.jsonl', 1, '-3'],
  ]);
  assert.equal(ledger.counts.used, 2);
  assert.equal(ledger.counts.filtered, 2);
});

test('inOrderOf: a part of the files in the order of the whole', () => {
  const f = (kind: 'time' | 'number', file: string): ValuesNotReadInFile => ({ kind, file, count: 1, line: 1, text: 'x', field: 'y' });
  const all = [f('time', 'b'), f('number', 'a'), f('number', 'b')];
  assert.deepEqual(inOrderOf([f('number', 'b'), f('time', 'b'), f('number', 'a')], all), all);
});
