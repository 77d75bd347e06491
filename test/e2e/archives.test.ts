import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runCli, runJson } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

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

test('an Excel workbook (calls.xlsx) is asked for as CSV, not to be extracted as a zip', () => {
  const result = runCli(['summarize', `${ARCHIVES}/calls.xlsx`]);
  assert.equal(result.status, 2);
  assert.equal(result.stderr, `acs-calllogs: ${ARCHIVES}/calls.xlsx: an Excel workbook (or another Office file); save it as CSV UTF-8, which is read\n`);
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

test('an xz, bzip2 or zstd file (a .tar.xz, .tar.bz2 too) says to decompress it, exit 2 named, a note under a folder', () => {
  const files = [
    ['p2p-call.jsonl.xz', 'an xz-compressed file'],
    ['export.tar.xz', 'an xz-compressed file'],
    ['p2p-call.jsonl.bz2', 'a bzip2-compressed file'],
    ['export.tar.bz2', 'a bzip2-compressed file'],
    ['p2p-call.jsonl.zst', 'a zstd-compressed file'],
  ] as const;
  // Each was "no call-log records found in … (…; not call logs: binary data)", which did not say why.
  for (const [name, what] of files) {
    const result = runCli(['summarize', `${ARCHIVES}/${name}`]);
    assert.equal(result.status, 2, result.stderr);
    assert.equal(result.stderr, `acs-calllogs: ${ARCHIVES}/${name}: ${what}; decompress it first (gzip is read as is)\n`);
    assert.equal(result.stdout, '');
  }
  const call = runCli(['call', '8d1a8374', `${ARCHIVES}/p2p-call.jsonl.zst`]);
  assert.equal(call.status, 2);
  assert.equal(call.stderr, `acs-calllogs: ${ARCHIVES}/p2p-call.jsonl.zst: a zstd-compressed file; decompress it first (gzip is read as is)\n`);

  const dir = join(scratchDir('compressed-'), 'logs');
  mkdirSync(dir);
  copyFileSync('test/fixtures/input/dir-with-archive/p2p-call.jsonl', join(dir, 'p2p-call.jsonl'));
  for (const [name] of files) copyFileSync(`${ARCHIVES}/${name}`, join(dir, name));
  const { result, json } = runJson<SummaryDocument>(['summarize', dir]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(json.input.skippedFiles, files.length);
  assert.equal(json.totals.calls, 1);
  for (const [name, what] of files) {
    assert.match(result.stderr, new RegExp(`^note: skipped ${dir}/${name.replaceAll('.', '\\.')}: ${what}; decompress it first \\(gzip is read as is\\)$`, 'm'));
  }
});

test('a Parquet file (Stream Analytics writes a capture so) is named and what to do said: exit 2 named, a note under a folder', () => {
  // calls.parquet: a Parquet file of one column (CorrelationId) and no row, written by hand: "PAR1", its footer's
  // FileMetaData (Thrift compact), the footer's length, "PAR1". It was "not call logs: binary data".
  const note = "a Parquet file (Stream Analytics' capture format); convert it to JSON Lines or CSV first, or capture the event hub in Avro, which is read";
  for (const command of [['summarize'], ['call', '8d1a8374']]) {
    const result = runCli([...command, `${ARCHIVES}/calls.parquet`]);
    assert.equal(result.status, 2, result.stderr);
    assert.equal(result.stderr, `acs-calllogs: ${ARCHIVES}/calls.parquet: ${note}\n`, command[0]);
  }
  const dir = join(scratchDir('parquet-'), 'logs');
  mkdirSync(dir);
  copyFileSync('test/fixtures/input/dir-with-archive/p2p-call.jsonl', join(dir, 'p2p-call.jsonl'));
  copyFileSync(`${ARCHIVES}/calls.parquet`, join(dir, 'calls.parquet'));
  const { result, json } = runJson<SummaryDocument>(['summarize', dir]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(json.input.skippedFiles, 1);
  assert.equal(json.totals.calls, 1);
  assert.equal(result.stderr, `note: skipped ${dir}/calls.parquet: ${note}\n`);
});
