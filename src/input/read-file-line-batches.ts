import type { FileHandle } from 'node:fs/promises';
import { ArrayEndWatch } from './array-end-watch.js';
import { leaseScanBuffers } from './byte-scan.js';
import { inputErrorFrom } from './input-error-from.js';
import type { InputEvent } from './input-event.js';
import { lastLinesEvents, linesEvent } from './read-line-batches.js';
import { tooLarge } from './record-size-limit.js';
import { countLines } from './split-lines.js';

/** Bytes per read of a JSON Lines file on disk, and so the size of its batches. */
export const FILE_BATCH_BYTES = 1 << 20;
/**
 * Room kept before each read for the start of the line that the previous read cut: it is copied there, so that
 * the batch is one run of bytes. A longer cut line (rare: records are ~1 KB) is held apart, see LongLine.
 */
const CARRY_ROOM = 1 << 16;
const LF = 0x0a;
const EMPTY = Buffer.alloc(0);

export interface FileBatchOptions {
  /** The name used in locations. */
  file: string;
  maxRecordBytes: number;
  /** Bytes per read (default FILE_BATCH_BYTES); tests make it small to get many batches. */
  readBytes?: number;
  arrayElements?: boolean;
  /** Told the bytes read, as reading goes on, less the first `reported` bytes (already told by whoever read them). */
  onBytes?: (bytes: number) => void;
  reported?: number;
}

/**
 * Cuts a JSON Lines file on disk (a regular file, read from its start) into `lines` events, the same events as
 * readLineBatches, without allocating or copying anything per batch: the file is read into two buffers in turn,
 * the next read under way while the caller has the last batch, and a batch is a view of its buffer.
 *
 * So a batch's bytes are good only until the next event is asked for (ReadOptions.transientBatches): the
 * caller must be done with them, or have copied them, by then.
 */
export async function* readFileLineBatches(handle: FileHandle, options: FileBatchOptions): AsyncGenerator<InputEvent> {
  const { file, maxRecordBytes } = options;
  const readBytes = Math.max(1, Math.floor(options.readBytes ?? FILE_BATCH_BYTES));
  // An element-a-line array's end is watched for: a file cut between elements has no line to tell of it.
  const watch = options.arrayElements === true ? new ArrayEndWatch() : null;
  const batchOf = (at: { file: string; line: number }, batch: Uint8Array) => {
    watch?.see(batch);
    return linesEvent(at, batch, watch !== null);
  };
  // Buffers in the scanner's memory when it has them free: then the batches are scanned where they are.
  const lease = leaseScanBuffers(CARRY_ROOM + readBytes);
  const buffers = lease?.buffers ?? ([Buffer.allocUnsafe(CARRY_ROOM + readBytes), Buffer.allocUnsafe(CARRY_ROOM + readBytes)] as const);
  let position = 0; // of the next read in the file
  let reported = options.reported ?? 0;
  const readInto = async (buffer: Buffer): Promise<number> => {
    let n: number;
    try {
      ({ bytesRead: n } = await handle.read(buffer, CARRY_ROOM, readBytes, position));
    } catch (error) {
      throw inputErrorFrom(error, file);
    }
    position += n;
    if (position > reported) {
      options.onBytes?.(position - reported);
      reported = position;
    }
    return n;
  };

  const long = new LongLine();
  let carry: Buffer = EMPTY; // the start of a line cut by the last read: a view of a buffer, or of `long`
  let line = 1; // the line that `carry` (or the next batch) starts
  let skipping = false; // inside an oversized line: drop bytes up to its LF
  let turn = 0;
  let pending: Promise<number> | null = readInto(buffers[0]);
  try {
    for (;;) {
      const n = await pending;
      pending = null;
      const buffer = buffers[turn]!;
      turn ^= 1;
      if (n === 0) break;
      let start = CARRY_ROOM;
      const end = CARRY_ROOM + n;
      if (skipping) {
        const nl = buffer.indexOf(LF, start);
        if (nl < 0 || nl >= end) {
          pending = readInto(buffers[turn]!);
          continue;
        }
        yield tooLarge(file, line, maxRecordBytes);
        line++;
        skipping = false;
        start = nl + 1;
      }
      // The cut line goes just before the bytes read (when it fits), so that the batch is one run of bytes.
      let held: Buffer;
      if (carry.length === 0) held = buffer.subarray(start, end);
      else if (carry.length <= start) {
        carry.copy(buffer, start - carry.length);
        held = buffer.subarray(start - carry.length, end);
      } else held = long.join(carry, buffer.subarray(start, end));
      // The other buffer is free now: its batch was used (the caller asked for more) and its cut line copied.
      pending = readInto(buffers[turn]!);
      const last = held.lastIndexOf(LF);
      if (last < 0) {
        // No line ends in all that is held: one long line, still going.
        carry = held;
        if (carry.length > maxRecordBytes) {
          skipping = true;
          carry = EMPTY;
        }
        continue;
      }
      const whole = held.subarray(0, last + 1);
      carry = held.subarray(last + 1);
      yield batchOf({ file, line }, whole);
      line += countLines(whole);
      if (carry.length > maxRecordBytes) {
        skipping = true;
        carry = EMPTY;
      }
      if (carry.length <= CARRY_ROOM && !long.holds(carry)) long.release();
    }
    if (skipping) yield tooLarge(file, line, maxRecordBytes);
    else yield* lastLinesEvents(file, line, carry.length > 0 ? carry : null, watch !== null, watch);
  } finally {
    // Stopped early: the read under way still lands in a buffer of ours; its failure is of no interest now.
    await pending?.catch(() => 0);
    lease?.release();
  }
}

/**
 * A line too long for CARRY_ROOM, held apart while reads go on: each read's bytes are appended (the space
 * doubling as needed), so a line of any length up to the limit costs linear time.
 */
class LongLine {
  private space: Buffer | null = null;

  /** The cut line (maybe a view of this space) followed by the bytes read, as one run of bytes. */
  join(carry: Buffer, data: Buffer): Buffer {
    const need = carry.length + data.length;
    if (this.space === null || this.space.length < need) {
      const grown = Buffer.allocUnsafe(Math.max(need, 2 * (this.space?.length ?? CARRY_ROOM)));
      carry.copy(grown, 0);
      this.space = grown;
    } else if (carry.byteOffset !== this.space.byteOffset || carry.buffer !== this.space.buffer) carry.copy(this.space, 0);
    data.copy(this.space, carry.length);
    return this.space.subarray(0, need);
  }

  holds(bytes: Buffer): boolean {
    return this.space !== null && bytes.buffer === this.space.buffer;
  }

  /** Lets the space go once no long line is held. */
  release(): void {
    this.space = null;
  }
}
