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
