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
 * Whether the files the inputs name hold at least `bytes` (on disk: a gzip file counts its compressed size), or
 * one of them is standard input or a pipe, whose size cannot be known. Stops walking as soon as it knows. A path
 * that cannot be read counts for nothing here: the reader names it.
 */
export async function inputBytesReach(inputs: readonly string[], bytes: number): Promise<boolean> {
  let total = 0;
  try {
    for (const input of inputs) {
      for await (const entry of walkPaths(input)) {
        if (entry.kind !== 'file') continue;
        if (entry.target.path === null || entry.target.pipe === true) return true;
        total += await stat(entry.target.path).then((s) => s.size, () => 0);
        if (total >= bytes) return true;
      }
    }
  } catch {
    return false;
  }
  return false;
}
