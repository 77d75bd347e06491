import { availableParallelism } from 'node:os';
import { fileBytesUpTo } from '../input/input-sizes.js';
import { peekStream } from '../input/peek-stream.js';
import { STDIN_INPUT } from '../input/walk-paths.js';

/**
 * Inputs smaller than this (files and standard input together) are read on one thread whatever the cores: starting
 * workers costs ~100 ms and ~30 MB (three workers, measured on the samples), about what one thread takes to read
 * 8 MB, and workers only pay for themselves well past that.
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

/** summarize's threads, and standard input to read instead of process.stdin when it was peeked at. */
export interface ThreadChoice {
  threads: number;
  stdin?: NodeJS.ReadableStream;
}

/**
 * summarize's threads when neither --threads nor the environment says: defaultThreads, or one for an input under
 * WORKERS_FROM_BYTES. Standard input's size is learnt by reading it up to what the files leave of that (peekStream);
 * the reader must then read `stdin`, which gives those bytes again.
 */
export async function defaultThreadsFor(
  inputs: readonly string[],
  cores = availableParallelism(),
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<ThreadChoice> {
  const threads = defaultThreads(cores);
  if (threads === 1) return { threads: 1 };
  const files = await fileBytesUpTo(inputs, WORKERS_FROM_BYTES);
  if (files >= WORKERS_FROM_BYTES) return { threads };
  if (!inputs.includes(STDIN_INPUT)) return { threads: 1 };
  const peeked = await peekStream(stdin, WORKERS_FROM_BYTES - files);
  return { threads: peeked.ended ? 1 : threads, stdin: peeked.stream };
}
