import { stat } from 'node:fs/promises';
import { fileId } from './file-id.js';
import { gzipInflatedSize } from './gzip-inflated-size.js';
import type { SourceTarget } from './open-source.js';
import { ReadOnce } from './read-once.js';
import { walkPaths } from './walk-paths.js';

/** The files the inputs name, in reading order (standard input as a target without a path), each with its size on disk. */
async function* namedFiles(inputs: readonly string[]): AsyncGenerator<{ target: SourceTarget; size: number | null }> {
  // A file named twice is read once (read-inputs.ts): counted once, known by the device and inode of the stat that
  // gives its size.
  const once = new ReadOnce();
  for (const input of inputs) {
    for await (const entry of walkPaths(input)) {
      if (entry.kind !== 'file') continue;
      const { path } = entry.target;
      if (path === null) {
        yield { target: entry.target, size: null };
        continue;
      }
      const info = await stat(path).catch(() => null);
      const id = info === null ? null : fileId(info);
      if (id !== null && once.readBefore(id, path) !== null) continue;
      yield { target: entry.target, size: info?.size ?? 0 };
    }
  }
}

/**
 * The sizes in bytes of the files the inputs name, in reading order, each with the size of its text: a gzip file's
 * inflated size (gzip-inflated-size.ts), else its size; both null for standard input (size unknown).
 */
export async function inputTextSizes(inputs: readonly string[]): Promise<{ size: number | null; text: number | null }[]> {
  const sizes: { size: number | null; text: number | null }[] = [];
  for await (const { target, size } of namedFiles(inputs)) {
    const inflated = target.path === null || size === null || target.pipe === true ? null : await gzipInflatedSize(target.path, size);
    sizes.push({ size, text: inflated ?? size });
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
    for await (const { target, size } of namedFiles(inputs)) {
      if (size === null) continue;
      if (target.pipe === true) return Infinity;
      total += size;
      if (total >= limit) return total;
    }
  } catch {
    // a bad path: the reader says so
  }
  return total;
}
