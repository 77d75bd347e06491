import { type FileHandle, open } from 'node:fs/promises';
import { archiveNote } from './archive-magic.js';
import { detectShape } from './detect-shape.js';
import { BrokenStreamError, DEFAULT_MAX_RECORD_BYTES, InputError, type InputEvent, type InputShape, type ReadOptions } from './input-event.js';
import { lineBatchEvents } from './line-batch-events.js';
import { openSource, type SourceTarget } from './open-source.js';
import { readFileLineBatches } from './read-file-line-batches.js';
import type { ElementsAt } from './read-json-elements.js';
import { readLineBatches } from './read-line-batches.js';

/** Text is decoded 64 KiB at a time: the scanners keep slices of the text, and slices keep their whole chunk. */
const TEXT_CHUNK = 1 << 16;

/** Where the elements of the shapes read element by element are (see ElementsAt). */
const ELEMENTS_AT: Partial<Record<InputShape, ElementsAt>> = { 'json-array': [], 'records-envelope': ['records'], 'json-stream': 'stream' };

/**
 * Reads one file (or standard input): a `file` event with its shape, then its records, invalid and
 * filtered items (or, with options.lineBatches, raw `lines` batches of JSON Lines); or one `skipped`
 * event when it holds no call logs; one `repeated` event when `readBefore` (see openSource) knows the file opened
 * as read before. Throws InputError on a read failure.
 * A gzip stream that breaks off keeps what was read before the break: the break is one invalid item (a break inside
 * the first record too: the text before it decides the shape, detect-shape.ts; before any text came out of it, the
 * file is skipped), so one torn blob does not cost the others.
 */
export async function* readSource(
  target: SourceTarget,
  stdin: NodeJS.ReadableStream,
  options: ReadOptions,
  readBefore?: (id: string) => string | null,
): AsyncGenerator<InputEvent> {
  let reported = 0; // bytes told to onBytes: a file read again from its start tells only the bytes after them
  const onBytes = options.onBytes;
  const told = onBytes && ((n: number) => {
    reported += n;
    onBytes(n);
  });
  const source = await openSource(target, stdin, told, undefined, undefined, readBefore);
  const file = source.name;
  if (source.repeated !== undefined) {
    yield { kind: 'repeated', file, first: source.repeated };
    return;
  }
  let started = false;
  const { prefilter } = options;
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  try {
    const { detection, encoding, bytes } = await detectShape(source.bytes);
    if (detection.kind === 'skip') {
      const reason = detection.archive === undefined ? detection.reason : archiveNote(detection.archive, source.gzip);
      // An archive named on the command line is a mistake to say at once, not a note under an empty report.
      if (detection.archive !== undefined && target.walked !== true) throw new InputError(`${file}: ${reason}`, file);
      yield { kind: 'skipped', file, reason };
      return;
    }
    if (detection.foreign !== undefined && target.walked === true) {
      // A package.json or a settings file beside the logs: not an error of the export. Named, it is read as before.
      yield { kind: 'skipped', file, reason: detection.foreign };
      return;
    }
    if (detection.shape === 'eventhubs-capture') {
      // Binary: decoded by avsc (loaded for such a file only), a block's events at a time.
      const capture = await (await import('./read-eventhubs-capture.js')).openCapture(bytes, file);
      if (capture.kind === 'skip') {
        yield { kind: 'skipped', file, reason: capture.reason };
        return;
      }
      yield { kind: 'file', file, shape: detection.shape, gzip: source.gzip };
      started = true;
      for await (const events of capture.events(prefilter, maxRecordBytes)) {
        if (options.lineBatches) yield { kind: 'events', events };
        else yield* events;
      }
      return;
    }
    const timeZone = detection.csv?.timeZone ?? null;
    const fileEvent: Extract<InputEvent, { kind: 'file' }> =
      timeZone === null ? { kind: 'file', file, shape: detection.shape, gzip: source.gzip } : { kind: 'file', file, shape: detection.shape, gzip: source.gzip, timeZone };
    // A CSV's `file` event comes with its first rows, once their dates say day or month first (csv-with-date-order.ts).
    if (detection.shape !== 'csv') yield fileEvent;
    started = true;
    const arrayElements = detection.shape === 'json-array' && detection.elementPerLine === true;
    if ((detection.shape === 'json-lines' || arrayElements) && encoding === 'utf-8') {
      // The common cases, kept in bytes: cut into batches of whole lines, parsed here or by the caller.
      // (Parsed here, a batch is used up before the next is read: its bytes need not last.)
      const transient = options.transientBatches === true || !options.lineBatches;
      const handle = transient && !source.gzip && source.whole !== true ? await regularFile(target) : null;
      if (handle !== null) await bytes.return(undefined); // read again from the start, see readFileLineBatches
      const batches =
        handle !== null
          ? readFileLineBatches(handle, { file, maxRecordBytes, readBytes: options.batchBytes, arrayElements, onBytes, reported })
          : readLineBatches(bytes, file, maxRecordBytes, options.batchBytes, arrayElements);
      try {
        for await (const event of batches) {
          if (event.kind !== 'lines' || options.lineBatches) yield event;
          else yield* lineBatchEvents(event.bytes, file, event.at.line, prefilter, maxRecordBytes, arrayElements, event.torn === true);
        }
      } finally {
        await handle?.close();
      }
      return;
    }
    // The readers of other shapes (and csv-parse) are loaded when a file needs one: a run over JSON Lines never does.
    const elementsAt = detection.elementsAt ?? ELEMENTS_AT[detection.shape];
    if (elementsAt !== undefined && encoding === 'utf-8') {
      // Kept in bytes too: the elements of a pretty-printed array are cut out of them (read-element-bytes.ts).
      const { readElementBytes } = await import('./read-element-bytes.js');
      for await (const events of readElementBytes(bytes, file, elementsAt, prefilter, maxRecordBytes, options.batchBytes)) {
        if (options.lineBatches) yield { kind: 'events', events };
        else yield* events;
      }
      return;
    }
    const text = (await import('./decode-text.js')).decodeText(pieces(bytes, TEXT_CHUNK), encoding);
    switch (detection.shape) {
      case 'json-lines':
        yield* (await import('./read-json-lines.js')).readJsonLines(text, file, prefilter, maxRecordBytes);
        break;
      case 'json-array':
      case 'records-envelope':
      case 'json-stream':
        yield* (await import('./read-json-elements.js')).readJsonElements(text, file, elementsAt!, prefilter, maxRecordBytes);
        break;
      case 'query-api':
        if (detection.elementsAt !== undefined) yield* (await import('./read-json-elements.js')).readJsonElements(text, file, elementsAt!, prefilter, maxRecordBytes);
        else yield* (await import('./read-query-api.js')).readQueryApi(text, file, prefilter, maxRecordBytes);
        break;
      case 'csv': {
        const rows = (await import('./read-csv.js')).readCsv(text, file, detection.csv?.delimiter ?? ',', prefilter, maxRecordBytes, undefined, detection.csv?.preambleLines, options.prefilterIsSearch === true);
        yield* (await import('./csv-with-date-order.js')).csvWithDateOrder(rows, fileEvent);
        break;
      }
        break;
    }
  } catch (error) {
    if (!(error instanceof BrokenStreamError)) throw error;
    if (started) yield { kind: 'invalid', at: error.at, reason: `${error.reason}; the rest of the file is not read`, endsFile: true };
    else yield { kind: 'skipped', file, reason: error.reason };
  } finally {
    source.close();
  }
}

/**
 * The file opened again when it is a regular file (whose bytes can be read again from its start, unlike a pipe's
 * or a device's); else null, and the bytes already under way are read on.
 */
async function regularFile(target: SourceTarget): Promise<FileHandle | null> {
  if (target.path === null || target.pipe) return null;
  const handle = await open(target.path, 'r').catch(() => null);
  if (handle === null) return null;
  const isFile = await handle.stat().then((info) => info.isFile(), () => false);
  if (isFile) return handle;
  await handle.close();
  return null;
}

/** The bytes in pieces of at most `size` bytes (views, no copies). */
async function* pieces(bytes: AsyncIterable<Uint8Array>, size: number): AsyncGenerator<Uint8Array> {
  for await (const chunk of bytes) {
    for (let i = 0; i < chunk.length; i += size) yield chunk.subarray(i, Math.min(chunk.length, i + size));
  }
}
