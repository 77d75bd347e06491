import type { BatchItem } from '../model/process-line-batch.js';

/**
 * Which of `parts` partitions a call belongs to, from its id: FNV-1a over the id's character codes, ASCII letters
 * in lower case. The same hash is taken of the id's bytes in a raw JSON line (partitionOfLine), so that a line can
 * be sent to the worker that holds its call before anything is parsed; the worker checks it against the id the
 * normaliser reads. Folding the case makes the line's hash that of the id read, which is a GUID in lower case
 * whatever the line's case (toCallId).
 */
export function partitionOfId(id: string, parts: number): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ lowerAscii(id.charCodeAt(i)), FNV_PRIME);
  return (hash >>> 0) % parts;
}

function lowerAscii(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code | 0x20 : code;
}

/** The partition of the call an item read belongs to; null for an item of no call (an invalid one, an ignored category). */
export function partitionOfItem(item: BatchItem, parts: number): number | null {
  if (item.kind === 'record') return partitionOfId(item.record.correlationId, parts);
  if (item.kind === 'unheld') return partitionOfId(item.correlationId, parts);
  return null;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const CALL_ID = Buffer.from('allId":"');
const CORRELATION_ID = Buffer.from('orrelationId":"');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Finds a call's id in raw JSON lines, one line after another, as the normaliser reads it in the usual export:
 * the value of `callId` (client categories) when the line has one, else of `correlationId`, in camelCase or
 * PascalCase, written without white space. A line spelled otherwise gets a guess; the worker then finds the record
 * is another's and hands it on (see CallPartition), so a guess costs time, never a wrong result.
 */
export class LineIdFinder {
  /** The next place of each key in the bytes, from where the last line started; -1: none further. */
  private nextCallId = -2;
  private nextCorrelationId = -2;

  constructor(private readonly bytes: Buffer) {}

  /** The partition of the line [start, end); lines must be asked for in order. */
  partitionOf(start: number, end: number, parts: number): number {
    if (parts === 1) return 0;
    if (this.nextCallId !== -1 && this.nextCallId < start) this.nextCallId = findKey(this.bytes, CALL_ID, start);
    if (this.nextCorrelationId !== -1 && this.nextCorrelationId < start) this.nextCorrelationId = findKey(this.bytes, CORRELATION_ID, start);
    const hash =
      (this.nextCallId >= 0 && this.nextCallId < end ? valueHash(this.bytes, this.nextCallId + CALL_ID.length, end) : null) ??
      (this.nextCorrelationId >= 0 && this.nextCorrelationId < end ? valueHash(this.bytes, this.nextCorrelationId + CORRELATION_ID.length, end) : null);
    return hash === null ? 0 : (hash >>> 0) % parts;
  }
}

/** The next place of a key's tail that is the whole key (`"callId":"`, `"CallId":"`, …), or -1. */
function findKey(bytes: Buffer, tail: Buffer, from: number): number {
  for (let at = bytes.indexOf(tail, from); at >= 0; at = bytes.indexOf(tail, at + 1)) {
    const c = bytes[at - 1];
    if ((c === 0x63 || c === 0x43) && bytes[at - 2] === QUOTE) return at; // c or C, after the key's opening quote
  }
  return -1;
}

/** FNV-1a of the string value starting at `from` (white space at either end left out, as the normaliser trims); null when empty. */
function valueHash(bytes: Buffer, from: number, end: number): number | null {
  let close = from;
  while (close < end && bytes[close] !== QUOTE && bytes[close] !== BACKSLASH) close++;
  let s = from;
  let e = close;
  while (s < e && bytes[s]! <= 0x20) s++;
  while (e > s && bytes[e - 1]! <= 0x20) e--;
  if (s === e) return null;
  let hash = FNV_OFFSET;
  for (let i = s; i < e; i++) hash = Math.imul(hash ^ lowerAscii(bytes[i]!), FNV_PRIME);
  return hash;
}
