import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runCli, runJson } from '../support/run-cli.js';

const ARCHIVES = 'test/fixtures/input/archives';

test('summarize of a downloaded archive says to extract it, on one line, exit 2', () => {
  for (const [name, what] of [
    ['export.zip', 'a zip archive'],
    ['export.tar', 'a tar archive'],
    ['export.tar.gz', 'a gzip-compressed tar archive'],
  ] as const) {
    const result = runCli(['summarize', `${ARCHIVES}/${name}`]);
    assert.equal(result.status, 2, result.stderr);
    assert.equal(result.stderr, `acs-calllogs: ${ARCHIVES}/${name}: ${what}; extract it first\n`);
    assert.equal(result.stdout, '');
  }
});

test('call on a named archive is the same error', () => {
  const result = runCli(['call', '8d1a8374', `${ARCHIVES}/export.zip`]);
  assert.equal(result.status, 2);
  assert.equal(result.stderr, `acs-calllogs: ${ARCHIVES}/export.zip: a zip archive; extract it first\n`);
});

test('a folder with a stray zip is summarized; the zip is a skipped file with a note', () => {
  const dir = 'test/fixtures/input/dir-with-archive';
  const { result, json } = runJson<SummaryDocument>(['summarize', dir]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(json.input.skippedFiles, 1);
  assert.equal(json.input.used, 4);
  assert.equal(json.totals.calls, 1);
  assert.match(result.stderr, new RegExp(`^note: skipped ${dir}/export\\.zip: a zip archive; extract it first$`, 'm'));
});
