/** The bytes of a source not yet used, read from it as they are needed (gzip members, Avro blocks). */
export class ByteQueue {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;
  private ended = false;

  constructor(private readonly source: AsyncIterator<Uint8Array>) {}

  /** Reads until at least `n` bytes are queued; false when the source ends first. */
  async fill(n: number): Promise<boolean> {
    while (this.length < n && !this.ended) {
      const next = await this.source.next();
      if (next.done) this.ended = true;
      else if (next.value.length > 0) {
        this.chunks.push(next.value);
        this.length += next.value.length;
      }
    }
    return this.length >= n;
  }

  /** The byte at `index` of what is queued (fill first). */
  at(index: number): number {
    for (const chunk of this.chunks) {
      if (index < chunk.length) return chunk[index]!;
      index -= chunk.length;
    }
    return -1;
  }

  /** How many bytes are queued. */
  get queued(): number {
    return this.length;
  }

  /** The first `n` bytes queued (or fewer, all there are), left on the queue (fill first). */
  peek(n: number): Buffer {
    const first = this.chunks[0];
    if (first !== undefined && first.length >= n) return Buffer.from(first.buffer, first.byteOffset, n);
    return Buffer.concat(this.chunks, Math.min(n, this.length));
  }

  /** The next `n` bytes, taken off the queue; undefined, taking nothing, when the source ends first. */
  async take(n: number): Promise<Buffer | undefined> {
    if (!(await this.fill(n))) return undefined;
    const taken: Uint8Array[] = [];
    let wanted = n;
    while (wanted > 0) {
      const chunk = this.chunks[0]!;
      if (chunk.length <= wanted) {
        taken.push(this.chunks.shift()!);
        wanted -= chunk.length;
      } else {
        taken.push(chunk.subarray(0, wanted));
        this.chunks[0] = chunk.subarray(wanted);
        wanted = 0;
      }
    }
    this.length -= n;
    return Buffer.concat(taken, n);
  }

  /** Up to `max` bytes, the next chunk's or part of it, without copying; undefined at the end of the source. */
  async next(max: number): Promise<Uint8Array | undefined> {
    if (!(await this.fill(1))) return undefined;
    const chunk = this.chunks[0]!;
    const piece = chunk.length <= max ? this.chunks.shift()! : chunk.subarray(0, max);
    if (piece !== chunk) this.chunks[0] = chunk.subarray(max);
    this.length -= piece.length;
    return piece;
  }

  /** Puts bytes back at the front of the queue. */
  putBack(bytes: Uint8Array): void {
    this.chunks.unshift(bytes);
    this.length += bytes.length;
  }

  /** The bytes up to a zero byte, the zero included, taken off the queue; undefined when the source ends first. */
  async takePastZero(): Promise<Buffer | undefined> {
    const taken: Uint8Array[] = [];
    for (;;) {
      if (!(await this.fill(1))) return undefined;
      const chunk = this.chunks.shift()!;
      this.length -= chunk.length;
      const zero = chunk.indexOf(0);
      if (zero < 0) taken.push(chunk);
      else {
        taken.push(chunk.subarray(0, zero + 1));
        if (zero + 1 < chunk.length) this.putBack(chunk.subarray(zero + 1));
        return Buffer.concat(taken);
      }
    }
  }

  /** Reads the source to its end; true if every byte left is zero (padding after the last member). */
  async onlyZerosLeft(): Promise<boolean> {
    for (;;) {
      for (const chunk of this.chunks) if (!chunk.every((byte) => byte === 0)) return false;
      this.chunks.length = 0;
      this.length = 0;
      if (!(await this.fill(1))) return true;
    }
  }

  async close(): Promise<void> {
    await this.source.return?.();
  }
}
