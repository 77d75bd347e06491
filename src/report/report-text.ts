/**
 * A rendered report: its text whole, or in pieces in order. A report of tens of thousands of calls is tens of
 * MB of JSON; written piece by piece it never exists whole, nor again as the bytes written (a 40 MB string and
 * its 40 MB of UTF-8 on the 230 MB bench export).
 */
export type ReportText = string | Iterable<string>;

/** The whole text (for tests, and for writers that need it at once). */
export function wholeText(text: ReportText): string {
  return typeof text === 'string' ? text : [...text].join('');
}

/** The pieces joined into runs of at least `size` characters (the last may be shorter): few writes, bounded memory. */
export function* inRuns(text: ReportText, size = 1 << 20): Generator<string> {
  if (typeof text === 'string') {
    if (text !== '') yield text;
    return;
  }
  let run: string[] = [];
  let length = 0;
  for (const piece of text) {
    run.push(piece);
    length += piece.length;
    if (length >= size) {
      yield run.join('');
      run = [];
      length = 0;
    }
  }
  if (length > 0) yield run.join('');
}
