import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runCli, runJson } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

// The same call's two legs and two streams, in a storage blob (JSON lines) and in a Log Analytics query's output.
const STORAGE = 'test/fixtures/input/two-layouts/storage-PT1H.json';
const ANALYTICS = 'test/fixtures/input/two-layouts/log-analytics-query.json';

test('summarize: a leg or stream read from two layouts of an export counts once, and the copies are counted', () => {
  const one = runJson<SummaryDocument>(['summarize', STORAGE]).json;
  const runs = ['1', '2'].map((threads) => runJson<SummaryDocument>(['summarize', STORAGE, ANALYTICS, '--threads', threads]));
  for (const { result } of runs) assert.equal(result.status, 0, result.stderr);
  assert.equal(runs[0]!.result.stdout, runs[1]!.result.stdout, 'one thread and two give the same');
  const both = runs[0]!.json;
  assert.deepEqual(both.totals, one.totals);
  assert.deepEqual(both.calls, one.calls);
  assert.equal(both.input.read, 8);
  assert.equal(both.input.used, 8);
  assert.equal(both.input.copies, 4);
  assert.equal(both.input.duplicates, 0);
  assert.equal(one.input.copies, 0);
  const text = runCli(['summarize', STORAGE, ANALYTICS, '--format', 'table']);
  assert.match(text.stdout, /8 records — 8 used \(4 of them copies of other records, written otherwise, counted once\)/);
});

test('the Read line says what a copy is when it comes from one layout too: not "another layout\'s"', () => {
  // The first leg twice in one JSON Lines file, its callDuration written 6 and 6.0: not the same bytes, so no exact
  // duplicate, but read alike: a copy, with no second layout anywhere.
  const line = readFileSync(STORAGE, 'utf8').split('\n')[0]!;
  assert.match(line, /"callDuration":6,/);
  const file = join(scratchDir('one-layout-'), 'PT1H.json');
  writeFileSync(file, `${line}\n${line.replace('"callDuration":6,', '"callDuration":6.0,')}\n`);
  const { json } = runJson<SummaryDocument>(['summarize', file]);
  assert.deepEqual([json.input.shapes, json.input.copies, json.input.duplicates], [{ 'json-lines': 1 }, 1, 0]);
  const text = runCli(['summarize', file, '--format', 'table', '--no-breakdowns']);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /2 records — 2 used \(1 of them a copy of another record, written otherwise, counted once\)\n/);
  // (The Next: line under it names the file, whose folder is named one-layout-…)
  assert.doesNotMatch(text.stdout.split('\n').find((l) => l.startsWith('Read ')) ?? '', /layout/);
});

test('call: the legs and streams of two layouts are shown once', () => {
  const one = runJson<CallDocument>(['call', '8d1a8374', STORAGE]).json;
  const { result, json } = runJson<CallDocument>(['call', '8d1a8374', STORAGE, ANALYTICS]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(json.participants.length, one.participants.length);
  assert.deepEqual(json.streams, one.streams);
  assert.equal(json.input.copies, 4);
});

test('a gate counts a stream once however many layouts hold it', () => {
  const gate = ['--max-poor-streams', '0'];
  const alone = runCli(['summarize', STORAGE, ...gate, '--format', 'json']);
  const both = runCli(['summarize', STORAGE, ANALYTICS, ...gate, '--format', 'json']);
  assert.equal(both.status, alone.status);
  assert.deepEqual(JSON.parse(both.stdout).gates, JSON.parse(alone.stdout).gates);
});

test('a time with 7 fraction digits is cut to the millisecond as the portal writes it: its CSV row is a copy, not a second leg', () => {
  // The leg starts at 08:31:07.1235678 in the query's JSON and at "8:31:07.123 AM" in the portal's CSV; rounded, the
  // JSON's was .124, and the one dropped leg was two legs and two issues.
  const dir = 'test/fixtures/input/seven-digit-times';
  const { result, json } = runJson<SummaryDocument>(['summarize', dir]);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual([json.input.read, json.input.copies], [2, 1]);
  assert.equal(json.calls.length, 1);
  assert.equal(json.calls[0]!.participants, 1);
  assert.equal(json.calls[0]!.startTime, '2026-11-20T08:31:07.123Z');
  const call = runJson<CallDocument>(['call', 'c22c22c2', dir]).json;
  assert.equal(call.participants.length, 1);
});
