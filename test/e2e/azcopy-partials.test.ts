import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { ROOT, runJson } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

/**
 * `azcopy copy … --recursive` downloads each blob into `.azDownload-<job id>-<name>` beside where it goes, and renames
 * it when it is whole. A folder it is still filling (or that a stopped download left) holds such a part of a blob:
 * here the 10:00 hour whole, and the 11:00 hour's PT1H.json half downloaded, cut inside a record.
 */
function azcopyFolder(): { dir: string; partial: string } {
  const dir = scratchDir('azcopy-');
  const text = readFileSync(join(ROOT, 'test/fixtures/input/article-p2p-call.jsonl'));
  const hour = (h: string) => join(dir, 'insights-logs-callsummary', 'resourceId=', 'y=2026', 'm=11', 'd=29', `h=${h}`, 'm=00');
  mkdirSync(hour('10'), { recursive: true });
  mkdirSync(hour('11'), { recursive: true });
  writeFileSync(join(hour('10'), 'PT1H.json'), text);
  const partial = join(hour('11'), '.azDownload-6c3a1b2e-0c5f-4b4e-6a7d-1f2e3d4c5b6a-PT1H.json');
  writeFileSync(partial, text.subarray(0, Math.floor(text.length / 2)));
  return { dir, partial };
}

test("under a folder, AzCopy's part of a blob being downloaded is skipped, said in a note: --strict passes the whole blobs", () => {
  const { dir, partial } = azcopyFolder();
  const { result, json } = runJson<SummaryDocument>(['summarize', dir, '--strict']);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(
    result.stderr,
    `note: skipped ${partial}: a part of a blob AzCopy is downloading, or left by a download that stopped (AzCopy renames it when whole)\n`,
  );
  assert.deepEqual([json.input.files, json.input.read, json.input.used, json.input.invalid, json.input.skippedFiles], [1, 5, 5, 0, 1]);
});

test('named on the command line, such a part is read as any file: its cut record invalid', () => {
  const { partial } = azcopyFolder();
  const { result, json } = runJson<SummaryDocument>(['summarize', partial]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(json.input.invalid, 1);
  assert.match(result.stderr, /\.azDownload-[^:]*-PT1H\.json:\d+: invalid record: the text ends inside this value/);
});
