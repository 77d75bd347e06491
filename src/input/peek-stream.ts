import { Readable } from 'node:stream';

export interface PeekedStream {
  /** Whether the stream ended within the bytes peeked at: then `bytes` is its whole size. */
  ended: boolean;
  bytes: number;
  /** The same bytes from the start: those peeked at, then the rest (a read error is thrown where it came). */
  stream: NodeJS.ReadableStream;
}

/**
 * Reads a stream (standard input) until `limit` bytes or its end, to learn whether it is small, and gives back a
 * stream of all its bytes from the start. What was read is held meanwhile: at most `limit` bytes and a chunk.
 */
export async function peekStream(source: NodeJS.ReadableStream, limit: number): Promise<PeekedStream> {
  const chunks: Buffer[] = [];
  const rest = (source as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  let bytes = 0;
  let ended = false;
  let failure: unknown = null;
  try {
    while (bytes < limit) {
      const next = await rest.next();
      if (next.done === true) {
        ended = true;
        break;
      }
      const chunk = typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : next.value;
      chunks.push(chunk);
      bytes += chunk.length;
    }
  } catch (error) {
    failure = error;
  }
  async function* replay(): AsyncGenerator<Buffer> {
    while (chunks.length > 0) yield chunks.shift()!;
    if (failure !== null) throw failure;
    if (ended) return;
    for (;;) {
      const next = await rest.next();
      if (next.done === true) return;
      yield typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : next.value;
    }
  }
  return { ended: ended || failure !== null, bytes, stream: Readable.from(replay(), { objectMode: false }) };
}
