import { asBuffer, forEachItem } from '../input/split-lines.js';
import { LineIdFinder } from './partition-of.js';

const LF = 0x0a;

/** Lines of one file picked out for one partition: JSON lines (LF after each) and the file's line number of each. */
export interface RoutedLines {
  file: string;
  /** The file's place among the files read (0 first): with the line, where an item stands in the input. */
  fileIndex: number;
  bytes: Uint8Array;
  lines: Int32Array;
  /** The file ends inside the last item of these lines (InputEvent `lines`). */
  torn?: true;
}

/**
 * Splits a batch of JSON lines (a `lines` event) by the partition of each line's call (partition-of.ts): one
 * RoutedLines a partition that gets any, each with bytes of its own (the batch's may be reused at once). For an
 * array laid out one element a line, only the element goes (no brackets, no comma), so each part is JSON Lines.
 * The records of one line joined without a newline (split-lines.ts) all go where its first goes, each a line
 * there with the line's number: the worker places them in order (Places), as one thread reads them. A `torn` batch,
 * whose last item the file ends inside, is the file's last line alone (no line end after it): it goes to one
 * partition, marked so.
 */
export function routeLines(
  batch: Uint8Array,
  firstLine: number,
  arrayElements: boolean,
  parts: number,
  file: string,
  fileIndex: number,
  torn = false,
): Array<RoutedLines | null> {
  const buffer = asBuffer(batch);
  const finder = new LineIdFinder(buffer);
  const picked = Array.from({ length: parts }, () => ({ spans: [] as number[], bytes: 0 }));
  let lastLine = firstLine - 1;
  let lastPart = 0;
  forEachItem(buffer, firstLine, arrayElements, (start, end, line) => {
    if (line !== lastLine) lastPart = finder.partitionOf(start, end, parts);
    lastLine = line;
    const part = picked[lastPart]!;
    part.spans.push(start, end, line);
    part.bytes += end - start + 1;
  });
  return picked.map(({ spans, bytes }) => {
    if (spans.length === 0) return null;
    const out = new Uint8Array(bytes);
    const lines = new Int32Array(spans.length / 3);
    let at = 0;
    let k = 0;
    for (let i = 0; i < spans.length; ) {
      const start = spans[i]!;
      let end = spans[i + 1]!;
      lines[k++] = spans[i + 2]!;
      i += 3;
      // Lines that follow one another in the batch, one LF apart, are copied in one piece: the same bytes.
      while (i < spans.length && spans[i] === end + 1 && buffer[end] === LF) {
        end = spans[i + 1]!;
        lines[k++] = spans[i + 2]!;
        i += 3;
      }
      out.set(buffer.subarray(start, end), at);
      at += end - start;
      out[at++] = LF;
    }
    return torn ? { file, fileIndex, bytes: out, lines, torn } : { file, fileIndex, bytes: out, lines };
  });
}
