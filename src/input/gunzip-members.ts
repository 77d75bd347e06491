import type { InflateRaw } from 'node:zlib';
import { BrokenStreamError } from './input-event.js';
import { ByteQueue } from './byte-queue.js';
import { inputErrorFrom } from './input-error-from.js';

/**
 * Inflated in 256 KiB pieces, not zlib's default 16 KiB: each piece is a trip to libuv's thread pool and a stream
 * event. The bench's 230 MB export, inflated alone, took 890 ms at 16 KiB, 211 ms at 256 KiB, 150 ms at 1 MiB; its
 * summarize 5.40–5.49 s, 4.12–4.29 s and 3.47–4.39 s, but at 1 MiB the peak went from ~280 MB to 300–314 MB.
 */
const INFLATED_CHUNK = 256 << 10;
/** Compressed bytes handed to zlib at a time: their output (~30× as much) is held until it is handed on. */
const COMPRESSED_PIECE = 64 << 10;
/**
 * A member whose deflate data is up to this long (a storage blob an hour is well under) is kept while it is
 * inflated, so that a fault in it loses only what comes after the fault: zlib throws away what it had inflated of
 * the piece it failed in, up to its whole output for a small blob. Past this, a fault loses up to a piece's output.
 */
const SALVAGE_BYTES = 8 << 20;
/** Deflate bytes written at a time while the piece a fault is in is inflated again: at most their output is lost. */
const SALVAGE_STEP = 64;

const FLAG_HEADER_CRC = 0x02;
const FLAG_EXTRA = 0x04;
const FLAG_NAME = 0x08;
const FLAG_COMMENT = 0x10;
const FLAG_RESERVED = 0xe0;

type Zlib = typeof import('node:zlib');
/** zlib.crc32, which came in Node 20.15; before that a member's length is checked alone. */
type Crc32 = ((data: Uint8Array, value: number) => number) | undefined;

/**
 * Gunzips a byte stream member by member (`cat a.gz b.gz` is two members), checking each member's CRC-32 and length
 * as gunzip(1) does; zero bytes after the last member are padding. zlib's own gunzip (createGunzip) is not used: when
 * bytes after a member are not gzip (`gzip -c x; printf junk`), it throws away what it had inflated from the last
 * piece, up to 256 KiB of records, which were lost without a word. Here every member is handed on whole, and only
 * then do such bytes throw (BrokenStreamError). A corrupt or truncated stream throws InputError naming the file.
 */
export async function* gunzipMembers(raw: AsyncIterable<Uint8Array>, name: string): AsyncGenerator<Uint8Array> {
  const zlib = await import('node:zlib'); // loaded for a gzip file only
  const crc32 = (zlib as { crc32?: Crc32 }).crc32;
  const queue = new ByteQueue(raw[Symbol.asyncIterator]());
  try {
    for (;;) {
      await readHeader(queue, name, crc32);
      const inflated = { crc: 0, length: 0 };
      yield* inflateMember(queue, name, zlib, crc32, inflated);
      await checkTrailer(queue, name, crc32, inflated);
      if (!(await queue.fill(1))) return;
      if (await queue.onlyZerosLeft()) return;
      if (!(await queue.fill(2)) || queue.at(0) !== 0x1f || queue.at(1) !== 0x8b) {
        throw new BrokenStreamError('bytes after the end of the gzip stream that are not gzip', name);
      }
    }
  } catch (error) {
    throw inputErrorFrom(error, name);
  } finally {
    await queue.close();
  }
}

/** Reads past a member's header (RFC 1952 §2.3), checking what zlib checks, its CRC-16 included. */
async function readHeader(queue: ByteQueue, name: string, crc32: Crc32): Promise<void> {
  const fixed = await take(queue, 10, name);
  if (fixed[0] !== 0x1f || fixed[1] !== 0x8b) throw corrupt('incorrect header check', name);
  if (fixed[2] !== 8) throw corrupt('unknown compression method', name);
  const flags = fixed[3]!;
  if (flags & FLAG_RESERVED) throw corrupt('unknown header flags set', name);
  const header: Uint8Array[] = [fixed];
  if (flags & FLAG_EXTRA) {
    const size = await take(queue, 2, name);
    header.push(size, await take(queue, size[0]! | (size[1]! << 8), name));
  }
  if (flags & FLAG_NAME) header.push(await takePastZero(queue, name));
  if (flags & FLAG_COMMENT) header.push(await takePastZero(queue, name));
  if (flags & FLAG_HEADER_CRC) {
    const stated = (await take(queue, 2, name)).readUInt16LE(0);
    if (crc32 && stated !== (crc32(Buffer.concat(header), 0) & 0xffff)) throw corrupt('header crc mismatch', name);
  }
}

/**
 * Inflates one member's deflate data, a piece at a time, yielding its output and adding it to `inflated`. zlib stops
 * at the end of the deflate data; what it did not consume of the last piece goes back to the queue.
 */
async function* inflateMember(
  queue: ByteQueue,
  name: string,
  zlib: Zlib,
  crc32: Crc32,
  inflated: { crc: number; length: number },
): AsyncGenerator<Uint8Array> {
  const inflate: InflateRaw = zlib.createInflateRaw({ chunkSize: INFLATED_CHUNK });
  const out: Buffer[] = [];
  inflate.on('data', (chunk: Buffer) => out.push(chunk));
  const failed = new Promise<never>((_, reject) => inflate.once('error', reject));
  failed.catch(() => undefined);
  let written = 0;
  // The member's deflate data while it is small enough to inflate again: salvageable (salvagedTail).
  let kept: Uint8Array[] | null = [];
  try {
    for (;;) {
      const piece = await queue.next(COMPRESSED_PIECE);
      if (piece === undefined) {
        // The input ended inside the deflate data: zlib says "unexpected end of file".
        await Promise.race([new Promise<void>((resolve) => inflate.end(resolve)), failed]);
        yield* out;
        throw corrupt('unexpected end of file', name, 'truncated gzip stream');
      }
      written += piece.length;
      if (kept !== null && written <= SALVAGE_BYTES) kept.push(piece);
      else kept = null;
      try {
        await Promise.race([new Promise<void>((resolve) => inflate.write(piece, () => resolve())), failed]);
      } catch (error) {
        // Corrupt deflate data: zlib drops what it inflated of this piece before the fault. What it would have
        // given up to there is inflated again from the member's start, and handed on before the error is thrown.
        yield* out;
        if (kept !== null) yield* salvagedTail(zlib, kept, inflated.length + out.reduce((n, chunk) => n + chunk.length, 0));
        throw error;
      }
      for (const chunk of out) {
        if (crc32) inflated.crc = crc32(chunk, inflated.crc);
        inflated.length += chunk.length;
        yield chunk;
      }
      out.length = 0;
      const unused = written - inflate.bytesWritten;
      if (unused > 0) {
        queue.putBack(piece.subarray(piece.length - unused));
        return;
      }
    }
  } finally {
    inflate.destroy();
  }
}

/**
 * What a corrupt member inflates to before its fault, past the `handedOn` bytes already given: its deflate data
 * (`pieces`, the last the one zlib failed in) inflated again from the start by a fresh stream, the output up to
 * `handedOn` passed over and the rest handed on as it comes, so that no more than a piece's output is held however
 * much the member inflates to (the whole prefix inflated at once was 150 MB and more of a storage blob torn by `cat`
 * of the next one, its peak 540 MB). The failed piece is written a few bytes at a time: zlib drops the output of the
 * write it fails in, so no more than a few bytes' worth is lost before the fault.
 */
async function* salvagedTail(zlib: Zlib, pieces: readonly Uint8Array[], handedOn: number): AsyncGenerator<Uint8Array> {
  const inflate: InflateRaw = zlib.createInflateRaw({ chunkSize: INFLATED_CHUNK });
  const out: Buffer[] = [];
  inflate.on('data', (chunk: Buffer) => out.push(chunk));
  const failed = new Promise<never>((_, reject) => inflate.once('error', reject));
  failed.catch(() => undefined);
  let skip = handedOn;
  try {
    for (const [index, piece] of pieces.entries()) {
      const step = index === pieces.length - 1 ? SALVAGE_STEP : piece.length;
      for (let at = 0; at < piece.length; at += step) {
        await Promise.race([new Promise<void>((resolve) => inflate.write(piece.subarray(at, at + step), () => resolve())), failed]);
        for (const chunk of out) {
          const past = Math.min(skip, chunk.length);
          skip -= past;
          if (past < chunk.length) yield chunk.subarray(past);
        }
        out.length = 0;
      }
    }
  } catch {
    // the fault, as before: what came before it has been handed on
  } finally {
    inflate.destroy();
  }
}

/** Reads a member's trailer: the CRC-32 and the length (mod 2³²) of what it inflated to. */
async function checkTrailer(queue: ByteQueue, name: string, crc32: Crc32, inflated: { crc: number; length: number }): Promise<void> {
  const trailer = await take(queue, 8, name);
  if (crc32 && trailer.readUInt32LE(0) !== inflated.crc >>> 0) throw corrupt('incorrect data check', name);
  if (trailer.readUInt32LE(4) !== inflated.length % 2 ** 32) throw corrupt('incorrect length check', name);
}

function corrupt(detail: string, name: string, reason = 'corrupt gzip stream'): BrokenStreamError {
  return new BrokenStreamError(`${reason} (${detail})`, name);
}

/** The next `n` bytes off the queue; a stream that ends first is truncated. */
async function take(queue: ByteQueue, n: number, name: string): Promise<Buffer> {
  const taken = await queue.take(n);
  if (taken === undefined) throw corrupt('unexpected end of file', name, 'truncated gzip stream');
  return taken;
}

/** A zero-terminated header field (a file name or comment), its zero included; a stream that ends first is truncated. */
async function takePastZero(queue: ByteQueue, name: string): Promise<Buffer> {
  const taken = await queue.takePastZero();
  if (taken === undefined) throw corrupt('unexpected end of file', name, 'truncated gzip stream');
  return taken;
}
