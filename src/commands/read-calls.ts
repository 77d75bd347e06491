import { type LoadedCalls, type LoadOptions, loadCalls } from '../model/load-calls.js';
import { startProgress } from './progress-reporter.js';
import { type ReadFlags, readOptionsFrom } from './read-flags.js';
import { inputProblemLines } from './warn-input-problems.js';

export interface ReadCallsFlags extends ReadFlags {
  verbose?: boolean;
}

/**
 * Reads the calls as summarize and call both do: the reading flags applied, a progress line while reading
 * (cleared before anything else is written), then on stderr what was wrong with the input.
 */
export async function readCalls(inputs: string[], flags: ReadCallsFlags, options: LoadOptions): Promise<LoadedCalls> {
  const reading = readOptionsFrom(flags);
  const progress = await startProgress(inputs, flags.quiet);
  let loaded: LoadedCalls;
  try {
    loaded = await loadCalls(inputs, { ...reading, ...options, onBytes: progress.onBytes, perFile: flags.verbose === true });
  } finally {
    progress.stop();
  }
  for (const line of inputProblemLines(loaded, flags.verbose)) process.stderr.write(`${line}\n`);
  return loaded;
}
