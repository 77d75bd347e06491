import type { InputEvent, Prefilter } from './input-event.js';
import { tooLargeReason } from './record-size-limit.js';
import { rawJsonEvents, tornTailEvents } from './record-events.js';
import { asBuffer, forEachItem } from './split-lines.js';
import { tornItemStart } from './torn-tail.js';

/**
 * The events of a batch of JSON lines, parsed here, line by line: for readers that want records, not bytes.
 * `torn`: the file ends inside the batch's last item (InputEvent `lines`), which no prefilter passes over.
 */
export function lineBatchEvents(
  bytes: Uint8Array,
  file: string,
  firstLine: number,
  prefilter: Prefilter | undefined,
  maxRecordBytes: number,
  arrayElements = false,
  torn = false,
): InputEvent[] {
  const buffer = asBuffer(bytes);
  const events: InputEvent[] = [];
  const tornAt = torn ? tornItemStart(buffer, arrayElements) : -1;
  forEachItem(buffer, firstLine, arrayElements, (start, end, line) => {
    const at = { file, line };
    if (end - start > maxRecordBytes) events.push({ kind: 'invalid', at, reason: tooLargeReason(maxRecordBytes), ...(start === tornAt ? { endsFile: true } : {}) });
    else if (start === tornAt) events.push(...tornTailEvents(buffer.toString('utf8', start, end), at, prefilter));
    else for (const event of rawJsonEvents(buffer.toString('utf8', start, end), at, prefilter)) events.push(event);
  });
  return events;
}
