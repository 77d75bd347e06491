import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { peekStream } from '../../../src/input/peek-stream.js';

async function drain(stream: NodeJS.ReadableStream): Promise<{ text: string; error: string | null }> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
    return { text: Buffer.concat(chunks).toString('utf8'), error: null };
  } catch (error) {
    return { text: Buffer.concat(chunks).toString('utf8'), error: (error as Error).message };
  }
}

test('a stream peeked at gives all its bytes again, whether it ended within the limit or not', async () => {
  const parts = ['ab', 'cd', 'ef', 'gh'];
  const short = await peekStream(Readable.from(parts.map((p) => Buffer.from(p))), 100);
  assert.deepEqual([short.ended, short.bytes], [true, 8]);
  assert.deepEqual(await drain(short.stream), { text: 'abcdefgh', error: null });
  const long = await peekStream(Readable.from(parts.map((p) => Buffer.from(p))), 3);
  assert.deepEqual([long.ended, long.bytes], [false, 4], 'reads whole chunks up to the limit');
  assert.deepEqual(await drain(long.stream), { text: 'abcdefgh', error: null });
});

test('a read error while peeking comes out where it happened, after the bytes before it', async () => {
  const failing = Readable.from(
    (function* () {
      yield Buffer.from('ab');
      throw new Error('EIO: i/o error, read');
    })(),
  );
  const peeked = await peekStream(failing, 100);
  assert.equal(peeked.ended, true, 'treated as ended: the reader reports the error on one thread');
  assert.deepEqual(await drain(peeked.stream), { text: 'ab', error: 'EIO: i/o error, read' });
});
