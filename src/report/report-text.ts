/**
 * A rendered report: its text whole, or in pieces in order. A report of tens of thousands of calls is tens of
 * MB of JSON; written piece by piece it never exists whole, nor again as the bytes written (a 40 MB string and
 * its 40 MB of UTF-8 on the 230 MB bench export).
 */
export type ReportText = string | Iterable<string>;

/**
 * The text as UTF-8, in runs of about `size` bytes (a piece larger than that is a run of its own): few writes,
 * and memory bounded by a run. The pieces are encoded straight into each run's buffer, never joined into a
 * string first: a string that large would be a large object for V8, kept until a full collection.
 */
export function* inRuns(text: ReportText, size = 1 << 20): Generator<Uint8Array> {
  if (typeof text === 'string') {
    if (text !== '') yield Buffer.from(text, 'utf8');
    return;
  }
  let run = Buffer.allocUnsafe(size);
  let used = 0;
  for (const piece of text) {
    const bytes = Buffer.byteLength(piece, 'utf8');
    if (used + bytes > size && used > 0) {
      yield run.subarray(0, used);
      run = Buffer.allocUnsafe(size);
      used = 0;
    }
    if (bytes > size) yield Buffer.from(piece, 'utf8');
    else used += run.write(piece, used, 'utf8');
  }
  if (used > 0) yield run.subarray(0, used);
}
