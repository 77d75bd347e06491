import { isatty } from 'node:tty';
import { type LoadedCalls, type LoadOptions, loadCalls } from '../model/load-calls.js';
import { startProgress } from './progress-reporter.js';
import { type ReadFlags, type ReadingOptions, readOptionsFrom } from './read-flags.js';
import { stdinHint } from './stdin-hint.js';
import { inputProblemLines } from './warn-input-problems.js';

export interface ReadCallsFlags extends ReadFlags {
  verbose?: boolean;
}

/**
 * Reads the calls as summarize and call both do: the reading flags applied, a hint when standard input is a terminal
 * (stdin-hint.ts), a progress line while reading
 * (cleared before anything else is written), then on stderr what was wrong with the input — unless `tell` is false,
 * for a read that may be followed by another whose problems are the ones to tell (printInputProblems then, or not).
 */
export async function readCalls(inputs: string[], flags: ReadCallsFlags, options: LoadOptions, tell = true): Promise<LoadedCalls> {
  return readWith(inputs, flags, options, async (all) => ({ loaded: await loadCalls(inputs, all) }), tell).then((read) => read.loaded);
}

/** On stderr, what was wrong with the input read (warn-input-problems.ts). */
export function printInputProblems(loaded: LoadedCalls, flags: ReadCallsFlags): void {
  for (const line of inputProblemLines(loaded, flags.verbose)) process.stderr.write(`${line}\n`);
}

/**
 * The same around any reader of the inputs (summarize on worker threads reads and judges at once): `read` gets the
 * load options with the flags applied, and what it gives back carries the LoadedCalls it read.
 */
export async function readWith<T extends { loaded: LoadedCalls }>(
  inputs: string[],
  flags: ReadCallsFlags,
  options: LoadOptions,
  read: (options: LoadOptions & ReadingOptions) => Promise<T>,
  tell = true,
): Promise<T> {
  const reading = readOptionsFrom(flags);
  const hint = stdinHint(inputs, isatty(0), flags.quiet);
  if (hint !== null) process.stderr.write(`${hint}\n`);
  const progress = await startProgress(inputs, flags.quiet);
  let result: T;
  try {
    result = await read({ ...reading, ...options, onBytes: progress.onBytes, onReadingDone: progress.readingDone, perFile: flags.verbose === true });
  } finally {
    progress.stop();
  }
  if (tell) printInputProblems(result.loaded, flags);
  return result;
}
