import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

const CALL = '8d1a8374-344d-4502-b54b-ba2d6daaf0ae';
const INPUT = 'test/fixtures/input/p2p-call.jsonl';

/**
 * The plain-text report is `table` to summarize and `text` to call, and the config file's `format`, shared by both,
 * takes either: so does each command's --format and --report, and --help says so (formats.ts).
 */
test("call takes summarize's name for its plain-text report, table, as the config file already did: --format and --report", () => {
  const text = runCli(['call', CALL, INPUT]);
  assert.equal(text.status, 0, text.stderr);
  const table = runCli(['call', CALL, INPUT, '--format', 'table']);
  assert.equal(table.status, 0, table.stderr);
  assert.equal(table.stdout, text.stdout);
  const path = join(scratchDir('alias-'), 'call.txt');
  const report = runCli(['call', CALL, INPUT, '--format', 'json', '--report', `table=${path}`]);
  assert.equal(report.status, 0, report.stderr);
  assert.equal(readFileSync(path, 'utf8'), text.stdout);
});

test("summarize takes call's name, text, for its table: --format, --report and the config file alike", () => {
  const table = runCli(['summarize', INPUT]);
  assert.equal(table.status, 0, table.stderr);
  assert.equal(runCli(['summarize', INPUT, '--format', 'text']).stdout, table.stdout);
  const dir = scratchDir('alias-');
  const report = runCli(['summarize', INPUT, '--format', 'json', '--report', `text=${join(dir, 'calls.txt')}`]);
  assert.equal(report.status, 0, report.stderr);
  assert.equal(readFileSync(join(dir, 'calls.txt'), 'utf8'), table.stdout);
  writeFileSync(join(dir, 'acs-calllogs.config.json'), JSON.stringify({ format: 'text' }));
  assert.equal(runCli(['summarize', join(process.cwd(), INPUT)], { cwd: dir }).stdout, table.stdout);
});

test('--help names the alias, and an unknown format names the choices and the alias', () => {
  // The descriptions are wrapped to the help's width: the words are compared, not the lines.
  assert.match(runCli(['call', '--help']).stdout.replace(/\s+/g, ' '), /table, summarize's name for it, is text here too/);
  assert.match(runCli(['summarize', '--help']).stdout.replace(/\s+/g, ' '), /text, call's name for it, is table here too/);
  const call = runCli(['call', CALL, INPUT, '--format', 'csv']);
  assert.equal(call.status, 2);
  assert.match(call.stderr, /^acs-calllogs: unknown --format 'csv' \(expected one of: text, json, markdown, junit; table is text\)\n$/);
  const summarize = runCli(['summarize', INPUT, '--report', 'txt=out.txt']);
  assert.equal(summarize.status, 2);
  assert.match(summarize.stderr, /unknown --report format 'txt' \(expected one of: table, json, junit, markdown, ndjson, github, csv; text is table\)/);
});
