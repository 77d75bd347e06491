import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, runCli } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

/**
 * summarize's table ends with the command that tells the story of the first poor call listed (next-step-line.ts): a
 * new user who ran `summarize samples/` saw a table of poor calls and nothing of `call`, which the README's first
 * screen and --help name, but the report never did.
 */

const FIRST_POOR = 'Next: acs-calllogs call ad9b017d samples/ — the story of the first poor call';
/** One poor call, fa11ca5e…, in one file. */
const POOR_FILE = 'test/fixtures/input/id-case.jsonl';

/** The table's lines (stdout), its last one apart. */
function lastLine(stdout: string): string {
  return stdout.trimEnd().split('\n').at(-1)!;
}

/** The words a POSIX shell makes of a line (plain words, '…' and \x): as a user pasting the line runs it. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  for (const m of line.matchAll(/(\s+)|'([^']*)'|\\(.)|([^\s'\\]+)/g)) {
    if (m[1] !== undefined) {
      if (word !== null) words.push(word);
      word = null;
    } else word = (word ?? '') + (m[2] ?? m[3] ?? m[4]);
  }
  if (word !== null) words.push(word);
  return words;
}

/** The command of a "Next:" line, run as pasted (`acs-calllogs` is the built CLI): it must tell the call's story. */
function runNext(line: string, options: Parameters<typeof runCli>[1] = {}): ReturnType<typeof runCli> {
  const command = /^Next: (.*) — the story of /.exec(line)?.[1];
  assert.ok(command !== undefined, line);
  const words = shellWords(command);
  assert.equal(words[0], 'acs-calllogs', line);
  return runCli(words.slice(1), options);
}

test('the table ends with the command that tells the first poor call\'s story, by the id shown, with the inputs given; it runs', () => {
  const table = runCli(['summarize', 'samples/']);
  assert.equal(table.status, 0, table.stderr);
  assert.ok(table.stdout.endsWith(`\n\n${FIRST_POOR}\n`), lastLine(table.stdout));
  const story = runNext(FIRST_POOR);
  assert.equal(story.status, 0, story.stderr);
  assert.match(story.stdout, /ad9b017d-/);
  // The first poor call listed: by start time, the oldest; `text` is the table too; without breakdowns, under what was read.
  assert.equal(lastLine(runCli(['summarize', 'samples/', '--sort', 'start', '--only-poor', '--no-breakdowns']).stdout), 'Next: acs-calllogs call 89ad9b35 samples/ — the story of the first poor call');
  assert.equal(lastLine(runCli(['summarize', './samples', '-f', 'text', '--limit', '1']).stdout), 'Next: acs-calllogs call ad9b017d ./samples — the story of the first poor call');
  // None poor: the first of unknown quality; all good: no line.
  const unknown = runCli(['summarize', 'samples/log-analytics/query-api-callsummary-959b96af.json']);
  assert.equal(lastLine(unknown.stdout), 'Next: acs-calllogs call 959b96af samples/log-analytics/query-api-callsummary-959b96af.json — the story of the first call of unknown quality');
  const good = runCli(['summarize', 'test/fixtures/input/p2p-call.jsonl']);
  assert.equal(good.status, 0, good.stderr);
  assert.doesNotMatch(good.stdout, /Next:/);
});

test('only the table has it, on standard output or in a --report file: no other format, not with --quiet', () => {
  for (const format of ['json', 'ndjson', 'csv', 'junit', 'github', 'markdown']) {
    const { stdout } = runCli(['summarize', 'samples/', '--format', format]);
    assert.ok(stdout.length > 0, format);
    assert.doesNotMatch(stdout, /Next:|the story of the first/, format);
  }
  assert.doesNotMatch(runCli(['summarize', 'samples/', '--quiet']).stdout, /Next:/);
  const path = join(scratchDir('next-'), 'calls.txt');
  const json = runCli(['summarize', 'samples/', '--format', 'json', '--report', `table=${path}`]);
  assert.equal(json.status, 0, json.stderr);
  assert.equal(readFileSync(path, 'utf8'), runCli(['summarize', 'samples/']).stdout);
  assert.equal(lastLine(readFileSync(path, 'utf8')), FIRST_POOR);
});

test('the flags that change what call reads or judges are repeated, not --redact; each word quoted for a shell when it needs it', () => {
  const dir = join(scratchDir('next-'), 'my logs');
  mkdirSync(dir);
  // Ids named with escapes (visible-id.ts): the table's `a\u0001b` is quoted, and call reads it back.
  copyFileSync(join(ROOT, 'test/fixtures/input/ids-named-with-escapes.jsonl'), join(dir, 'calls.jsonl'));
  const table = runCli(['summarize', dir, '--threshold', 'jitterAvg.Video=off', '--redact', '--no-breakdowns']);
  assert.equal(table.stdout, runCli(['summarize', dir, '--threshold', 'jitterAvg.Video=off', '--no-breakdowns']).stdout, 'the same without --redact');
  const line = lastLine(table.stdout);
  assert.equal(line, `Next: acs-calllogs call 'a\\u0001b' '${dir}' --threshold jitterAvg.Video=off — the story of the first poor call`);
  const story = runNext(line);
  assert.equal(story.status, 0, story.stderr);
  assert.match(story.stdout, /a\\u0001b/);
  // A config file named is named again (its thresholds judge the call), and so are the reading flags.
  const config = join(scratchDir('next-'), 'team.json');
  writeFileSync(config, JSON.stringify({ thresholds: { roundTripTimeAvg: 900 } }));
  assert.equal(lastLine(runCli(['summarize', 'samples/', '--config', config]).stdout), `Next: acs-calllogs call ad9b017d samples/ --config ${config} — the story of the first poor call`);
  assert.match(lastLine(runCli(['summarize', POOR_FILE, '--max-record-bytes', '100000', '--no-redact']).stdout), / test\/fixtures\/input\/id-case\.jsonl --max-record-bytes 100000 — /);
});

test('on a terminal narrower than the line, the command is not broken into lines: copied, it runs as it is', () => {
  // It was wrapped at its words as the totals are, inside the quoted path too: pasted, its first line ran alone.
  const dir = join(scratchDir('next-'), 'a rather long folder name for the exported call logs');
  mkdirSync(dir);
  copyFileSync(join(ROOT, POOR_FILE), join(dir, 'calls.jsonl'));
  const table = runCli(['summarize', dir, '--no-breakdowns'], { env: { COLUMNS: '60' } });
  assert.equal(table.status, 0, table.stderr);
  // What it tells goes to the next line; the command is left whole, for the terminal to fold.
  const [command, told] = table.stdout.trimEnd().split('\n').slice(-2);
  assert.equal(command, `Next: acs-calllogs call fa11ca5e '${dir}'`);
  assert.equal(told, '  — the story of the first poor call');
  assert.equal(runNext(`${command} ${told!.trim()}`).status, 0);
  // As wide as the terminal, the line is one.
  const fits = runCli(['summarize', POOR_FILE, '--no-breakdowns'], { env: { COLUMNS: '110' } });
  assert.equal(lastLine(fits.stdout), `Next: acs-calllogs call fa11ca5e ${POOR_FILE} — the story of the first poor call`);
});

test('an input that starts with a dash comes after --, the flags before it; standard input is to be piped in again', () => {
  const cwd = scratchDir('next-');
  mkdirSync(join(cwd, '-logs'));
  copyFileSync(join(ROOT, POOR_FILE), join(cwd, '-logs', 'calls.jsonl'));
  const dashed = runCli(['summarize', '--threshold', 'jitterAvg=30', '--', '-logs'], { cwd });
  assert.equal(dashed.status, 0, dashed.stderr);
  const line = lastLine(dashed.stdout);
  assert.equal(line, 'Next: acs-calllogs call --threshold jitterAvg=30 -- fa11ca5e -logs — the story of the first poor call');
  assert.equal(runNext(line, { cwd }).status, 0);
  const input = readFileSync(join(ROOT, POOR_FILE));
  const piped = runCli(['summarize', '-'], { input });
  assert.equal(lastLine(piped.stdout), 'Next: acs-calllogs call fa11ca5e - — the story of the first poor call, with the same input piped in again');
  assert.equal(runCli(['call', 'fa11ca5e', '-'], { input }).status, 0);
});

test('the program as it was run (npx, else acs-calllogs); inputs from the environment are not repeated; dim on a terminal', () => {
  assert.equal(lastLine(runCli(['summarize', 'samples/'], { env: { npm_lifecycle_event: 'npx' } }).stdout), `Next: npx ${FIRST_POOR.slice('Next: '.length)}`);
  assert.equal(lastLine(runCli(['summarize', 'samples/'], { env: { npm_lifecycle_event: 'test' } }).stdout), FIRST_POOR);
  assert.equal(lastLine(runCli(['summarize'], { env: { ACS_CALLLOGS_INPUT: 'samples/' } }).stdout), 'Next: acs-calllogs call ad9b017d — the story of the first poor call');
  const colored = runCli(['summarize', 'samples/', '--no-breakdowns'], { env: { FORCE_COLOR: '1' } });
  assert.equal(lastLine(colored.stdout), '\u001b[2mNext:\u001b[22m acs-calllogs call ad9b017d samples/ \u001b[2m— the story of the first poor call\u001b[22m');
  // An input whose name holds a control character cannot be pasted back as typed: no line.
  const dir = join(scratchDir('next-'), 'tab\there');
  mkdirSync(dir);
  copyFileSync(join(ROOT, POOR_FILE), join(dir, 'calls.jsonl'));
  const hidden = runCli(['summarize', dir]);
  assert.equal(hidden.status, 0, hidden.stderr);
  assert.doesNotMatch(hidden.stdout, /Next:/);
});

test('more than 4 inputs (a shell glob gives thousands) are named by their number, not written out; 4 are written', () => {
  const files = ['storage-account', 'log-analytics', 'event-hubs', 'exports', 'workspace-export'].map((dir) => `samples/${dir}`);
  const five = runCli(['summarize', ...files, '--no-breakdowns']);
  assert.equal(five.status, 0, five.stderr);
  assert.equal(lastLine(five.stdout), 'Next: acs-calllogs call ad9b017d <the same 5 inputs> — the story of the first poor call');
  const four = runCli(['summarize', ...files.slice(0, 4), '--no-breakdowns', '--threshold', 'jitterAvg=31']);
  assert.equal(lastLine(four.stdout), `Next: acs-calllogs call a60ad5d9 ${files.slice(0, 4).join(' ')} --threshold jitterAvg=31 — the story of the first poor call`);
});
