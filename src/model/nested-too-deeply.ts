/**
 * JSON.parse reads any depth; JSON.stringify and the normaliser's walks do not. A value nested thousands deep
 * (`[[[[…`) makes them throw RangeError: that record is one invalid record, and reading goes on. Any other error
 * is thrown on: it is a bug, not the input.
 */
export function tooDeepReason(error: unknown): string {
  if (!(error instanceof RangeError)) throw error;
  return TOO_DEEP;
}

export const TOO_DEEP = 'nested too deeply to read';

/**
 * How deep a record read from a JSON line may nest (the record itself is level 1). Where RangeError comes depends on
 * the thread's stack: a worker's is larger than the main thread's, so a record some thousands deep was read on a
 * worker and invalid on one thread. A line is held to this limit instead, the same on every thread; no call log
 * nests beyond a few levels. A line of fewer than twice as many bytes cannot reach it and is not looked into.
 */
export const MAX_NESTING = 1000;

/** Whether a line of this many bytes can hold a value nested deeper than MAX_NESTING (an open and a close a level). */
export function mayNestTooDeeply(bytes: number): boolean {
  return bytes > 2 * MAX_NESTING;
}

/** Whether the value nests deeper than `max` levels of objects and arrays (itself level 1), walked without recursion. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const containers: unknown[] = [value];
  const depths: number[] = [1];
  while (containers.length > 0) {
    const container = containers.pop();
    const depth = depths.pop()!;
    if (container === null || typeof container !== 'object') continue;
    if (depth > max) return true;
    for (const child of Array.isArray(container) ? container : Object.values(container)) {
      if (child !== null && typeof child === 'object') {
        containers.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}
