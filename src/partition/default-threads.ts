import { availableParallelism } from 'node:os';
import { inputBytesReach } from '../input/input-sizes.js';

/**
 * Inputs smaller than this are read on one thread whatever the cores: starting workers costs ~100 ms and ~30 MB
 * (three workers, measured on the samples), about what one thread takes to read 8 MB, and workers only pay for
 * themselves well past that.
 */
export const WORKERS_FROM_BYTES = 32 << 20;

/**
 * Workers only when each has a core of its own beside the main thread's (which reads and routes the lines): on 2
 * cores two workers measured 5–17% faster than one thread for ~60 MB more, past the 300 MB that summarize keeps
 * to on `npm run bench`'s 230 MB export. Then one core is left for the main thread, at most 4 workers.
 */
export function defaultThreads(cores = availableParallelism()): number {
  return cores > 2 ? Math.min(cores - 1, 4) : 1;
}

/** summarize's threads when neither --threads nor the environment says: defaultThreads, or one for a small input. */
export async function defaultThreadsFor(inputs: readonly string[], cores = availableParallelism()): Promise<number> {
  const threads = defaultThreads(cores);
  if (threads === 1) return 1;
  return (await inputBytesReach(inputs, WORKERS_FROM_BYTES)) ? threads : 1;
}
