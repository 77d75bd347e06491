import assert from 'node:assert/strict';
import { test } from 'node:test';
import stringWidth from 'string-width';
import { runCli } from '../support/run-cli.js';

const REJOIN = 'a60ad5d9-ceeb-4b7f-a165-539cb9f7a904';

/** The Legs table's lines of call's text report. */
function legsLines(stdout: string): string[] {
  const lines = stdout.split('\n');
  const start = lines.indexOf('Legs') + 1;
  return lines.slice(start, lines.indexOf('', start));
}

test('call with COLUMNS=100: the Legs table fits 100 columns, its ids, times, durations and end codes whole; a pipe has it whole', () => {
  const result = runCli(['call', REJOIN.slice(0, 8), 'samples/'], { env: { COLUMNS: '100' } });
  assert.equal(result.status, 0, result.stderr);
  const lines = legsLines(result.stdout);
  assert.ok(lines.length > 10);
  for (const line of lines) assert.ok(stringWidth(line) <= 100, `${stringWidth(line)} columns: ${line}`);
  const table = lines.join('\n');
  for (const kept of ['e0dd0d03', '2aaed7ee', 'afe17849', '9d64fef3', '816d30e1', '…0d00c904', '+42s', '20m 10s', '1m 36s', '410/3101', '500/4521', '(dropped)', '1.31.2.1']) {
    assert.ok(table.includes(kept), kept);
  }
  // The advice of an end code goes under the narrowed table, whole, wrapped at words: not a word a line in its cell.
  assert.match(table, /┘\nAdvice for 2aaed7ee \(410\/3101\): Check network configuration, make sure it follows Azure\n  Communication Calling network requirements\.\nAdvice for afe17849 \(500\/4521\): File a support request through the Azure portal\.$/);
  assert.doesNotMatch(table, /│ Advice/);
  // The header and verdict are as a pipe has them.
  assert.match(result.stdout, /^Verdict: POOR — 7 issues$/m);
  // Without a width (a pipe, COLUMNS unset or not a number), or one the table fits, it is as wide as it is.
  const piped = runCli(['call', REJOIN.slice(0, 8), 'samples/']);
  assert.equal(piped.status, 0, piped.stderr);
  assert.ok(legsLines(piped.stdout).some((l) => stringWidth(l) > 120));
  for (const COLUMNS of ['', 'wide', '0']) assert.equal(runCli(['call', REJOIN.slice(0, 8), 'samples/'], { env: { COLUMNS } }).stdout, piped.stdout, COLUMNS);
  assert.equal(runCli(['call', REJOIN.slice(0, 8), 'samples/'], { env: { COLUMNS: '300' } }).stdout, piped.stdout);
});

/** The Streams section's lines of call's text report. */
function streamsLines(stdout: string): string[] {
  const lines = stdout.split('\n');
  const start = lines.indexOf('Streams') + 1;
  return lines.slice(start, lines.indexOf('', start));
}

/** A stream's metrics as they read, however wrapped: each one, in order. */
function metricParts(lines: string[]): string[] {
  return lines.filter((l) => /^ {6}\S/.test(l) || /^ {8}\S/.test(l)).flatMap((l) => l.trim().split(' · '));
}

test("call with COLUMNS=100: each stream's metrics wrap at their ' · ' to 100 columns, the rest of a line indented under it; a pipe has one line a stream", () => {
  const VIDEO = 'ad9b017d';
  const piped = runCli(['call', VIDEO, 'samples/']);
  assert.equal(piped.status, 0, piped.stderr);
  assert.ok(streamsLines(piped.stdout).some((l) => stringWidth(l) > 200), 'a stream line is over 200 columns in a pipe');
  const result = runCli(['call', VIDEO, 'samples/'], { env: { COLUMNS: '100' } });
  assert.equal(result.status, 0, result.stderr);
  const lines = streamsLines(result.stdout);
  for (const line of lines) assert.ok(stringWidth(line) <= 100, `${stringWidth(line)} columns: ${line}`);
  // The line of a stream's metrics goes on under it, indented past its start: no separator begins or ends a line.
  assert.ok(lines.some((l) => /^ {8}frame rate 24\.1 fps · res 360p · /.test(l)), lines.join('\n'));
  assert.ok(lines.every((l) => !/ ·$/.test(l) && !/^\s*· /.test(l)));
  // Nothing of them lost or reordered: the same metrics as the pipe's, each whole.
  assert.deepEqual(metricParts(lines), metricParts(streamsLines(piped.stdout)));
  // Every other section as the pipe has it (the Issues wrap too: call-big-group-issues.test.ts; the Events, whose
  // clock and offset columns leave a leave's end reason past 100 columns: call-events.test.ts).
  const outside = (stdout: string) => stdout.split('\n\n').filter((s) => !['Streams', 'Legs', 'Issues', 'Events'].some((name) => s.startsWith(name)));
  assert.deepEqual(outside(result.stdout), outside(piped.stdout));
});

/** The Media stats section's lines of call's text report. */
function mediaLines(stdout: string): string[] {
  const lines = stdout.split('\n');
  const start = lines.indexOf('Media stats (client time series)') + 1;
  assert.ok(start > 0, stdout);
  return lines.slice(start, lines.indexOf('', start));
}

test("call with COLUMNS=80: the Media stats' figures go under each series' sparkline, wrapped at their ' · '; a pipe, or room enough, has a line a series", () => {
  const piped = mediaLines(runCli(['call', REJOIN.slice(0, 8), 'samples/']).stdout);
  assert.ok(piped.some((l) => stringWidth(l) > 120), 'a series is over 120 columns in a pipe');
  const result = runCli(['call', REJOIN.slice(0, 8), 'samples/'], { env: { COLUMNS: '80' } });
  assert.equal(result.status, 0, result.stderr);
  const lines = mediaLines(result.stdout);
  for (const line of lines) assert.ok(stringWidth(line) <= 80, `${stringWidth(line)} columns: ${line}`);
  // Each series: its label and sparkline, its figures under them, and when it was past the limit.
  const at = lines.findIndex((l) => /^ {2}2aaed7ee recv audio\/OPUS JitterInMs from e0dd0d03 +\S+$/.test(l));
  assert.ok(at >= 0, lines.join('\n'));
  assert.deepEqual(lines.slice(at + 1, at + 3), ['    avg 29.67 ms · min 4 ms · max 80.8 ms · limit 30 ms', '    past the limit +41s–+1m 31s (avg up to 52 ms)']);
  // Nothing lost or reordered: the same words as the pipe's.
  const words = (ls: string[]) => ls.join(' ').replace(/ · /g, ' ').split(/\s+/).filter((w) => w !== '');
  assert.deepEqual(words(lines), words(piped));
  // Room enough for every line: as the pipe has it.
  assert.deepEqual(mediaLines(runCli(['call', REJOIN.slice(0, 8), 'samples/'], { env: { COLUMNS: '140' } }).stdout), piped);
});
