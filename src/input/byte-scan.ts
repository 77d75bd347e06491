import { BYTE_SCAN_WASM } from './byte-scan-wasm.js';

/**
 * The two scans `call` makes over every byte of its inputs, in WebAssembly with SIMD (byte-scan.wat), 16 bytes
 * a step: counting line ends (Buffer.indexOf costs a call per line) and finding a call id in any letter case
 * (Buffer.indexOf costs a pass per spelling of the id). On the 230 MB bench export they take ~30 ms instead of ~90.
 *
 * The module's memory has a fixed size and is never grown (growing would detach every buffer over it):
 * a head for the needle and the positions found; two slots that a file reader may lease to read into, so that
 * its batches are scanned where they are; scratch space that other bytes are copied into to be scanned. Bytes
 * that fit nowhere, or a runtime without WebAssembly SIMD, get null: the caller scans them itself.
 */

const PAGE = 1 << 16;
const NEEDLE_MAX = 4096;
/** The head: the needle at 0, then the positions found (4 bytes each), then a fingerprint's 16 bytes. */
const HEAD_BYTES = PAGE;
const HASH_AT = HEAD_BYTES - 16;
const POSITIONS_MAX = (HASH_AT - NEEDLE_MAX) / 4;
/** A slot holds a read of FILE_BATCH_BYTES (1 MiB) with the room kept before it (64 KiB), see read-file-line-batches.ts. */
export const SLOT_BYTES = (1 << 20) + (1 << 16);
const SLOTS_AT = HEAD_BYTES;
const SCRATCH_AT = SLOTS_AT + 2 * SLOT_BYTES;
/** A batch of readLineBatches is 1 MiB and the rest of a line: 2 MiB hold all but batches with a very long line. */
const SCRATCH_BYTES = 2 << 20;
const PAGES = Math.ceil((SCRATCH_AT + SCRATCH_BYTES) / PAGE);

/** The part of the WebAssembly API used here (the project's lib, ES2023, does not declare it). */
interface WasmApi {
  Memory: new (descriptor: { initial: number; maximum: number }) => { readonly buffer: ArrayBuffer };
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, Record<string, unknown>>) => { readonly exports: Record<string, unknown> };
}

interface Scanner {
  memory: Buffer;
  /** The positions found, as findFolded writes them. */
  positions: Int32Array;
  countLf: (at: number, length: number) => number;
  findLf: (at: number, end: number, out: number, max: number) => number;
  findFolded: (at: number, end: number, needleAt: number, needleLength: number, out: number, max: number) => number;
  /** The fingerprint hashEnd wrote, as four 32-bit words. */
  hash: Int32Array;
  hashStart: (length: number) => void;
  hashWords: (at: number, length: number) => number;
  hashEnd: (at: number, length: number, out: number) => void;
}

let scanner: Scanner | null | undefined; // undefined: not made yet; null: this runtime cannot
let slotsLeased = false;

/** The module, made at first use; null where WebAssembly (with SIMD) is not to be had. */
function getScanner(): Scanner | null {
  if (scanner !== undefined) return scanner;
  scanner = null;
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (api === undefined) return null;
  try {
    const memory = new api.Memory({ initial: PAGES, maximum: PAGES });
    const { exports } = new api.Instance(new api.Module(Buffer.from(BYTE_SCAN_WASM, 'base64')), { env: { memory } });
    scanner = {
      memory: Buffer.from(memory.buffer),
      positions: new Int32Array(memory.buffer, NEEDLE_MAX, POSITIONS_MAX),
      countLf: exports.countLf as Scanner['countLf'],
      findLf: exports.findLf as Scanner['findLf'],
      findFolded: exports.findFolded as Scanner['findFolded'],
      hash: new Int32Array(memory.buffer, HASH_AT, 4),
      hashStart: exports.hashStart as Scanner['hashStart'],
      hashWords: exports.hashWords as Scanner['hashWords'],
      hashEnd: exports.hashEnd as Scanner['hashEnd'],
    };
  } catch {
    // No SIMD (an old CPU or a runtime without it): the callers' own scans do.
  }
  return scanner;
}

/** Two buffers of `size` bytes that the scans read where they are; release them when done. Null when taken or too small. */
export function leaseScanBuffers(size: number): { buffers: readonly [Buffer, Buffer]; release(): void } | null {
  const s = getScanner();
  if (s === null || slotsLeased || size > SLOT_BYTES) return null;
  slotsLeased = true;
  const buffers = [s.memory.subarray(SLOTS_AT, SLOTS_AT + size), s.memory.subarray(SLOTS_AT + SLOT_BYTES, SLOTS_AT + SLOT_BYTES + size)] as const;
  let released = false;
  return {
    buffers,
    release: () => {
      if (!released) slotsLeased = false;
      released = true;
    },
  };
}

/**
 * How many LF bytes there are, or null when the bytes are not in a leased buffer (then the caller counts: a copy
 * would cost what Buffer.indexOf does) or this cannot scan them.
 */
export function countLineEnds(bytes: Uint8Array): number | null {
  const s = scanner ?? null; // not made here: bytes cannot be in the memory of a module not made yet
  const at = s === null ? null : placed(s, bytes, false);
  return at === null ? null : s!.countLf(at, bytes.length);
}

/**
 * Where the LF bytes are, in order: one scan for a batch where Buffer.indexOf costs a call a line. Bytes outside
 * the module's memory are copied into the scratch space when they fit (a copy of a batch costs less than the
 * calls). Null when this cannot scan them: the caller looks for each line's end itself.
 */
export function lineEnds(bytes: Uint8Array): number[] | null {
  const s = getScanner();
  const at = s === null ? null : placed(s, bytes, true);
  if (at === null) return null;
  const end = at + bytes.length;
  return placesInTurns(s!, at, (from) => s!.findLf(from, end, NEEDLE_MAX, POSITIONS_MAX));
}

/**
 * Where `folded` (bytes with 0x20 set in each, so ASCII letters in lower case) occurs in the bytes with 0x20 set in
 * each of theirs, in order: a superset of where it occurs in any letter case, for the caller to check. Null when
 * this cannot scan them.
 */
export function findFolded(bytes: Uint8Array, folded: Uint8Array): number[] | null {
  const s = getScanner();
  if (s === null || folded.length === 0 || folded.length > NEEDLE_MAX) return null;
  const at = placed(s, bytes, true);
  if (at === null) return null;
  s.memory.set(folded, 0);
  const end = at + bytes.length;
  return placesInTurns(s, at, (from) => s.findFolded(from, end, 0, folded.length, NEEDLE_MAX, POSITIONS_MAX));
}

/**
 * Every place a scan of the module finds, from `at` on, as offsets from `at`: `scan(from)` writes at most
 * POSITIONS_MAX places into `positions` and says how many; while the space was full, it is asked again past the last.
 */
function placesInTurns(s: Scanner, at: number, scan: (from: number) => number): number[] {
  const found: number[] = [];
  for (let from = at; ; ) {
    const count = scan(from);
    for (let i = 0; i < count; i++) found.push(s.positions[i]! - at);
    if (count < POSITIONS_MAX) return found;
    from = s.positions[count - 1]! + 1; // the space for positions was full: on after the last
  }
}

/**
 * The fingerprint hash of the bytes (byte-scan.wat; record-fingerprint.ts), as four 32-bit words in a view that
 * the next hash overwrites: read them at once. Bytes in a leased buffer are hashed where they lie, others copied
 * into the scratch space, 2 MiB at a time. Null when this runtime cannot: fingerprint-hash.ts then does.
 */
export function hashBytes(bytes: Uint8Array): Int32Array | null {
  return hashBytesIn(bytes, 0, bytes.length);
}

/** hashBytes of bytes[start, end), with no view made of them when they lie in a leased buffer (a JSON line of a batch). */
export function hashBytesIn(bytes: Uint8Array, start: number, end: number): Int32Array | null {
  const s = getScanner();
  if (s === null) return null;
  const length = end - start;
  s.hashStart(length);
  if (bytes.buffer === s.memory.buffer) {
    s.hashEnd(bytes.byteOffset + start, length, HASH_AT);
    return s.hash;
  }
  // Over the scratch space: its whole 2 MiB (a multiple of 8 bytes) at a time, the rest at the end.
  let from = start;
  for (; end - from > SCRATCH_BYTES; from += SCRATCH_BYTES) {
    s.memory.set(bytes.subarray(from, from + SCRATCH_BYTES), SCRATCH_AT);
    s.hashWords(SCRATCH_AT, SCRATCH_BYTES);
  }
  s.memory.set(bytes.subarray(from, end), SCRATCH_AT);
  s.hashEnd(SCRATCH_AT, end - from, HASH_AT);
  return s.hash;
}

/** hashBytes of the text's UTF-8, written straight into the scratch space when it surely fits. */
export function hashText(text: string): Int32Array | null {
  const s = getScanner();
  if (s === null) return null;
  if (text.length * 3 > SCRATCH_BYTES) return hashBytes(Buffer.from(text, 'utf8'));
  const length = s.memory.write(text, SCRATCH_AT, 'utf8');
  s.hashStart(length);
  s.hashEnd(SCRATCH_AT, length, HASH_AT);
  return s.hash;
}

/** Where the bytes are in the module's memory: where they lie (a leased slot), else (`copy`) copied into the scratch space; else null. */
function placed(s: Scanner, bytes: Uint8Array, copy: boolean): number | null {
  if (bytes.buffer === s.memory.buffer) return bytes.byteOffset;
  if (!copy || bytes.length > SCRATCH_BYTES) return null;
  s.memory.set(bytes, SCRATCH_AT);
  return SCRATCH_AT;
}
