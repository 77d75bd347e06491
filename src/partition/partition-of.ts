import { findFolded } from '../input/byte-scan.js';
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
/** The tails with 0x20 set in each byte, as findFolded takes a needle. */
const CALL_ID_FOLDED = Buffer.from(CALL_ID.map((b) => b | 0x20));
const CORRELATION_ID_FOLDED = Buffer.from(CORRELATION_ID.map((b) => b | 0x20));
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Finds a call's id in raw JSON lines, one line after another, as the normaliser reads it in the usual export:
 * the value of `callId` (client categories) when the line has one, else of `correlationId`, in camelCase or
 * PascalCase, written without white space. A line spelled otherwise gets a guess; the worker then finds the record
 * is another's and hands it on (see CallPartition), so a guess costs time, never a wrong result.
 * Each key's places in the batch are found in one scan (byte-scan.ts' findFolded, where it can), not a search a line.
 */
export class LineIdFinder {
  private readonly callIds: KeyPlaces;
  private readonly correlationIds: KeyPlaces;

  constructor(private readonly bytes: Buffer) {
    this.callIds = new KeyPlaces(bytes, CALL_ID, CALL_ID_FOLDED);
    this.correlationIds = new KeyPlaces(bytes, CORRELATION_ID, CORRELATION_ID_FOLDED);
  }

  /** The partition of the line [start, end); lines must be asked for in order. */
  partitionOf(start: number, end: number, parts: number): number {
    if (parts === 1) return 0;
    const callId = this.callIds.firstFrom(start);
    const correlationId = this.correlationIds.firstFrom(start);
    const hash =
      (callId >= 0 && callId < end ? valueHash(this.bytes, callId + CALL_ID.length, end) : null) ??
      (correlationId >= 0 && correlationId < end ? valueHash(this.bytes, correlationId + CORRELATION_ID.length, end) : null);
    return hash === null ? 0 : (hash >>> 0) % parts;
  }
}

/** The places of a key's tail in a batch that are the whole key (`"callId":"`, `"CallId":"`, …), asked for in order. */
class KeyPlaces {
  /** The places, in order, when found in one scan; else null, and each is searched for (`next`). */
  private readonly places: Int32Array | null;
  private at = 0;
  /** Without `places`: the next place from where the last line started; -1: none further; -2: not looked yet. */
  private next = -2;

  /** `folded`: the tail as findFolded takes it. */
  constructor(
    private readonly bytes: Buffer,
    private readonly tail: Buffer,
    folded: Buffer,
  ) {
    const found = findFolded(bytes, folded);
    this.places = found === null ? null : Int32Array.from(found.filter((at) => isKeyAt(bytes, tail, at)));
  }

  /** The first place at or past `from`, or -1. */
  firstFrom(from: number): number {
    const places = this.places;
    if (places === null) {
      if (this.next !== -1 && this.next < from) this.next = findKey(this.bytes, this.tail, from);
      return this.next;
    }
    while (this.at < places.length && places[this.at]! < from) this.at++;
    return this.at < places.length ? places[this.at]! : -1;
  }
}

/** The next place of a key's tail that is the whole key (`"callId":"`, `"CallId":"`, …), or -1. */
function findKey(bytes: Buffer, tail: Buffer, from: number): number {
  for (let at = bytes.indexOf(tail, from); at >= 0; at = bytes.indexOf(tail, at + 1)) if (isKeyAt(bytes, tail, at)) return at;
  return -1;
}

/** Whether the tail is at `at`, as written, after a c or C after the key's opening quote. */
function isKeyAt(bytes: Buffer, tail: Buffer, at: number): boolean {
  const c = bytes[at - 1];
  if ((c !== 0x63 && c !== 0x43) || bytes[at - 2] !== QUOTE) return false;
  for (let i = 0; i < tail.length; i++) if (bytes[at + i] !== tail[i]) return false;
  return true;
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
