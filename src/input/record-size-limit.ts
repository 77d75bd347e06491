import type { InputEvent } from './input-event.js';

/** Why a record over the size limit was not read. */
export function tooLargeReason(maxRecordBytes: number): string {
  return `larger than ${formatBytes(maxRecordBytes)} (--max-record-bytes), not read`;
}

export function tooLarge(file: string, line: number | null, maxRecordBytes: number): InputEvent {
  return { kind: 'invalid', at: { file, line }, reason: tooLargeReason(maxRecordBytes) };
}

/**
 * Whether text is over the limit in UTF-8 bytes. A JavaScript character is 1 to 3 UTF-8 bytes, so the text is
 * measured exactly only when its length alone cannot tell.
 */
export function isOverLimit(text: string, maxRecordBytes: number): boolean {
  if (text.length > maxRecordBytes) return true;
  if (text.length * 3 <= maxRecordBytes) return false;
  return Buffer.byteLength(text, 'utf8') > maxRecordBytes;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / 1024 / 1024} MB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KB`;
  return `${n} byte${n === 1 ? '' : 's'}`;
}
