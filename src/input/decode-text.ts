import { TextDecoder } from 'node:util';
import { encodingOf, type TextEncoding } from './text-encoding.js';

/**
 * Decodes byte chunks into text, safely across chunk boundaries (a multibyte character split
 * between two chunks is joined again by the streaming decoder). The encoding is `encoding` when given (what
 * detectShape found in the first bytes it read); else it comes from the first chunk (text-encoding.ts). Any byte
 * order mark is dropped.
 */
export async function* decodeText(chunks: AsyncIterable<Uint8Array>, encoding?: TextEncoding): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let head: Uint8Array | null = null; // the first bytes, held until there are two to read the BOM from
  for await (const chunk of chunks) {
    if (chunk.length === 0) continue;
    let bytes = chunk;
    if (decoder === null) {
      bytes = head === null ? chunk : concat(head, chunk);
      if (bytes.length < 2) {
        head = bytes;
        continue;
      }
      decoder = new TextDecoder(encoding ?? encodingOf(bytes));
      head = null;
    }
    const text = decoder.decode(bytes, { stream: true });
    if (text.length > 0) yield text;
  }
  if (decoder === null && head !== null) decoder = new TextDecoder(encoding ?? 'utf-8');
  const rest = decoder === null ? '' : decoder.decode(head ?? undefined);
  if (rest.length > 0) yield rest;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
