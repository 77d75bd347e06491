import { BrokenStreamError } from './input-event.js';

/* The bytes detect-shape.ts read to decide a file's shape, handed back with the rest; a break while deciding kept for after them. */

/**
 * The next chunk, or the break of a compressed stream that breaks off after `read` bytes (> 0) came out of it;
 * a break before any byte is thrown, and the file is skipped with its reason, as one that holds nothing.
 */
export async function nextBeforeBreak(bytes: AsyncGenerator<Uint8Array>, read: number): Promise<IteratorResult<Uint8Array> | BrokenStreamError> {
  try {
    return await bytes.next();
  } catch (error) {
    if (error instanceof BrokenStreamError && read > 0) return error;
    throw error;
  }
}

/** The bytes read to decide, then the rest; or, when the stream broke off while deciding, then the break. */
export async function* replayHead(head: Uint8Array[], rest: AsyncGenerator<Uint8Array>, broken: BrokenStreamError | null = null): AsyncGenerator<Uint8Array> {
  try {
    yield* head.splice(0);
    if (broken !== null) throw broken;
    yield* rest;
  } finally {
    await rest.return(undefined);
  }
}
