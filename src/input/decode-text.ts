import { TextDecoder } from 'node:util';

/**
 * Decodes byte chunks into text, safely across chunk boundaries (a multibyte character split
 * between two chunks is joined again by the streaming decoder). The encoding comes from the
 * byte order mark: UTF-16 LE/BE when the bytes start with FF FE / FE FF (what Windows PowerShell
 * redirection writes), else UTF-8. Any byte order mark is dropped.
 */
export async function* decodeText(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
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
      decoder = new TextDecoder(encodingOf(bytes));
      head = null;
    }
    const text = decoder.decode(bytes, { stream: true });
    if (text.length > 0) yield text;
  }
  if (decoder === null && head !== null) decoder = new TextDecoder('utf-8');
  const rest = decoder === null ? '' : decoder.decode(head ?? undefined);
  if (rest.length > 0) yield rest;
}

function encodingOf(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
