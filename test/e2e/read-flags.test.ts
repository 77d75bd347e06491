import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { runCli } from '../support/run-cli.js';

const OVERSIZED = 'test/fixtures/input/oversized-line.jsonl';

test('summarize on worker threads (--threads 2, $ACS_CALLLOGS_THREADS) writes what one thread writes: JSON, table, stderr, exit code', () => {
  const env = { ACS_CALLLOGS_BATCH_BYTES: '2048', CI: 'true', NO_COLOR: '1' }; // many small batches, spread over the workers
  for (const inputs of [['samples/'], ['samples/', 'test/fixtures']]) {
    for (const format of ['json', 'table']) {
      const one = runCli(['summarize', ...inputs, '--format', format, '--threads', '1'], { env });
      const two = runCli(['summarize', ...inputs, '--format', format, '--threads', '2'], { env });
      const viaEnv = runCli(['summarize', ...inputs, '--format', format], { env: { ...env, ACS_CALLLOGS_THREADS: '3' } });
      assert.equal(one.status, 0, one.stderr);
      assert.ok(one.stdout.length > 1000);
      for (const other of [two, viaEnv]) {
        assert.equal(other.stdout, one.stdout, `${inputs.join(' ')} ${format}`);
        assert.equal(other.stderr, one.stderr);
        assert.equal(other.status, one.status);
      }
    }
  }
});

test('--max-record-bytes: the oversized line is one invalid record at its line; the others are read', () => {
  const result = runCli(['summarize', OVERSIZED, '--format', 'json', '--max-record-bytes', '2048']);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /oversized-line\.jsonl:2: invalid record: larger than 2 KB \(--max-record-bytes\), not read/);
  const doc = JSON.parse(result.stdout) as { input: { records: number; invalid: number } };
  assert.equal(doc.input.invalid, 1);
  assert.equal(doc.input.records, 3);
  const call = runCli(['call', '8d1a8374', OVERSIZED, '--max-record-bytes', '2048', '--format', 'json']);
  assert.match(call.stderr, /oversized-line\.jsonl:2: invalid record: larger than 2 KB/);
  // A limit of 1 byte is said as one, not "1 bytes".
  assert.match(runCli(['summarize', OVERSIZED, '--max-record-bytes', '1']).stderr, /oversized-line\.jsonl:1: invalid record: larger than 1 byte \(--max-record-bytes\), not read/);
});

test('a bad --threads (more than 32 too) or --max-record-bytes is a usage error (exit 2), one line naming the flag, the value and what it takes', () => {
  const cases = [
    ['--threads', '0', 'is less than 1'],
    ['--threads', 'many', 'is not a number'],
    ['--threads', '+2', 'has a + sign'],
    ['--threads', '02', 'has a leading zero'],
    ['--threads', ' 2', 'has white space around the number'],
    ['--threads', '33', 'is more than 32'],
    ['--threads', '99999', 'is more than 32'],
    ['--max-record-bytes', '-5', 'is negative'],
    ['--max-record-bytes', '1.5', 'is not a whole number'],
    ['--max-record-bytes', '1e6', 'has an exponent: write it in digits'],
    ['--max-record-bytes', '0x400', 'is not in decimal digits'],
    ['--max-record-bytes', '2048.', 'has no digit after its point'],
  ];
  for (const [flag, value, problem] of cases) {
    const result = runCli(['summarize', OVERSIZED, flag!, value!]);
    assert.equal(result.status, 2, `${flag} ${value}`);
    const expected = flag === '--threads' ? 'a whole number from 1 to 32' : 'a whole number of at least 1';
    assert.equal(result.stderr, `acs-calllogs: ${flag} '${value}' ${problem}; expected ${expected}, in digits (4)\n`);
  }
  const env = runCli(['summarize', OVERSIZED], { env: { ACS_CALLLOGS_THREADS: '2.5' } });
  assert.equal(env.status, 2);
  assert.equal(env.stderr, "acs-calllogs: ACS_CALLLOGS_THREADS '2.5' is not a whole number; expected a whole number from 1 to 32, in digits (4)\n");
});

test('no progress line when stderr is not a terminal', () => {
  const result = runCli(['summarize', 'samples/', '--format', 'json']);
  assert.doesNotMatch(result.stderr, /reading \d+\/\d+ files/);
});

test('call: the id is found in upper case too; an unknown id names the nearest, from a file and from standard input', () => {
  const file = 'test/fixtures/input/p2p-call.jsonl';
  const upper = runCli(['call', '8D1A8374-344D-4502-B54B-BA2D6DAAF0AE', file, '--format', 'json']);
  assert.equal(upper.status, 0, upper.stderr);
  const hint = /no call '8d1a8370' in .*; nearest ids seen: 8d1a8374-344d-4502-b54b-ba2d6daaf0ae/;
  const fromFile = runCli(['call', '8d1a8370', file]);
  assert.equal(fromFile.status, 2);
  assert.match(fromFile.stderr, hint);
  const fromStdin = runCli(['call', '8d1a8370', '-'], { input: readFileSync(file) });
  assert.equal(fromStdin.status, 2);
  assert.match(fromStdin.stderr, hint);
});

test('call: the nearest ids come from CSV and query-API rows too (by their CallId or CorrelationId column; legs by ParticipantId and EndpointId), from a file and from standard input', () => {
  const cases = [
    ['samples/log-analytics/portal-export-acs-calls-2026-11-20.csv', 'f794018e', 'f794018d-ad40-410f-a885-10ebe648da20, 272950c8-e797-4096-9ca5-dfe06952aaca \\(leg of call f794018d-ad40-410f-a885-10ebe648da20\\), 583436d8-'],
    ['samples/log-analytics/query-api-callsummary-959b96af.json', '959b96ab', '959b96af-607a-4ff9-804a-54bd74980481, 3b464a7c-4871-4aa7-af69-9a31ac66ab0f \\(leg of call 959b96af-607a-4ff9-804a-54bd74980481\\), b8078daa-'],
  ];
  for (const [file, typo, nearest] of cases) {
    for (const result of [runCli(['call', typo!, file!]), runCli(['call', typo!, '-'], { input: readFileSync(file!) })]) {
      assert.equal(result.status, 2, file);
      assert.match(result.stderr, new RegExp(`^acs-calllogs: no call '${typo}' in .*; nearest ids seen: ${nearest}`), file);
    }
  }
});
