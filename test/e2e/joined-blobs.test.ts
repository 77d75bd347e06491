import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { filesUnder } from '../support/files-under.js';
import { ROOT, runJson } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

// Storage-account blobs start with a BOM; joined by `cat` (or appended blocks with no newline between them) they put
// one at a line's start or between a record's } and the next {. UTF-8 and UTF-16 must read them alike.

type Counts = { read: number; used: number; duplicates: number; superseded: number; ignored: number; invalid: number };
const parts = (c: Counts) => c.used + c.duplicates + c.superseded + c.ignored + c.invalid;

const BLOBS = filesUnder(join(ROOT, 'samples/storage-account'))
  .filter((f) => f.endsWith('PT1H.json'))
  .sort();
/** Each blob's text without its BOM, its CRLFs as LFs and without its last line end: the records alone. */
const texts = BLOBS.map((f) => readFileSync(f, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').replace(/\n$/, ''));

const ENCODINGS: Record<string, (text: string) => Buffer> = {
  'UTF-8': (text) => Buffer.from(`\uFEFF${text}`, 'utf8'),
  'UTF-16 LE': (text) => Buffer.from(`\uFEFF${text}`, 'utf16le'),
  'UTF-16 BE': (text) => Buffer.from(`\uFEFF${text}`, 'utf16le').swap16(),
};

/** The run's input counts and totals, read from a file and from standard input, which must agree; the counts must add up. */
function summarize(bytes: Buffer, what: string): { input: Counts; totals: unknown } {
  const file = join(scratchDir('joined-'), 'all.json');
  writeFileSync(file, bytes);
  const runs = [[file], ['-']].map((args) => {
    const { result, json } = runJson<SummaryDocument>(['summarize', ...args], { input: args[0] === '-' ? bytes : undefined });
    assert.equal(result.status, 0, `${what}, ${args[0]}: ${result.stderr}`);
    assert.equal(result.stderr, '', `${what}, ${args[0]}`);
    assert.equal(json.input.read, parts(json.input), `${what}, ${args[0]}: the counts add up`);
    return { input: json.input, totals: json.totals };
  });
  assert.deepEqual(runs[1], runs[0], `${what}: standard input as the file`);
  return runs[0]!;
}

test('blobs joined by cat, each with its BOM, with or without a newline between them: every record read, in UTF-16 as in UTF-8', () => {
  const apart = runJson<SummaryDocument>(['summarize', ...BLOBS]).json;
  assert.equal(apart.input.invalid, 0);
  for (const [encoding, encode] of Object.entries(ENCODINGS)) {
    for (const [how, end] of [['a newline after each blob', '\n'], ['no newline between them', '']] as const) {
      const what = `${encoding}, ${how}`;
      const joined = Buffer.concat(texts.map((text) => encode(text + end)));
      const { input, totals } = summarize(joined, what);
      assert.deepEqual([input.read, input.used, input.invalid], [apart.input.read, apart.input.used, 0], what);
      assert.deepEqual(totals, apart.totals, what);
    }
  }
});
