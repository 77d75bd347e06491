import { type CliResult, runCli } from './run-cli.js';

/** A record or two a batch, spread over the workers (read-flags.ts). */
const SMALL_BATCHES = { ACS_CALLLOGS_BATCH_BYTES: '512' };

/** The CLI run with `args` on one worker thread and on two, its records read in small batches spread over the workers. */
export function onOneAndTwoThreads(args: string[]): [one: CliResult, two: CliResult] {
  const [one, two] = ['1', '2'].map((threads) => runCli([...args, '--threads', threads], { env: SMALL_BATCHES }));
  return [one!, two!];
}
