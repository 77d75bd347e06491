import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
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

/**
 * The run's input counts and totals, read from a file and from standard input (and on two threads), which must
 * agree; the counts must add up.
 */
function summarize(bytes: Buffer, what: string, threads = false): { input: Counts; totals: unknown } {
  const file = join(scratchDir('joined-'), 'all.json');
  writeFileSync(file, bytes);
  const runs = [[file], ['-'], ...(threads ? [[file, '--threads', '2']] : [])].map((args) => {
    const { result, json } = runJson<SummaryDocument>(['summarize', ...args], { input: args[0] === '-' ? bytes : undefined });
    assert.equal(result.status, 0, `${what}, ${args[0]}: ${result.stderr}`);
    assert.equal(result.stderr, '', `${what}, ${args[0]}`);
    assert.equal(json.input.read, parts(json.input), `${what}, ${args[0]}: the counts add up`);
    return { input: json.input, totals: json.totals };
  });
  for (const run of runs.slice(1)) assert.deepEqual(run, runs[0], `${what}: standard input and two threads as the file`);
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

test('an empty blob (a BOM alone) joined among the others: two BOMs at a line\'s start, between two records or after the last, every record still read', () => {
  const apart = runJson<SummaryDocument>(['summarize', ...BLOBS]).json;
  const CALL = 'a60ad5d9-ceeb-4b7f-a165-539cb9f7a904';
  const call = runJson<CallDocument>(['call', CALL, ...BLOBS]).json;
  for (const [encoding, encode] of Object.entries(ENCODINGS)) {
    for (const [how, end] of [['a newline after each blob', '\n'], ['no newline between them', '']] as const) {
      const what = `${encoding}, ${how}`;
      // Empty blobs first, between every two blobs (one or two of them) and last.
      const joined = Buffer.concat([encode(''), ...texts.flatMap((text, i) => [encode(text + end), ...Array.from({ length: 1 + (i % 2) }, () => encode(''))])]);
      const { input, totals } = summarize(joined, what, encoding === 'UTF-8');
      assert.deepEqual([input.read, input.used, input.invalid], [apart.input.read, apart.input.used, 0], what);
      assert.deepEqual(totals, apart.totals, what);
      const file = join(scratchDir('joined-call-'), 'all.json');
      writeFileSync(file, joined);
      const { result, json } = runJson<CallDocument>(['call', CALL, file]);
      assert.equal(result.status, 0, `${what}: ${result.stderr}`);
      const i = json.input as unknown as Counts & { filtered: number };
      assert.equal(i.read, parts(i) + i.filtered, `${what}: call's counts add up`);
      assert.deepEqual({ ...json, input: null }, { ...call, input: null }, what);
      assert.deepEqual([i.read, i.used, i.invalid], [call.input.read, call.input.used, 0], what);
    }
  }
});
