import type { InputEvent, Prefilter } from './input-event.js';
import { tooLargeReason } from './record-size-limit.js';
import { rawJsonEvents } from './record-events.js';
import { asBuffer, forEachItem } from './split-lines.js';

/** The events of a batch of JSON lines, parsed here, line by line: for readers that want records, not bytes. */
export function lineBatchEvents(
  bytes: Uint8Array,
  file: string,
  firstLine: number,
  prefilter: Prefilter | undefined,
  maxRecordBytes: number,
  arrayElements = false,
): InputEvent[] {
  const buffer = asBuffer(bytes);
  const events: InputEvent[] = [];
  forEachItem(buffer, firstLine, arrayElements, (start, end, line) => {
    const at = { file, line };
    if (end - start > maxRecordBytes) events.push({ kind: 'invalid', at, reason: tooLargeReason(maxRecordBytes) });
    else for (const event of rawJsonEvents(buffer.toString('utf8', start, end), at, prefilter)) events.push(event);
  });
  return events;
}
