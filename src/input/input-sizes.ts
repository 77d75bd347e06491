import { stat } from 'node:fs/promises';
import { walkPaths } from './walk-paths.js';

/** The sizes in bytes of the files the inputs name, in reading order; null for standard input (size unknown). */
export async function inputSizes(inputs: readonly string[]): Promise<(number | null)[]> {
  const sizes: (number | null)[] = [];
  for (const input of inputs) {
    for await (const entry of walkPaths(input)) {
      if (entry.kind !== 'file') continue;
      if (entry.target.path === null) sizes.push(null);
      else sizes.push(await stat(entry.target.path).then((s) => s.size, () => 0));
    }
  }
  return sizes;
}

/**
 * The bytes of the files the inputs name (on disk: a gzip file counts its compressed size), summed until they reach
 * `limit`: walking stops there. Standard input counts for nothing (see peekStream), a named pipe, whose size cannot
 * be known, as Infinity; a path that cannot be read for nothing (the reader names it).
 */
export async function fileBytesUpTo(inputs: readonly string[], limit: number): Promise<number> {
  let total = 0;
  try {
    for (const input of inputs) {
      for await (const entry of walkPaths(input)) {
        if (entry.kind !== 'file' || entry.target.path === null) continue;
        if (entry.target.pipe === true) return Infinity;
        total += await stat(entry.target.path).then((s) => s.size, () => 0);
        if (total >= limit) return total;
      }
    }
  } catch {
    // a bad path: the reader says so
  }
  return total;
}
