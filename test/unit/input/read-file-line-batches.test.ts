import assert from 'node:assert/strict';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { after, test } from 'node:test';
import fc from 'fast-check';
import type { InputEvent } from '../../../src/input/input-event.js';
import { readFileLineBatches } from '../../../src/input/read-file-line-batches.js';
import { readLineBatches } from '../../../src/input/read-line-batches.js';
import { forEachLine } from '../../../src/input/split-lines.js';
import { loadCalls } from '../../../src/model/load-calls.js';
import { collect, fixture, outline } from './input-test-helpers.js';
import { scratchDir } from '../../support/scratch-dir.js';

const dir = scratchDir('file-batches-');
after(() => rmSync(dir, { recursive: true, force: true }));
let written = 0;

function tempFile(bytes: Uint8Array): string {
  const path = join(dir, `input-${written++}.jsonl`);
  writeFileSync(path, bytes);
  return path;
}

/**
 * What a reader's events say, whatever the batches: each line a batch holds with its line number (a line over the
 * limit is invalid there, as its consumer finds it) and each invalid event.
 */
function itemsOf(events: InputEvent[], maxRecordBytes: number): string[] {
  const items: string[] = [];
  for (const event of events) {
    if (event.kind === 'invalid') items.push(`invalid@${event.at.line}`);
    else if (event.kind === 'lines') {
      const bytes = Buffer.from(event.bytes); // a copy: the batch's bytes are good only until the next event
      forEachLine(bytes, event.at.line, (start, end, line) => {
        items.push(end - start > maxRecordBytes ? `invalid@${line}` : `${line}:${bytes.toString('latin1', start, end)}`);
      });
    }
  }
  return items;
}

async function fileBatches(path: string, maxRecordBytes: number, readBytes?: number): Promise<{ events: InputEvent[]; items: string[] }> {
  const handle = await open(path, 'r');
  const events: InputEvent[] = [];
  const items: string[] = [];
  try {
    // The items are taken from each batch before the next is asked for, as a caller of transient batches must.
    for await (const event of readFileLineBatches(handle, { file: path, maxRecordBytes, readBytes })) {
      events.push(event);
      items.push(...itemsOf([event], maxRecordBytes));
    }
  } finally {
    await handle.close();
  }
  return { events, items };
}

async function streamBatches(bytes: Buffer, maxRecordBytes: number, chunk: number): Promise<string[]> {
  const chunks = async function* () {
    for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
  };
  const events: InputEvent[] = [];
  for await (const event of readLineBatches(chunks(), 'f', maxRecordBytes, chunk)) events.push(event);
  return itemsOf(events, maxRecordBytes);
}

test('the fixtures: the same lines, line numbers and invalid items as readLineBatches, in reads of any size', async () => {
  for (const name of ['p2p-call.jsonl', 'bom-crlf.jsonl', 'oversized-line.jsonl', 'eventhubs-envelopes.jsonl']) {
    const path = fixture(name);
    const bytes = readFileSync(path);
    for (const readBytes of [1, 7, 100, 512, 4096, undefined]) {
      const { items } = await fileBatches(path, 2000, readBytes);
      assert.deepEqual(items, await streamBatches(bytes, 2000, readBytes ?? 1 << 20), `${name}, reads of ${readBytes ?? 'default'} bytes`);
    }
  }
});

/** Lines of every kind: short, blank, CRLF, longer than the room kept for a cut line (64 KiB), over the limit. */
const lineText = fc.oneof(
  fc.string({ maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, '')),
  fc.constantFrom('', '   ', '\r', '{"a":1}\r'),
  fc.integer({ min: 60_000, max: 140_000 }).map((n) => `{"x":"${'y'.repeat(n)}"}`),
);
const file = fc.tuple(fc.array(lineText, { maxLength: 12 }), fc.boolean(), fc.boolean()).map(([lines, bom, lastEnds]) => {
  const text = lines.join('\n') + (lastEnds && lines.length > 0 ? '\n' : '');
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
});

test('any lines, long ones too, in reads of any size: the same items as readLineBatches', async () => {
  await fc.assert(
    fc.asyncProperty(file, fc.integer({ min: 1, max: 200_000 }), fc.constantFrom(100_000, 16 * 1024 * 1024), async (bytes, readBytes, max) => {
      const path = tempFile(bytes);
      const { items } = await fileBatches(path, max, readBytes);
      assert.deepEqual(items, await streamBatches(bytes, max, readBytes));
      rmSync(path);
    }),
    { numRuns: 60, seed: 20261126 },
  );
});

test('a batch is cut at a line end and its bytes are a view of a buffer used again, not a copy', async () => {
  const path = fixture('p2p-call.jsonl');
  const handle = await open(path, 'r');
  const buffers = new Set<ArrayBufferLike>();
  let batches = 0;
  try {
    for await (const event of readFileLineBatches(handle, { file: path, maxRecordBytes: 1 << 20, readBytes: 1000 })) {
      if (event.kind !== 'lines') continue;
      batches++;
      buffers.add(event.bytes.buffer);
      assert.equal(event.bytes[event.bytes.length - 1], 0x0a);
    }
  } finally {
    await handle.close();
  }
  assert.ok(batches > 2);
  assert.ok(buffers.size <= 2, 'two buffers in turn (in the memory of the scanner, one)');
});

test('onBytes is told each byte of the file once, less those already told', async () => {
  const path = fixture('oversized-line.jsonl');
  const size = statSync(path).size;
  for (const reported of [0, 100, size]) {
    let told = 0;
    const handle = await open(path, 'r');
    try {
      for await (const _ of readFileLineBatches(handle, { file: path, maxRecordBytes: 2000, readBytes: 700, reported, onBytes: (n) => (told += n) }));
    } finally {
      await handle.close();
    }
    assert.equal(told, size - reported);
  }
});

test('readInputs with transientBatches: the same events as without, and every byte told to onBytes once', async () => {
  for (const name of ['p2p-call.jsonl', 'bom-crlf.jsonl', 'oversized-line.jsonl', 'array-element-a-line.json']) {
    const path = fixture(name);
    let told = 0;
    const transient = await collect([path], { maxRecordBytes: 2000, batchBytes: 300, transientBatches: true, onBytes: (n) => (told += n) });
    const held = await collect([path], { maxRecordBytes: 2000, batchBytes: 300 });
    assert.deepEqual(outline(transient), outline(held), name);
    assert.equal(told, statSync(path).size, name);
  }
});

test('call reading transient batches (needles) counts and finds the same as with batches of their own', async () => {
  const path = fixture('p2p-call.jsonl');
  for (const [needles, batchBytes] of [[['8d1a8374'], 64], [['"CallSummary"'], 1000], [['"CallSummary"'], undefined]] as const) {
    const transient = await loadCalls([path], { needles, transientBatches: true, ...(batchBytes ? { batchBytes } : {}) });
    const held = await loadCalls([path], { needles, ...(batchBytes ? { batchBytes } : {}) });
    assert.ok(held.counts.filtered > 0 || needles[0] === '8d1a8374');
    assert.deepEqual(transient.counts, held.counts);
    assert.deepEqual(transient.calls, held.calls);
  }
});
