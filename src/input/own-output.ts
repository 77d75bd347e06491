import { fstatSync, statSync } from 'node:fs';
import { regularFileKey } from './file-id.js';

/**
 * The file this run's standard output is redirected to, by device and inode (`summarize logs > logs/out.json`): the
 * shell has made it, empty, before the run starts, so a walk of the folder found it and said "skipped logs/out.json:
 * empty file", a note about the tool's own output. Such a file is left out of the walk, quietly, as a --report file
 * that does not exist yet is (it is written after the reading). Empty when standard output is a terminal, a pipe or a
 * device.
 */
export function stdoutFileIds(): ReadonlySet<string> {
  try {
    const id = regularFileKey(fstatSync(1), null);
    return new Set(id === null ? [] : [id]);
  } catch {
    return new Set();
  }
}

/** Whether a file found by walking a folder is one of `ids` (a link to it too); false when it cannot be statted. */
export function isOwnOutput(path: string, ids: ReadonlySet<string>): boolean {
  if (ids.size === 0) return false;
  try {
    const id = regularFileKey(statSync(path), path);
    return id !== null && ids.has(id);
  } catch {
    return false;
  }
}
