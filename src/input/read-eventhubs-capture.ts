import avro from 'avsc';
import { inflateRawSync } from 'node:zlib';
import { ByteQueue } from './byte-queue.js';
import { oneLine } from './input-error-from.js';
import { BrokenStreamError, type InputEvent, type Prefilter, type SourceLocation } from './input-event.js';
import { bodyEvents } from './record-events.js';

/**
 * Event Hubs Capture files: Avro object container files (https://avro.apache.org/docs/current/specification/, "Object
 * Container Files") of EventData records, whose Body is the JSON Azure Monitor sent to the hub, an envelope
 * {"records":[…]}. avsc decodes every Avro value (the header, each block's fields, each EventData); the container is
 * walked here, block by block, because avsc's BlockDecoder ends without a word when a file stops inside a block (a
 * blob cut mid-write), and here the records before the break are read and the break is one invalid item.
 */

/** Capture's encodings are "Avro" and "AvroDeflate": the codecs null and deflate, both read. */
const CODECS = new Set(['null', 'deflate']);
/** A header larger than this is not a Capture file's (its schema is some hundred bytes). */
const HEADER_LIMIT = 1 << 20;
/**
 * A block (as stored, and inflated) larger than this is taken for corrupt: Capture writes blocks of some MB at most
 * (an event is 1 MB at most), and a size read from damaged bytes could otherwise hold the rest of the file.
 */
const BLOCK_LIMIT = 256 << 20;
/** A block starts with two Avro longs (its count of objects and its size), 10 bytes each at most. */
const BLOCK_START = 20;
const SYNC_SIZE = 16;

/** The header of an Avro object container file (the specification's own schema of it). */
export const AVRO_HEADER = avro.Type.forSchema({
  type: 'record',
  name: 'org.apache.avro.file.Header',
  fields: [
    { name: 'magic', type: { type: 'fixed', name: 'Magic', size: 4 } },
    { name: 'meta', type: { type: 'map', values: 'bytes' } },
    { name: 'sync', type: { type: 'fixed', name: 'Sync', size: SYNC_SIZE } },
  ],
});
const LONG = avro.Type.forSchema('long');

/** A Capture file whose header was read: its records to come, or why the file is not read. */
export type OpenedCapture = { kind: 'capture'; events: (prefilter: Prefilter | undefined, maxRecordBytes: number) => AsyncGenerator<InputEvent[]> } | { kind: 'skip'; reason: string };

/**
 * Reads the header of an Avro file: a file whose records have no Body field (not Capture's), of another codec or
 * cut off in its header is skipped, with the reason; else its EventData follow, a block's events at a time.
 */
export async function openCapture(bytes: AsyncIterator<Uint8Array>, file: string): Promise<OpenedCapture> {
  const queue = new ByteQueue(bytes);
  let header: { meta: Record<string, Buffer>; sync: Buffer } | undefined;
  for (let want = 4096; header === undefined; want *= 2) {
    const enough = await queue.fill(want);
    const decoded = decodeAt(AVRO_HEADER, queue.peek(want));
    if (decoded === 'corrupt') return { kind: 'skip', reason: 'an Avro file whose header is corrupt' };
    if (decoded !== undefined) {
      header = decoded.value as { meta: Record<string, Buffer>; sync: Buffer };
      await queue.take(decoded.offset);
    } else if (!enough || want >= HEADER_LIMIT) return { kind: 'skip', reason: enough ? 'an Avro file whose header is corrupt' : 'an Avro file cut off in its header' };
  }
  const codec = header.meta['avro.codec']?.toString() ?? 'null';
  if (!CODECS.has(codec)) return { kind: 'skip', reason: `Avro codec '${oneLine(codec, 40)}' is not supported (Event Hubs Capture writes null or deflate)` };
  let type: avro.Type;
  try {
    type = avro.Type.forSchema(JSON.parse(header.meta['avro.schema']?.toString() ?? 'null') as avro.Schema);
  } catch (error) {
    return { kind: 'skip', reason: `an Avro file whose schema cannot be read: ${oneLine(error instanceof Error ? error.message : String(error), 100)}` };
  }
  const bodyField = bodyFieldOf(type);
  if (bodyField === null) return { kind: 'skip', reason: 'not call logs: an Avro file whose records have no Body (not Event Hubs Capture)' };
  const { sync } = header;
  return { kind: 'capture', events: (prefilter, maxRecordBytes) => blockEvents(queue, { file, codec, type, bodyField, sync, prefilter, maxRecordBytes }) };
}

interface CaptureReading {
  file: string;
  codec: string;
  type: avro.Type;
  bodyField: string;
  sync: Buffer;
  prefilter: Prefilter | undefined;
  maxRecordBytes: number;
}

/**
 * The events of each block in turn: each EventData's Body read as an envelope (see bodyEvents), at its place in the
 * file. A block whose objects cannot be decoded is one invalid item for what is left of it, and reading goes on at
 * the next block; a file that ends inside a block, or whose framing is broken, throws BrokenStreamError after the
 * blocks before it, placed at the first EventData not read (the caller makes it one invalid item: the rest of the
 * file is not read).
 */
async function* blockEvents(queue: ByteQueue, reading: CaptureReading): AsyncGenerator<InputEvent[]> {
  const { file } = reading;
  let read = 0; // EventData read (or passed over) so far
  try {
    for (;;) {
      if (!(await queue.fill(1))) return;
      await queue.fill(BLOCK_START);
      const start = queue.peek(BLOCK_START);
      const count = decodeAt(LONG, start);
      const size = typeof count === 'object' ? decodeAt(LONG, start, count.offset) : count;
      if (typeof count !== 'object' || typeof size !== 'object') throw broken(file, read, size === undefined ? 'cut off' : 'corrupt');
      const objects = count.value as number;
      const stored = size.value as number;
      if (objects < 0 || stored < 0 || stored > BLOCK_LIMIT) throw broken(file, read, 'corrupt');
      const block = await queue.take(size.offset + stored + SYNC_SIZE);
      if (block === undefined) throw broken(file, read, 'cut off');
      if (!block.subarray(block.length - SYNC_SIZE).equals(reading.sync)) throw broken(file, read, 'corrupt (a sync marker is wrong)');
      const events: InputEvent[] = [];
      eventsOfBlock(block.subarray(size.offset, block.length - SYNC_SIZE), objects, read, reading, events);
      read += objects;
      if (events.length > 0) yield events;
    }
  } catch (error) {
    // A break (the file cut off, its framing or its gzip stream broken) is placed at the first EventData it keeps
    // from being read, as a bad EventData is at its own: `00.avro:event 201`.
    throw error instanceof BrokenStreamError ? error.atEvent(read + 1) : error;
  } finally {
    await queue.close();
  }
}

/** Adds the events of the `objects` EventData in a block's data (after the `before` read) to `events`. */
function eventsOfBlock(stored: Buffer, objects: number, before: number, reading: CaptureReading, events: InputEvent[]): void {
  const { file } = reading;
  const where = (n: number): SourceLocation => ({ file, line: before + n + 1, unit: 'event' });
  let data: Buffer;
  try {
    data = reading.codec === 'deflate' ? inflateRawSync(stored, { maxOutputLength: BLOCK_LIMIT }) : stored;
  } catch (error) {
    events.push({ kind: 'invalid', at: where(0), reason: `${what(objects)} not read: its block does not inflate (${oneLine(error instanceof Error ? error.message : String(error), 80)})` });
    return;
  }
  let offset = 0;
  for (let n = 0; n < objects; n++) {
    const decoded = decodeAt(reading.type, data, offset);
    if (typeof decoded !== 'object') {
      const left = objects - n;
      events.push({ kind: 'invalid', at: where(n), reason: `${left === 1 ? 'an EventData' : `${what(left)} from here to the end of its block`} not decoded: the block is ${decoded === undefined ? 'shorter than its count says' : 'corrupt'}` });
      return;
    }
    offset = decoded.offset;
    const eventData = decoded.value as Record<string, unknown>;
    for (const event of bodyEvents(eventData[reading.bodyField], where(n), reading.prefilter, reading.maxRecordBytes)) events.push(event);
  }
  if (offset !== data.length) events.push({ kind: 'invalid', at: { file, line: before + objects, unit: 'event' }, reason: 'bytes after the last EventData of its block, not decoded' });
}

/** A value decoded from `buffer` at `offset`: undefined when the bytes end inside it, 'corrupt' when they cannot be it. */
function decodeAt(type: avro.Type, buffer: Buffer, offset = 0): { value: unknown; offset: number } | undefined | 'corrupt' {
  try {
    const decoded = type.decode(buffer, offset);
    return decoded.offset < 0 ? undefined : decoded;
  } catch {
    return 'corrupt';
  }
}

/** The name of the records' Body field (any case), when they are records with one of bytes or text; else null. */
function bodyFieldOf(type: avro.Type): string | null {
  const fields = (type as { fields?: Array<{ name: string; type: avro.Type }> }).fields;
  if (type.typeName !== 'record' || fields === undefined) return null;
  const body = fields.find((field) => field.name.toLowerCase() === 'body');
  if (body === undefined) return null;
  const branches = (body.type as { types?: avro.Type[] }).types ?? [body.type];
  return branches.some((branch) => branch.typeName === 'bytes' || branch.typeName === 'string') ? body.name : null;
}

function what(n: number): string {
  return n === 1 ? '1 EventData' : `${n} EventData`;
}

function broken(file: string, read: number, how: string): BrokenStreamError {
  return new BrokenStreamError(`Avro file ${how} after ${what(read)}`, file);
}
