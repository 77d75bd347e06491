import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { type CliResult, runCli, runJson } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

/**
 * Exports torn inside their last record, before its id (a blob cut mid-write): `call` scans other calls' records on
 * their raw text and passed over the torn one, which no longer holds an id, so a torn blob read as a whole one and
 * --strict passed it, whoever's record was lost. Each file of test/fixtures/torn holds, in its layout, call A's
 * summary, call B's summary, A's stream 1, then A's stream 2 cut after `"category": "CallDiagnostics",`.
 */
const DIR = 'test/fixtures/torn';
const A = 'a1000000-0000-4000-8000-000000000001';
const TORN_VALUE = 'the text ends inside this value \\(truncated\\?\\)';
/**
 * Every layout says the same of its torn record, whatever reads it: JSON Lines and an array's lines, read as lines,
 * said what JSON.parse said of where the cut fell ("Expected double-quoted property name"), and the same file in
 * UTF-16, read by the scanner of JSON text, said it ends inside the value.
 */
const LAYOUTS: { file: string; line: number; reason: string }[] = [
  { file: 'array-pretty.json', line: 50, reason: TORN_VALUE },
  { file: 'array-compact.json', line: 1, reason: TORN_VALUE },
  { file: 'array-element-a-line.json', line: 5, reason: TORN_VALUE },
  { file: 'envelope-pretty.json', line: 51, reason: TORN_VALUE },
  { file: 'envelope-compact.json', line: 1, reason: TORN_VALUE },
  { file: 'envelopes-a-line.jsonl', line: 4, reason: TORN_VALUE },
  { file: 'envelopes-a-line-shared.jsonl', line: 2, reason: TORN_VALUE },
  { file: 'json-lines.jsonl', line: 4, reason: TORN_VALUE },
  { file: 'jq-stream.json', line: 49, reason: TORN_VALUE },
  { file: 'query-api.json', line: 84, reason: TORN_VALUE },
];

/** Every line of stderr is a warning or the one error line: no stack trace, nothing else. */
function assertPlainStderr(stderr: string, what: string): void {
  for (const line of stderr.trimEnd().split('\n')) assert.match(line, /^(warning|acs-calllogs): /, `${what}: ${line}`);
}

/** The fixture as read, gzipped and in UTF-16 (with its BOM): each read its own way. */
function copies(file: string): { path: string }[] {
  const dir = scratchDir('torn-');
  const text = readFileSync(join(DIR, file));
  const gz = join(dir, `${file}.gz`);
  writeFileSync(gz, gzipSync(text));
  const utf16 = join(dir, file);
  writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.toString('utf8'), 'utf16le')]));
  return [{ path: join(DIR, file) }, { path: gz }, { path: utf16 }];
}

/** `path:line` as a regular expression. */
function placeRe(path: string, line: number): string {
  return `${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}`;
}

/** The one invalid record on a line of its own, with no count line above it to say it again. */
function warned(result: CliResult, path: string, line: number, reason: string): void {
  assert.match(result.stderr, new RegExp(`^warning: ${placeRe(path, line)}: invalid record: ${reason}$`, 'm'), result.stderr);
  assert.doesNotMatch(result.stderr, /invalid records?, not used/, result.stderr);
}

test('call: a record torn by the end of its file is one invalid item in every layout, whoever it was, and --strict fails it (exit 2)', () => {
  for (const { file, line, reason } of LAYOUTS) {
    for (const { path } of copies(file)) {
      const { result, json } = runJson<CallDocument>(['call', 'a1000000', path, '--strict', '--fail-on-poor']);
      assert.equal(result.status, 2, `${path}: ${result.stderr}`);
      assert.equal(json.correlationId, A);
      // A's summary and stream 1 used, B's summary passed over unparsed, the torn record invalid: read = 4.
      assert.deepEqual([json.input.used, json.input.filtered, json.input.invalid, json.input.read], [2, 1, 1, 4], path);
      warned(result, path, line, reason);
      assert.match(result.stderr, new RegExp(`^acs-calllogs: --strict: 1 invalid record \\(at ${placeRe(path, line)}: ${reason}\\), so exit 2$`, 'm'), path);
      assertPlainStderr(result.stderr, path);
    }
  }
});

test('summarize counts the torn record alike, on one thread and on two', () => {
  for (const { file, line, reason } of LAYOUTS) {
    const path = join(DIR, file);
    const one = runJson<SummaryDocument>(['summarize', path, '--strict', '--threads', '1']);
    const two = runCli(['summarize', path, '--strict', '--threads', '2', '--format', 'json']);
    assert.equal(one.result.status, 2, `${file}: ${one.result.stderr}`);
    assert.deepEqual([one.json.input.used, one.json.input.invalid], [3, 1], file);
    warned(one.result, path, line, reason);
    assert.deepEqual([two.status, two.stdout, two.stderr], [2, one.result.stdout, one.result.stderr], file);
  }
});

test('call from standard input: the torn record is invalid too', () => {
  for (const { file, line, reason } of LAYOUTS) {
    const { result, json } = runJson<CallDocument>(['call', 'a1000000', '-', '--strict'], { input: readFileSync(join(DIR, file)) });
    assert.equal(result.status, 2, `${file}: ${result.stderr}`);
    assert.deepEqual([json.input.used, json.input.invalid], [2, 1], file);
    warned(result, '<stdin>', line, reason);
  }
});

test('no call found in a torn file: the file could not be read to the end and may hold it, not that no call has the id', () => {
  for (const { file } of LAYOUTS) {
    for (const { path } of copies(file)) {
      const result = runCli(['call', 'b9000000', path]);
      assert.equal(result.status, 2, path);
      const last = result.stderr.trimEnd().split('\n').at(-1)!;
      // Then A's leg's endpoint, or its leg where the layout has no EndpointId column (the query API's).
      const leg = file === 'query-api.json' ? `p1 (leg of call ${A})` : `e-p1 (endpoint of call ${A})`;
      assert.equal(last, `acs-calllogs: no call 'b9000000' in ${path}: 1 file could not be read to the end (shown above), and may hold it; nearest ids seen: b2000000-0000-4000-8000-000000000002, ${A}, ${leg}`);
      assertPlainStderr(result.stderr, path);
    }
  }
});

test("QA's torn files: the call's own poor record torn off fails --strict; a record torn before another call's id, or a cut between elements, may hold the call", () => {
  const own = runCli(['call', 'a1000000', `${DIR}/torn-own.json`, '--strict', '--fail-on-poor']);
  assert.equal(own.status, 2, own.stderr);
  assert.match(own.stdout, /Verdict: good/); // what was read; the torn stream is what --strict is for
  // The record on its own line, no count line to say it again; the last line names it too, for a CI log's tail.
  const [at, why] = [`${DIR}/torn-own.json:33`, 'the text ends inside this value (truncated?)'];
  assert.equal(own.stderr, `warning: ${at}: invalid record: ${why}\nacs-calllogs: --strict: 1 invalid record (at ${at}: ${why}), so exit 2\n`);

  const before = runCli(['call', 'b9000000', `${DIR}/torn-before-other-id.json`]);
  assert.equal(before.status, 2);
  assert.match(before.stderr, /torn-before-other-id\.json:33: invalid record: the text ends inside this value \(truncated\?\)\n/);
  assert.match(before.stderr, /\nacs-calllogs: no call 'b9000000' in \S+torn-before-other-id\.json: 1 file could not be read to the end \(shown above\), and may hold it; nearest ids seen: a1000000-0000-4000-8000-000000000001, e-p1 \(endpoint of call a1000000-0000-4000-8000-000000000001\), p1 \(leg of call a1000000-0000-4000-8000-000000000001\)\n$/);

  // The invalid item is the cut, which holds no id: it is not said to be a record holding 'zzzzzzzz'.
  const between = runCli(['call', 'zzzzzzzz', `${DIR}/cut-between-elements.json`]);
  assert.equal(between.status, 2);
  assert.match(between.stderr, /cut-between-elements\.json:32: invalid record: the file ends before the array closes: it may be truncated\n/);
  assert.match(between.stderr, /\nacs-calllogs: no call 'zzzzzzzz' in \S+cut-between-elements\.json: 1 file could not be read to the end \(shown above\), and may hold it; no call's or leg's id seen is near it, as a typo's would be: were the logs of the call's day and hour read\?\n$/);
  assert.doesNotMatch(between.stderr, /holding/);
});

test('an invalid item whose text was never searched may have been the call\'s: said so, never as a record holding the id', () => {
  const result = runCli(['call', 'zzzzzzzz', `${DIR}/text-after-array.json`]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /text-after-array\.json:34: invalid record: text outside the JSON value\n/);
  assert.match(result.stderr, /\nacs-calllogs: no call 'zzzzzzzz' in \S+text-after-array\.json: 1 invalid record \(shown above\) may have been its; no call's or leg's id seen is near it, as a typo's would be: were the logs of the call's day and hour read\?\n$/);
  assert.doesNotMatch(result.stderr, /holding/);
});

test('an id too short for a prefix whose only record was invalid: the message says the record may have been its, as for a longer id', () => {
  const path = `${DIR}/short-id-invalid.jsonl`;
  for (const [args, input] of [[['call', 'xyz', path], undefined], [['call', 'xyz', '-'], readFileSync(path)]] as const) {
    const result = runCli([...args], { input });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^warning: \S+:1: invalid record: properties is a string that is not JSON$/m);
    const last = result.stderr.trimEnd().split('\n').at(-1)!;
    assert.equal(last, "acs-calllogs: call id 'xyz' is too short: give the full id or at least 8 characters (no call or leg has the whole id 'xyz'; 1 record holding 'xyz' was invalid (shown above), and may have been its)");
    assertPlainStderr(result.stderr, basename(path));
  }
});
