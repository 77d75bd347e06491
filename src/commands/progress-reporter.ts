import { inputSizes } from '../input/input-sizes.js';
import { formatProgress, showsProgress } from '../report/progress-line.js';

/** The first progress line comes after this long: a short run shows none. */
const FIRST_AFTER_MS = 1000;
const EVERY_MS = 250;

export interface ProgressReporter {
  /** For ReadOptions.onBytes. */
  onBytes?: (bytes: number) => void;
  /** Clears the line; call when reading is over, before anything else is written. */
  stop(): void;
}

/** A progress line on stderr, rewritten in place with \r, while the inputs are read; nothing when not wanted. */
export async function startProgress(inputs: readonly string[], quiet: boolean | undefined): Promise<ProgressReporter> {
  const stderr = process.stderr;
  if (!showsProgress(stderr.isTTY, process.env, quiet)) return { stop: () => undefined };
  const sizes: (number | null)[] = await inputSizes(inputs).catch(() => []); // a bad path is reported by the reader itself
  const total = sizes.includes(null) ? null : sizes.reduce<number>((a, b) => a + (b ?? 0), 0);
  const started = Date.now();
  let done = 0;
  let shown = false;
  const draw = () => {
    let filesDone = 0;
    for (let sum = 0; filesDone < sizes.length && sum + (sizes[filesDone] ?? Infinity) <= done; filesDone++) sum += sizes[filesDone] ?? 0;
    const line = formatProgress({ filesDone, files: sizes.length, bytesDone: done, bytes: total, seconds: (Date.now() - started) / 1000 });
    stderr.write(`\r${line.slice(0, (stderr.columns || 80) - 1)}\x1b[K`);
    shown = true;
  };
  const timer = setInterval(() => {
    if (Date.now() - started >= FIRST_AFTER_MS) draw();
  }, EVERY_MS);
  timer.unref();
  return {
    onBytes: (bytes) => {
      done += bytes;
    },
    stop: () => {
      clearInterval(timer);
      if (shown) stderr.write('\r\x1b[K');
    },
  };
}
