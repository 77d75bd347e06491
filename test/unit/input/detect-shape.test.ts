import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Detection, detectShape } from '../../../src/input/detect-shape.js';

async function* chunks(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function shapeOf(text: string, size: number): Promise<{ detection: Detection; replayed: Buffer }> {
  const bytes = Buffer.from(text, 'utf8');
  const { detection, bytes: all } = await detectShape(chunks(bytes, size));
  const parts: Uint8Array[] = [];
  for await (const part of all) parts.push(part);
  return { detection, replayed: Buffer.concat(parts) };
}

const record = (pad: number) => JSON.stringify({ category: 'CallSummary', correlationId: 'c1', properties: { note: 'x'.repeat(pad) } });

test('a read of 1 MiB is decoded a piece at a time: the same shape whatever the chunks, long first records too, and every byte handed back', async () => {
  const cases: [string, Detection['kind'] | string][] = [
    [`${record(10)}\n${record(10)}\n`, 'json-lines'],
    [`${record(200_000)}\n${record(10)}\n`, 'json-lines'], // a first line longer than a piece
    [`[\n  ${record(200_000)},\n  ${record(10)}\n]\n`, 'json-array'],
    [`{"records": [\n  ${record(100_000)}\n]}\n`, 'records-envelope'],
    [`${' '.repeat(300_000)}\n${record(10)}\n`, 'json-lines'], // blank before the first record
    ['é'.repeat(200_000), 'skip'], // two-byte characters cut between pieces
  ];
  for (const [text, expected] of cases) {
    for (const size of [1 << 20, 4096, 7]) {
      const { detection, replayed } = await shapeOf(text, size);
      assert.equal(detection.kind === 'shape' ? detection.shape : detection.kind, expected, `${expected}, chunks of ${size}`);
      assert.equal(replayed.toString('utf8'), text);
    }
  }
});
