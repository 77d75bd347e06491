import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import stringWidth from 'string-width';
import { runCli } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

/** The Breaches column's lines of an unfitted calls table (its last cell), the blank ones left out. */
function breachesOf(table: string): string[] {
  return table
    .split('\n')
    .filter((l) => l.startsWith('│'))
    .map((l) => l.split('│').at(-2)!.trim())
    .filter((t) => t !== '' && t !== 'Breaches');
}

/** A text as it reads once a line wrapped at its words is joined again: "\n  " (the rest of a line, indented) as a space. */
function unwrapped(text: string): string {
  return text.replace(/\n {2}(?=\S)/g, ' ');
}

for (const COLUMNS of [100, 80]) {
  test(`summarize with COLUMNS=${COLUMNS}: every line fits ${COLUMNS} columns, every call, finding, count and line under the tables still there`, () => {
    const piped = runCli(['summarize', 'samples/']);
    assert.equal(piped.status, 0, piped.stderr);
    assert.ok(piped.stdout.split('\n').some((l) => stringWidth(l) > 130), 'the calls table is over 130 columns in a pipe');
    const result = runCli(['summarize', 'samples/'], { env: { COLUMNS: String(COLUMNS) } });
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stdout.split('\n');
    for (const line of lines) assert.ok(stringWidth(line) <= COLUMNS, `${stringWidth(line)} columns: ${line}`);
    // Each call's cells whole (ids, dates, times, durations), and each of its findings, on a line of its own.
    for (const kept of ['ad9b017d', 'a60ad5d9', '89ad9b35', 'f794018d', '959b96af', '341acde7', '8d1a8374', '848d6af0', '2026-11-20', '08:31:07', '21m 30s', '30m 15s']) {
      assert.ok(result.stdout.includes(kept), kept);
    }
    const findings = breachesOf(piped.stdout.slice(0, piped.stdout.indexOf('\n8 calls')));
    assert.ok(findings.includes('583436d8: Audio outbound healed max 21% > 10%') && findings.includes('no CallDiagnostics') && findings.includes('+5 more'), findings.join('\n'));
    for (const finding of findings) assert.ok(lines.some((l) => l.startsWith(`│ ${finding} `)), finding);
    // The lines under the tables, the breakdowns' titles, notes and meanings: every word, in order, however wrapped.
    const text = unwrapped(result.stdout);
    for (const line of [
      '8 calls: 4 poor, 1 unknown, 3 good · 50 streams, 7 poor · 1 with a failed leg',
      'Read 15 files (json-lines 8, records-envelope 2, json-array 3, csv 1, query-api 1): 146 records — 140 used, 1 duplicate, 4 superseded, 1 ignored (other categories)',
      'Poor streams by metric, media type, direction, endpoint type, transport, SDK version, OS family and version, browser (worst first)',
      'User Facing Diagnostics not Good: networkReceiveQuality 1 event in 1 call, networkReconnect 1 event in 1 call',
    ]) {
      assert.ok(text.includes(`\n${line}\n`), line);
    }
    const meaning = (stdout: string) => breachesOf(stdout.slice(stdout.indexOf('Call ends by code'), stdout.indexOf('legs by result category'))).join(' ');
    assert.equal(meaning(result.stdout), meaning(piped.stdout));
    // A metric's name (the tool's word) is never cut with "…": on a narrow table it breaks at a capital onto the next line.
    assert.match(result.stdout, /recvFreezeDuration(PerMinuteInMs| *│[^\n]*\n│ +│ PerMinuteInMs )/);
    assert.doesNotMatch(result.stdout, /recvFreezeDuration[A-Za-z]*…/);
    for (const kept of ['UnexpectedClientError', '410/3101', '0/560000', 'CreateView', '20.8%–93.8%', '500/- ×1']) assert.ok(result.stdout.includes(kept), kept);
  });
}

test('summarize: a pipe, COLUMNS unset, empty, not a number or wider than the tables, and a --report file have the tables whole, byte for byte', () => {
  const piped = runCli(['summarize', 'samples/']);
  assert.equal(piped.status, 0, piped.stderr);
  // As main drew it: the README's first example (checked by readme-examples.test.ts) is this output.
  assert.ok(piped.stdout.startsWith(`┌─────────┬──────────┬─────────────────────┬──────────┬───────┬──────┬─────────┬──────┬${'─'.repeat(48)}┐\n`));
  for (const COLUMNS of ['', 'wide', '0', '300']) assert.equal(runCli(['summarize', 'samples/'], { env: { COLUMNS } }).stdout, piped.stdout, COLUMNS);
  const file = join(scratchDir(), 'table.txt');
  const narrow = runCli(['summarize', 'samples/', '--report', `table=${file}`], { env: { COLUMNS: '80' } });
  assert.equal(narrow.status, 0, narrow.stderr);
  assert.notEqual(narrow.stdout, piped.stdout);
  assert.equal(readFileSync(file, 'utf8'), piped.stdout);
});

test('summarize with COLUMNS=120: the Breaches wrap at their words beside the calls, the rest of a finding indented; too narrow a terminal has the table whole', () => {
  const result = runCli(['summarize', 'samples/'], { env: { COLUMNS: '120' } });
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout.split('\n');
  for (const line of lines) assert.ok(stringWidth(line) <= 120, `${stringWidth(line)} columns: ${line}`);
  assert.ok(lines.some((l) => /│ ec6d55e9: Audio inbound jbuf +│$/.test(l)));
  assert.ok(lines.some((l) => /│ {3}max 410 > 200 ms +│$/.test(l)));
  assert.ok(lines.some((l) => l.includes('│ 2026-11-20 08:31:07 │')), 'Start on one line');
  // Under 78 columns not even the calls' own cells fit: the table is drawn as a pipe has it, and the terminal wraps it.
  const piped = runCli(['summarize', 'samples/']).stdout;
  const narrow = runCli(['summarize', 'samples/'], { env: { COLUMNS: '60' } }).stdout;
  assert.equal(narrow.slice(0, narrow.indexOf('\n8 calls')), piped.slice(0, piped.indexOf('\n8 calls')));
});
