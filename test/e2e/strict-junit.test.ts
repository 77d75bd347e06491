import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

// test/fixtures/input/strict-invalid.jsonl: a poor call d0000001 (RTT 640) whose line 2 is cut (not JSON), a good
// call d0000002, and line 6 `not json`. summarize reads both invalid lines; call d0000001 parses only the lines that
// hold its id, so line 2 alone.
const FIXTURE = 'test/fixtures/input/strict-invalid.jsonl';
// Its testsuite's timestamp the earliest call's start, as every testsuite's; its file the first invalid record's.
const SUITE = `<testsuite name="acs-calllogs input" tests="1" failures="1" errors="0" skipped="0" timestamp="2026-11-23T10:00:00" file="${FIXTURE}">`;

test('summarize --strict: JUnit fails a testcase of its own on the invalid records, named as stderr names them', () => {
  const dir = scratchDir('strict-junit-');
  const file = join(dir, 'calls.xml');
  const { status, stdout, stderr } = runCli(['summarize', FIXTURE, '--strict', '--format', 'junit', '--report', `junit=${file}`]);
  assert.equal(status, 2, stderr);
  const said = /^acs-calllogs: (--strict: 2 invalid records \(first at \S+strict-invalid\.jsonl:2: not JSON: [^\n]+\)), so exit 2$/m.exec(stderr)?.[1];
  assert.ok(said !== undefined, stderr);
  const text = said.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  const attribute = text.replaceAll('"', '&quot;');
  assert.ok(
    stdout.includes(`  ${SUITE}\n    <testcase name="strict" classname="input">\n      <failure message="${attribute}" type="invalid-input">${text}</failure>\n    </testcase>\n  </testsuite>\n</testsuites>\n`),
    stdout,
  );
  // Counted in <testsuites>: two calls, one poor, and the input's testcase failed.
  assert.match(stdout, /<testsuites name="acs-calllogs" tests="3" failures="2" errors="0" time="600">/);
  assert.equal(readFileSync(file, 'utf8'), stdout);
  // On worker threads, the first invalid record is the same one.
  assert.equal(runCli(['summarize', FIXTURE, '--strict', '--format', 'junit', '--threads', '2']).stdout, runCli(['summarize', FIXTURE, '--strict', '--format', 'junit', '--threads', '1']).stdout);
});

test('summarize: without --strict JUnit says nothing of the input; with it and no invalid record, its testcase passes', () => {
  const plain = runCli(['summarize', FIXTURE, '--format', 'junit']);
  assert.equal(plain.status, 0, plain.stderr);
  assert.doesNotMatch(plain.stdout, /acs-calllogs input|name="strict"/);
  assert.match(plain.stdout, /<testsuites name="acs-calllogs" tests="2" failures="1" errors="0" time="600">/);
  const clean = runCli(['summarize', 'samples/', '--strict', '--format', 'junit']);
  assert.equal(clean.status, 0, clean.stderr);
  assert.match(clean.stdout, /<testsuite name="acs-calllogs input" tests="1" failures="0" errors="0" skipped="0" timestamp="2026-11-20T08:30:12">\n {4}<testcase name="strict" classname="input"\/>\n {2}<\/testsuite>\n<\/testsuites>\n$/);
  assert.equal(clean.stdout.replace(/ {2}<testsuite name="acs-calllogs input"[^]*<\/testsuite>\n/, '').replace(/tests="(\d+)"/, (_, n: string) => `tests="${Number(n) - 1}"`), runCli(['summarize', 'samples/', '--format', 'junit']).stdout);
});

test('call --strict: JUnit fails the input\'s testcase on the invalid record of the call\'s scan, after the gates', () => {
  const { status, stdout, stderr } = runCli(['call', 'd0000001', FIXTURE, '--strict', '--fail-on-poor', '--format', 'junit']);
  assert.equal(status, 2, stderr);
  assert.match(stderr, /^acs-calllogs: --strict: 1 invalid record \(at \S+strict-invalid\.jsonl:2: not JSON: [^\n]+\), so exit 2$/m);
  assert.match(stdout, /<testsuites name="acs-calllogs" tests="3" failures="3" errors="0" time="300">/);
  assert.match(stdout, /<testsuite name="acs-calllogs gates"[^]*<\/testsuite>\n {2}<testsuite name="acs-calllogs input" tests="1" failures="1" errors="0" skipped="0" timestamp="2026-11-23T10:00:00" file="test\/fixtures\/input\/strict-invalid\.jsonl">\n {4}<testcase name="strict" classname="input">\n {6}<failure message="--strict: 1 invalid record \(at \S+strict-invalid\.jsonl:2: not JSON: [^"]+\)" type="invalid-input">--strict: 1 invalid record \(at \S+strict-invalid\.jsonl:2: not JSON: [^<]+\)<\/failure>/);
  const plain = runCli(['call', 'd0000001', FIXTURE, '--format', 'junit']);
  assert.equal(plain.status, 0, plain.stderr);
  assert.doesNotMatch(plain.stdout, /acs-calllogs input|name="strict"/);
});

test('--help of summarize and call says that --strict fails a JUnit testcase, not only the exit code', () => {
  for (const command of ['summarize', 'call']) {
    const { status, stdout } = runCli([command, '--help']);
    assert.equal(status, 0);
    assert.match(stdout.replace(/\s+/g, ' '), /--strict exit 2 when any record (read )?is invalid.*and fail the JUnit "strict" testcase/, command);
  }
});
