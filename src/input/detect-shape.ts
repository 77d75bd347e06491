import { TextDecoder } from 'node:util';
import { ARCHIVE_PEEK, type ArchiveKind, archiveKind, archiveNote } from './archive-magic.js';
import type { CsvHeader } from './csv-header.js';
import { decide, EMPTY_FILE_REASON } from './decide-shape.js';
import { BrokenStreamError, type InputShape } from './input-event.js';
import { nextBeforeBreak, replayHead } from './replay-head.js';
import { encodingOf, type TextEncoding } from './text-encoding.js';

export type Detection =
  /**
   * elementPerLine: a JSON array with one whole element a line (see array-layout.ts). foreign: JSON whose first object
   * has no call-log field (a package.json on one line, an array of settings; looks-like-record.ts), the skip note:
   * under a walked folder such a file is skipped, named it is read (its objects invalid records) as before.
   * elementsAt: where the records are when not where the shape has them: ["results"] of a query response written
   * {"Results":[…]} (shape query-api).
   */
  | { kind: 'shape'; shape: InputShape; csv?: CsvHeader; elementPerLine?: boolean; foreign?: string; elementsAt?: readonly string[] }
  /** archive: a zip, 7z, rar or tar archive, an xz, bzip2 or zstd file, or a Parquet file (archive-magic.ts), not read; named on the command line, an error. */
  | { kind: 'skip'; reason: string; archive?: ArchiveKind };

/** How much text is read, at most, to recognise a shape. */
export const PEEK_LIMIT = 4 * 1024 * 1024;
/**
 * The bytes read are decoded into the peek this many at a time, deciding as it grows: a JSON Lines file is known
 * by its first line, and a 1 MiB read decoded whole made a 1 MiB string (some ms, and a full GC in `call`).
 */
const PEEK_STEP = 4 * 1024;

/** What detectShape found: the shape (or why the file is skipped), the text encoding, and all the bytes again. */
export interface DetectedSource {
  detection: Detection;
  /** From the byte order mark: UTF-16 LE/BE, else UTF-8; UTF-16 without one too, by its NUL bytes (text-encoding.ts). */
  encoding: TextEncoding;
  /** Every byte of the content, the part read to decide included (a byte order mark too). */
  bytes: AsyncGenerator<Uint8Array>;
}

/**
 * Recognises the shape of content from its bytes (never from a file name), reading only as much as
 * needed; the bytes read to decide are decoded for that only and handed back with the rest. An Avro container
 * (Event Hubs Capture) and an archive are known by their magic bytes, before any text is decoded; then the text decoded
 * so far is looked at as it grows (decide-shape.ts) until it tells the shape.
 */
export async function detectShape(bytes: AsyncGenerator<Uint8Array>): Promise<DetectedSource> {
  const head: Uint8Array[] = [];
  let headLength = 0;
  let decoder: TextDecoder | null = null;
  let encoding: TextEncoding = 'utf-8';
  let peek = '';
  let undecoded: Uint8Array = new Uint8Array(0); // read, not yet in the peek: decoded PEEK_STEP at a time
  let ended = false;
  let detection: Detection | null = null;
  let tryAt = 0; // decide again once the peek has doubled: the probe rereads it, so this keeps the work linear
  // A gzip stream that breaks off after some text (cut inside its first record): the shape is decided on the text it
  // gave, which is then read as any file's, and the break comes after it (one invalid item where it tears the text).
  let broken: BrokenStreamError | null = null;
  for (;;) {
    if (undecoded.length === 0 && !ended) {
      const next = await nextBeforeBreak(bytes, headLength);
      if (next instanceof BrokenStreamError) {
        broken = next;
        ended = true;
      } else if (next.done) ended = true;
      else {
        head.push(next.value);
        headLength += next.value.length;
        if (decoder !== null) undecoded = next.value;
      }
      if (decoder === null && headLength > 0 && (headLength >= ARCHIVE_PEEK || ended)) {
        // The first bytes, before any text is decoded: binary containers are known by their magic bytes.
        const first = head.length === 1 ? head[0]! : Buffer.concat(head);
        // An Avro container (Event Hubs Capture) by its first four bytes.
        if (isAvroContainer(first)) return { detection: { kind: 'shape', shape: 'eventhubs-capture' }, encoding: 'utf-8', bytes: replayHead(head, bytes, broken) };
        const archive = archiveKind(first);
        if (archive !== null && broken !== null) throw broken;
        if (archive !== null) return { detection: { kind: 'skip', reason: archiveNote(archive, false), archive }, encoding: 'utf-8', bytes: replayHead(head, bytes) };
        encoding = encodingOf(first);
        decoder = new TextDecoder(encoding);
        undecoded = first;
      }
    }
    if (decoder !== null && undecoded.length > 0) {
      peek += decoder.decode(undecoded.subarray(0, PEEK_STEP), { stream: true });
      undecoded = undecoded.subarray(PEEK_STEP);
    }
    const done = ended && undecoded.length === 0;
    const final = done || peek.length >= PEEK_LIMIT;
    if (!final && peek.length < tryAt) continue;
    tryAt = peek.length * 2;
    detection = decide(peek, final);
    if (detection !== null || done) break;
  }
  // Text that is no call logs, then a break: the break is what is said of the file, as when it came before any text.
  if (broken !== null && detection?.kind !== 'shape') throw broken;
  return { detection: detection ?? { kind: 'skip', reason: EMPTY_FILE_REASON }, encoding, bytes: replayHead(head, bytes, broken) };
}

/** An Avro object container file starts "Obj" and its version, 1. */
const AVRO_MAGIC = [0x4f, 0x62, 0x6a, 0x01] as const;

function isAvroContainer(head: Uint8Array): boolean {
  return head.length >= 4 && AVRO_MAGIC.every((byte, i) => head[i] === byte);
}
