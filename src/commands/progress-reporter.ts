import { inputTextSizes } from '../input/input-sizes.js';
import { fitProgress, formatProgress, type ReadingPurpose, showsProgress } from '../report/progress-line.js';

/** The first progress line comes after this long: a short run shows none. */
const FIRST_AFTER_MS = 1000;
const EVERY_MS = 250;

export interface ProgressReporter {
  /** For ReadOptions.onBytes. */
  onBytes?: (bytes: number) => void;
  /** For LoadOptions.onReadingDone: the line then says so, and that the calls are being judged. */
  readingDone?: () => void;
  /** Clears the line; call when reading is over, before anything else is written. */
  stop(): void;
}

/** Where the line goes: stderr, or a test's stand-in. */
export interface ProgressOutput {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/**
 * A progress line on stderr, rewritten in place with \r, while the inputs are read and then while the calls are
 * judged (which takes a second or more on a large export, with nothing read); nothing when not wanted. `purpose`:
 * what the line says the reading is for (progress-line.ts), the calls or the ids nearest one that names none. It is
 * drawn as bytes are told, at most every 250 ms, and by a timer while none are: a folder of small files is read with
 * synchronous calls and promises alone, during which no timer of the event loop runs.
 */
export async function startProgress(
  inputs: readonly string[],
  quiet: boolean | undefined,
  out: ProgressOutput = process.stderr,
  now: () => number = Date.now,
  env: NodeJS.ProcessEnv = process.env,
  purpose: ReadingPurpose = 'calls',
): Promise<ProgressReporter> {
  if (!showsProgress(out.isTTY, env, quiet)) return { stop: () => undefined };
  const files = await inputTextSizes(inputs).catch(() => []); // a bad path is reported by the reader itself
  // The bytes told are the files' (a gzip file's compressed); the line counts their text, a gzip file's inflated, so
  // that its MB/s and ETA hold for plain and gzipped files alike: an 8 MB .gz was "1 MB/s", and beside plain files
  // its ETA minutes for seconds.
  const sizes = files.map(({ size }) => size);
  const texts = files.map(({ text }) => text);
  const total = texts.includes(null) ? null : texts.reduce<number>((a, b) => a + (b ?? 0), 0);
  const started = now();
  let done = 0;
  let shown = false;
  let drawn = -Infinity;
  /** When reading was over, in seconds from the start; null while reading. */
  let readSeconds: number | null = null;
  const draw = (force = false) => {
    const at = now();
    if (at - started < FIRST_AFTER_MS || (!force && at - drawn < EVERY_MS)) return;
    drawn = at;
    let filesDone = 0;
    let sum = 0;
    let text = 0;
    for (; filesDone < sizes.length && sum + (sizes[filesDone] ?? Infinity) <= done; filesDone++) {
      sum += sizes[filesDone] ?? 0;
      text += texts[filesDone] ?? 0;
    }
    const size = sizes[filesDone] ?? null;
    text += size === null || size === 0 ? done - sum : ((done - sum) * (texts[filesDone] ?? size)) / size;
    if (readSeconds !== null) filesDone = sizes.length;
    const line = formatProgress({ filesDone, files: sizes.length, bytesDone: text, bytes: total, seconds: (at - started) / 1000, readSeconds, purpose });
    out.write(`\r${fitProgress(line, (out.columns || 80) - 1)}\x1b[K`);
    shown = true;
  };
  const timer = setInterval(() => draw(), EVERY_MS);
  timer.unref();
  return {
    onBytes: (bytes) => {
      done += bytes;
      draw();
    },
    readingDone: () => {
      readSeconds = (now() - started) / 1000;
      draw(true);
    },
    stop: () => {
      clearInterval(timer);
      if (shown) out.write('\r\x1b[K');
    },
  };
}
