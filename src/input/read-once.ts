import { realpathSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { WalkEntry } from './walk-paths.js';

/**
 * The files of the inputs already read, by their real path (fs.realpath): a file named twice — by its own name and
 * under a named folder, twice by name, or once through a symbolic link — is read once, under the name it came by
 * first. A named input's real path is asked for once; a file found under a named folder has the folder's and its
 * own path below it (the walk enters no linked folder), and only a symbolic link found there is resolved on its
 * own: a real path costs ~0.1 ms for the deep paths of a storage-account export, paid by each of its thousands of
 * blobs otherwise. Standard input has no path: it is told apart where it is read (read-inputs.ts).
 */
export class ReadOnce {
  /** Real path → the name the file was first read under. */
  private readonly names = new Map<string, string>();
  private readonly roots = new Map<string, string>();
  /** Where the entries skipped so far really are (a folder named twice finds them twice). */
  private readonly skipped = new Set<string>();

  /** Whether this entry skipped under the folder `input` was skipped before (under another name of the folder); if not, it is now. */
  skippedBefore(input: string, file: string): boolean {
    const key = join(this.rootOf(input), relative(input, file));
    if (this.skipped.has(key)) return true;
    this.skipped.add(key);
    return false;
  }

  /** The name the file was read under before, or null: then it is taken as read now. `input`: as named, the file found under it. */
  readBefore(input: string, entry: Extract<WalkEntry, { kind: 'file' }>): string | null {
    const { path } = entry.target;
    if (path === null) return null;
    const key = entry.linked === true ? realPath(path) : join(this.rootOf(input), relative(input, path));
    const before = this.names.get(key);
    if (before !== undefined) return before;
    this.names.set(key, path);
    return null;
  }

  private rootOf(input: string): string {
    let root = this.roots.get(input);
    if (root === undefined) this.roots.set(input, (root = realPath(input)));
    return root;
  }
}

/** The real path; a path that cannot be resolved (gone meanwhile) stands for itself, and reading it says why. */
function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return resolve(path);
  }
}
