/** A fingerprint's length (record-fingerprint.ts): eight UTF-16 code units of 16 bits. */
const FINGERPRINT_LENGTH = 8;
/** Four 32-bit words: two code units each, every bit of the text, so equal words are equal texts. */
const WORDS = 4;
const INITIAL_SLOTS = 1024;

/** ArrayBuffer's ES2024 resizing, which Node 20 has and the project's lib (ES2023) does not declare. */
interface Resizable {
  resize(byteLength: number): void;
}

function resizable(byteLength: number): ArrayBuffer {
  const Make = ArrayBuffer as unknown as new (length: number, options: { maxByteLength: number }) => ArrayBuffer;
  return new Make(byteLength, { maxByteLength: byteLength });
}

/** Gives an array's memory back at once. */
function free(array: Int32Array | Uint8Array): void {
  (array.buffer as unknown as Resizable).resize(0);
}

/**
 * The fingerprints of the records read so far (record-fingerprint.ts), as 128 bits each (every bit of the text) in
 * one typed array (open addressing, linear probing, at most three quarters full) instead of a Set of strings: no
 * string per record stays on the heap for the collector to copy, promote and mark (on the bench export the Set was
 * ~0.45 s of the main thread and ~25 MB of heap). Any other text (a test's own fingerprint) goes to an ordinary Set.
 *
 * The arrays are on resizable ArrayBuffers, shrunk to nothing when outgrown and on `clear`: their memory (8.5 MB
 * for the bench export) is given back then, not when a full collection happens to find them.
 */
export class FingerprintSet {
  private words = new Int32Array(resizable(INITIAL_SLOTS * WORDS * 4));
  private used = new Uint8Array(resizable(INITIAL_SLOTS));
  private count = 0;
  private readonly others = new Set<string>();
  private readonly key = new Int32Array(WORDS);

  get size(): number {
    return this.count + this.others.size;
  }

  /** Adds the fingerprint; false when it was there already (an exact duplicate). */
  add(fingerprint: string): boolean {
    if (!this.decode(fingerprint)) {
      const before = this.others.size;
      this.others.add(fingerprint);
      return this.others.size > before;
    }
    if ((this.count + 1) * 4 > this.used.length * 3) this.grow();
    return this.insert(this.key, 0);
  }

  /** Any text of a fingerprint's length is taken whole into the key (the same key only for the same text). */
  private decode(text: string): boolean {
    if (text.length !== FINGERPRINT_LENGTH) return false;
    for (let w = 0; w < WORDS; w++) this.key[w] = text.charCodeAt(2 * w) | (text.charCodeAt(2 * w + 1) << 16);
    return true;
  }

  /** Inserts the key of WORDS words at `from` in `source` (read there: no view made of it, one a key when growing). */
  private insert(source: Int32Array, from: number): boolean {
    const mask = this.used.length - 1;
    for (let slot = source[from]! & mask; ; slot = (slot + 1) & mask) {
      const at = slot * WORDS;
      if (this.used[slot] === 0) {
        this.used[slot] = 1;
        for (let w = 0; w < WORDS; w++) this.words[at + w] = source[from + w]!;
        this.count++;
        return true;
      }
      if (this.equalAt(at, source, from)) return false;
    }
  }

  private equalAt(at: number, source: Int32Array, from: number): boolean {
    for (let w = 0; w < WORDS; w++) if (this.words[at + w] !== source[from + w]) return false;
    return true;
  }

  /** Forgets every fingerprint and gives the memory back (loading is over). */
  clear(): void {
    free(this.words);
    free(this.used);
    this.words = new Int32Array(resizable(INITIAL_SLOTS * WORDS * 4));
    this.used = new Uint8Array(resizable(INITIAL_SLOTS));
    this.count = 0;
    this.others.clear();
  }

  private grow(): void {
    const { words, used } = this;
    this.words = new Int32Array(resizable(words.byteLength * 2));
    this.used = new Uint8Array(resizable(used.byteLength * 2));
    this.count = 0;
    for (let slot = 0; slot < used.length; slot++) if (used[slot] === 1) this.insert(words, slot * WORDS);
    free(words);
    free(used);
  }
}
