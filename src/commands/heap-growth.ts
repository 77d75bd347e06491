import { setFlagsFromString } from 'node:v8';

/**
 * How much V8 lets the heap grow past what a full collection left, in percent: 100 (twice the live size) where V8
 * chooses up to 300 when collections are cheap. summarize's garbage comes in waves (reading, then each chunk of
 * calls built and judged), and with up to four times the live size allowed, when a collection fell decided the peak:
 * the bench export's peak RSS came to 246–320 MB from run to run on one thread (JSON, table and JUnit alike), and
 * to 242–267 MB with this, at no time that the runs could tell apart.
 */
export const HEAP_GROWING_PERCENT = 100;

/** Sets HEAP_GROWING_PERCENT for this process's heaps, unless Node was started with a value of its own. */
export function limitHeapGrowth(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): void {
  const given = (arg: string) => /heap[-_]growing[-_]percent/.test(arg);
  if (execArgv.some(given) || given(nodeOptions)) return;
  try {
    setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  } catch {
    // A runtime whose flags are frozen once it has started: its own growth, as before.
  }
}
