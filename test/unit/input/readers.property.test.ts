import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { InputError } from '../../../src/input/input-event.js';
import { itemsRead } from '../../../src/model/file-tally.js';
import { loadCalls } from '../../../src/model/load-calls.js';
import { chunkedStream, collect } from './input-test-helpers.js';

/** Modest and seeded: the same cases on every run, in CI too. */
const RUNS = { numRuns: 200, seed: 20261126 };

/** JSON-ish pieces, so that the bytes often look like an export and reach the deeper paths of the readers. */
const TOKENS = ['[', ']', '{', '}', '"', ',', ':', '\n', '\r\n', '\\', ' ', 'a', '1', '-2.5e3', 'null', 'true', '"records"', '"tables"', '"rows"', '"columns"',
  '"category"', '"CallDiagnostics"', '"correlationId"', '"c1"', '"properties"', '"{\\"x\\":1}"', '\ufeff', '\u0000', 'TimeGenerated [UTC],CorrelationId\n'];
const jsonish = fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((parts) => Buffer.from(parts.join(''), 'utf8'));
const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 3000 }).map((b) => Buffer.from(b)), jsonish);
/** Some inputs gzipped, some of those cut short: a torn blob. */
const input = fc.tuple(anyBytes, fc.integer({ min: 0, max: 3 }), fc.double({ min: 0, max: 1, noNaN: true })).map(([bytes, mode, cut]) => {
  if (mode < 2) return bytes;
  const gz = gzipSync(bytes);
  return mode === 2 ? gz : gz.subarray(0, Math.floor(gz.length * cut));
});
const chunk = fc.integer({ min: 1, max: 700 });

/** Reading never throws anything but InputError; returns the number of items (records, invalid, filtered) read. */
async function itemsOf(bytes: Buffer, size: number): Promise<number | 'input-error'> {
  try {
    const events = await collect(['-'], { stdin: chunkedStream(bytes, size) });
    return events.filter((e) => e.kind === 'record' || e.kind === 'invalid' || e.kind === 'filtered').length;
  } catch (error) {
    if (error instanceof InputError) return 'input-error';
    throw error;
  }
}

test('any bytes, plain, gzipped or torn, in any chunking: the readers throw nothing but InputError', async () => {
  await fc.assert(
    fc.asyncProperty(input, chunk, async (bytes, size) => {
      await itemsOf(bytes, size);
    }),
    RUNS,
  );
});

test('any bytes: every item read is counted exactly once, and the counts add up', async () => {
  await fc.assert(
    fc.asyncProperty(input, chunk, async (bytes, size) => {
      const items = await itemsOf(bytes, size);
      if (items === 'input-error') return;
      const loaded = await loadCalls(['-'], { stdin: chunkedStream(bytes, size), perFile: true });
      const c = loaded.counts;
      assert.equal(itemsRead(c), items, 'read = used + duplicates + superseded + ignored + invalid + filtered');
      assert.equal(c.records, c.used + c.duplicates + c.superseded + c.ignored);
      assert.equal(loaded.perFile!.reduce((n, f) => n + f.read, 0), items, 'the per-file counts add up to the run');
    }),
    RUNS,
  );
});

test('any JSON values, as JSON Lines or as an array: never a throw, and the counts add up', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.jsonValue({ maxDepth: 4 }), { minLength: 1, maxLength: 12 }), fc.boolean(), chunk, async (values, asArray, size) => {
      const text = asArray ? JSON.stringify(values, null, 2) : values.map((v) => JSON.stringify(v)).join('\n');
      const items = await itemsOf(Buffer.from(text, 'utf8'), size);
      if (items === 'input-error') return;
      const loaded = await loadCalls(['-'], { stdin: chunkedStream(text, size) });
      assert.equal(itemsRead(loaded.counts), items);
    }),
    RUNS,
  );
});
