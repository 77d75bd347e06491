import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runCli, runJson } from '../support/run-cli.js';

const DIR = 'test/fixtures/input/dir-with-foreign-json';

test('a folder with a package.json and a settings file beside the logs: both skipped with a note, no invalid record', () => {
  const { result, json } = runJson<SummaryDocument>(['summarize', DIR, '--strict']);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual([json.input.read, json.input.used, json.input.invalid, json.input.skippedFiles], [4, 4, 0, 2]);
  assert.match(result.stderr, new RegExp(`^note: skipped ${DIR}/package\\.json: not call logs: JSON without call-log fields \\(keys "name", "version", "type", …\\)$`, 'm'));
  assert.doesNotMatch(result.stderr, /invalid record/);
});

test('a foreign JSON file named on the command line is still an error', () => {
  // Its "type": "module" reads as a Type column: one record of another category, as before.
  const result = runCli(['summarize', `${DIR}/package.json`]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /no call-log records found in .*package\.json \(read 1 file, 1 record, all ignored: other categories \(module 1\)\)/);
  const settings = runCli(['summarize', `${DIR}/keybindings.json`]);
  assert.equal(settings.status, 2);
  assert.match(settings.stderr, /no call-log records found in .*keybindings\.json \(read 1 file, 0 records, 1 invalid\)/);
});

test('a file of platform metrics only: the error says what its records were, not just how many', () => {
  const result = runCli(['summarize', '-q', 'test/fixtures/input/platform-metrics-only.json']);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /no call-log records found in .*platform-metrics-only\.json \(read 1 file, 2 records, all ignored: other categories \(AzureMetrics 2\)\)\n$/);
});
