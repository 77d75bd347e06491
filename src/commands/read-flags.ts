import { type Command, Option } from 'commander';
import type { LoadOptions } from '../model/load-calls.js';
import { parseWholeNumber } from './parse-whole-number.js';

/** The reading flags summarize and call share. */
export interface ReadFlags {
  maxRecordBytes?: string;
  threads?: string;
  quiet?: boolean;
}

export const THREADS_ENV = 'ACS_CALLLOGS_THREADS';
/** For tests: small JSON Lines batches, so that small files are cut into many and spread over the worker threads. */
export const BATCH_BYTES_ENV = 'ACS_CALLLOGS_BATCH_BYTES';

/**
 * Adds the reading flags. `call` reads on one thread: it takes --threads (checked, as scripts written for both commands
 * pass it) but its help does not list it.
 */
export function addReadOptions(command: Command, threads: 'shown' | 'hidden'): Command {
  return command
    .option('--max-record-bytes <n>', 'a larger record is invalid and not read (default: 16777216, 16 MB)')
    .addOption(
      new Option(
        '--threads <n>',
        `worker threads judging the calls, 1 to 32 (default: $${THREADS_ENV}, else 1 on 2 cores or under 32 MiB of input, else cores - 1, at most 4)`,
      ).hideHelp(threads === 'hidden'),
    )
    .option('-q, --quiet', 'no progress line on stderr, nor the notes that standard input (-) is a terminal or that Markdown is longer than a PR comment takes, nor the "Next:" line under summarize\'s table');
}

/**
 * The most worker threads summarize starts when told to: each is a V8 isolate of ~30 MB that takes ~0.1 s to start,
 * and thousands of them took the heap past its limit; the default is at most 4.
 */
export const MAX_THREADS = 32;

/** The load options the flags set, and summarize's worker threads. */
export type ReadingOptions = Pick<LoadOptions, 'maxRecordBytes' | 'batchBytes'> & { threads?: number };

/** The flags as load options; a bad number is a usage error. */
export function readOptionsFrom(flags: ReadFlags, env: NodeJS.ProcessEnv = process.env): ReadingOptions {
  const options: ReadingOptions = {};
  if (flags.maxRecordBytes !== undefined) options.maxRecordBytes = parseWholeNumber('--max-record-bytes', flags.maxRecordBytes);
  const threads = flags.threads ?? env[THREADS_ENV];
  if (threads !== undefined && threads !== '') options.threads = parseWholeNumber(flags.threads !== undefined ? '--threads' : THREADS_ENV, threads, MAX_THREADS);
  const batchBytes = env[BATCH_BYTES_ENV];
  if (batchBytes !== undefined && batchBytes !== '') options.batchBytes = parseWholeNumber(BATCH_BYTES_ENV, batchBytes);
  return options;
}
