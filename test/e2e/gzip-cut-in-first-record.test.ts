import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { constants, gunzipSync } from 'node:zlib';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runCli, runJson } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

/**
 * A gzip blob cut inside its first record (150 bytes of one CallSummary of call abcdef02…): the break came while the
 * shape was being decided, so the file was skipped as one that holds no call logs, and `call` said "no call", though
 * what was lost may hold the id. It is read as the text before the break, as the same text unzipped is: a torn
 * record, one invalid item that ends the file.
 */
const CUT = 'test/fixtures/input/gzip-cut-in-first-record.jsonl.gz';
const OTHER = 'test/fixtures/input/p2p-call.jsonl';
const TORN = /gzip-cut-in-first-record\.jsonl\.gz:1: invalid record: truncated gzip stream \(unexpected end of file\); the rest of the file is not read\n/;

test('call: a gzip cut inside its first record could not be read to the end, and may hold the call (exit 2), as the same file unzipped', () => {
  const { status, stderr } = runCli(['call', 'abcdef02', CUT, OTHER]);
  assert.equal(status, 2);
  assert.match(stderr, TORN);
  assert.doesNotMatch(stderr, /skipped/);
  assert.match(stderr, new RegExp(`acs-calllogs: no call 'abcdef02' in ${CUT}, ${OTHER}: 1 file could not be read to the end \\(shown above\\), and may hold it; no call's or leg's id seen is near it, `));
  // The text before the break, unzipped: the same words.
  const plain = join(scratchDir('gzip-cut-'), 'cut.jsonl');
  writeFileSync(plain, gunzipSync(readFileSync(CUT), { finishFlush: constants.Z_SYNC_FLUSH }));
  const unzipped = runCli(['call', 'abcdef02', plain, OTHER]);
  assert.equal(unzipped.status, 2);
  assert.match(unzipped.stderr, /: 1 file could not be read to the end \(shown above\), and may hold it; no call's or leg's id seen is near it, /);
});

test('summarize counts a gzip cut inside its first record as a file read with one invalid record, not a file skipped, on one thread or several', () => {
  for (const threads of ['1', '2']) {
    const { result, json } = runJson<SummaryDocument>(['summarize', CUT, OTHER, '--threads', threads]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, TORN);
    assert.equal(json.input.files, 2);
    assert.equal(json.input.invalid, 1);
    assert.equal(json.input.skippedFiles, 0);
    assert.deepEqual(json.input.shapes, { 'json-lines': 2 });
  }
  // --strict fails it, as any torn blob.
  assert.equal(runCli(['summarize', CUT, OTHER, '--strict']).status, 2);
});
