import { closeSync, createReadStream, fstatSync, openSync, readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { fileId } from './file-id.js';
import { gunzipMembers } from './gunzip-members.js';
import { inputErrorFrom } from './input-error-from.js';
import { openPipe } from './open-pipe.js';

/** One file (or standard input) to read: its path, or null for standard input, and the name used in locations. */
export interface SourceTarget {
  path: string | null;
  name: string;
  /** A named pipe (mkfifo, or <(…) from the shell): opened with a time limit for a writer to come. */
  pipe?: boolean;
  /**
   * Found by walking a named directory, not named itself: a file there that is plainly not call logs (an archive, a
   * package.json) is skipped with a note, where the same file named is an error.
   */
  walked?: boolean;
}

/** An opened source: its bytes (gunzipped), whether it was gzip-compressed, and a way to stop reading early. */
export interface OpenedSource {
  name: string;
  gzip: boolean;
  /** The content, in chunks, gunzipped; iterating it throws InputError (naming the file) on a read or gunzip failure. */
  bytes: AsyncGenerator<Uint8Array>;
  /** Releases the file. Safe to call more than once and after the text was read to the end. */
  close(): void;
  /** The file was read whole at once (a small regular file): its bytes are already in memory. */
  whole?: boolean;
  /** The file was read before under this name (openSource's `readBefore` said so): it was not read, `bytes` are none. */
  repeated?: string;
}

/**
 * Bytes per read from a file: each chunk costs ~0.1 ms in the stream and generator layers, so 1 MiB reads make
 * `call` twice as fast as 64 KiB reads. (The text paths cut them to 64 KiB again, see read-source.ts.)
 */
const FILE_CHUNK = 1 << 20;
/**
 * A regular file up to this size is read whole with synchronous calls: a stream costs some ten trips to libuv's
 * thread pool a file (open, reads, close), ~1 ms, which for the thousands of hourly blobs of a storage-account
 * export came to more than reading them (`npm run bench`: 2,000 files of the bench export 5.3 s, one file 3.1 s).
 */
const SMALL_FILE = 8 << 20;
/** A gzip file read whole is handed to gunzip this much at a time (see openSource). */
const GZIP_PIECE = 64 << 10;
const GZIP_MAGIC = [0x1f, 0x8b] as const;

/**
 * Opens a file or standard input, tells gzip from its first two bytes (1f 8b, never from the name),
 * and gunzips it if so. `onBytes` is told how many bytes were read from the file (before gunzip), chunk by chunk.
 * `readBefore`, given the device and inode of a file opened by its path (from the fstat of the open file), says the
 * name it was read under before, if any (read-once.ts): then nothing is read, and the source says `repeated`.
 */
export async function openSource(
  target: SourceTarget,
  stdin: NodeJS.ReadableStream,
  onBytes?: (bytes: number) => void,
  chunkSize = FILE_CHUNK,
  smallFileBytes = SMALL_FILE,
  readBefore?: (id: string) => string | null,
): Promise<OpenedSource> {
  const { name } = target;
  const opened = target.path !== null && !target.pipe ? smallFile(target.path, name, smallFileBytes, readBefore) : null;
  if (typeof opened === 'string') return { name, gzip: false, bytes: none(), close: () => undefined, repeated: opened };
  const whole = opened;
  if (whole !== null) {
    const gzip = whole.length >= 2 && whole[0] === GZIP_MAGIC[0] && whole[1] === GZIP_MAGIC[1];
    // Told as they are handed on, not as read: a gzip file's bytes go as fast as they are inflated and parsed (an
    // 8 MB .gz is ~230 MB of records), in small pieces, so that the progress line moves with the work.
    const raw = inChunks(whole, gzip ? GZIP_PIECE : chunkSize, onBytes);
    return { name, gzip, bytes: gzip ? gunzipMembers(raw, name) : raw, close: () => undefined, whole: true };
  }
  const fd = target.pipe && target.path !== null ? await openPipe(target.path, name) : undefined;
  const stream = target.path === null ? stdin : createReadStream(target.path, { highWaterMark: chunkSize, ...(fd ? { fd } : {}) });
  const close = () => {
    if (target.path !== null) (stream as Readable).destroy();
  };
  const bytes = byteChunks(stream, name, onBytes)[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let length = 0;
  try {
    while (length < GZIP_MAGIC.length) {
      const next = await bytes.next();
      if (next.done) break;
      head.push(next.value);
      length += next.value.length;
    }
  } catch (error) {
    close();
    throw error;
  }
  const first = head.length === 1 ? head[0]! : Buffer.concat(head);
  const gzip = length >= 2 && first[0] === GZIP_MAGIC[0] && first[1] === GZIP_MAGIC[1];
  const raw = replay(head, bytes);
  return { name, gzip, bytes: gzip ? gunzipMembers(raw, name) : raw, close };
}

/**
 * The whole content of a regular file no larger than `limit`; null for a larger file or anything else (read as a
 * stream); the name it was read under before (`readBefore`), read again neither whole nor as a stream.
 */
function smallFile(path: string, name: string, limit: number, readBefore: ((id: string) => string | null) | undefined): Buffer | string | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw inputErrorFrom(error, name);
  }
  try {
    const info = fstatSync(fd);
    const id = readBefore === undefined ? null : fileId(info);
    const first = id === null || readBefore === undefined ? null : readBefore(id);
    if (first !== null) return first;
    return info.isFile() && info.size <= limit ? readFileSync(fd) : null;
  } catch (error) {
    throw inputErrorFrom(error, name);
  } finally {
    closeSync(fd);
  }
}

/** No bytes. */
async function* none(): AsyncGenerator<Uint8Array> {}

/** Bytes in memory as the chunks a stream of them would give (views, no copies; each told to onBytes); none for no bytes. */
async function* inChunks(bytes: Buffer, size: number, onBytes: ((bytes: number) => void) | undefined): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) {
    const chunk = bytes.subarray(i, Math.min(bytes.length, i + size));
    onBytes?.(chunk.length);
    yield chunk;
  }
}

/** The stream's chunks as bytes; a failure becomes an InputError naming the file. */
async function* byteChunks(stream: NodeJS.ReadableStream, name: string, onBytes: ((bytes: number) => void) | undefined): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of stream as AsyncIterable<Uint8Array | string>) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      onBytes?.(bytes.length);
      yield bytes;
    }
  } catch (error) {
    throw inputErrorFrom(error, name);
  }
}

/** The chunks already read, then the rest of the iterator; stopping early stops the iterator too. */
async function* replay(head: Uint8Array[], rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  try {
    yield* head;
    for (;;) {
      const next = await rest.next();
      if (next.done) return;
      yield next.value;
    }
  } finally {
    await rest.return?.();
  }
}
