import { realpathSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The files of the inputs already read, by device and inode (file-id.ts): a file named twice — by its own name and
 * under a named folder, twice by name, through a symbolic link or a hard link — is read once, under the name it came
 * by first. The walk has the device and inode of a named input and of a link found under a folder (it stats them
 * anyway); a plain file found under a folder is known by them when it is opened (the fstat open-source.ts does on the
 * open file), before any of it is read: no path of the thousands of blobs of a storage-account export is statted or
 * resolved again for this. Standard input has no path: it is told apart where it is read (read-inputs.ts).
 */
export class ReadOnce {
  /** Device and inode → the name the file was first read under. */
  private readonly names = new Map<string, string>();
  private readonly roots = new Map<string, string>();
  /** Where the entries skipped so far really are (a folder named twice finds them twice). */
  private readonly skipped = new Set<string>();

  /**
   * Whether this entry skipped under the folder `input` was skipped before (under another name of the folder); if
   * not, it is now. Told by real path (a skipped entry is not opened): the folder's, resolved once, and the entry's
   * below it.
   */
  skippedBefore(input: string, file: string): boolean {
    const key = join(this.rootOf(input), relative(input, file));
    if (this.skipped.has(key)) return true;
    this.skipped.add(key);
    return false;
  }

  /** The name the file `id` (device and inode) was read under before, or null: then it is taken as read now, under `name`. */
  readBefore(id: string, name: string): string | null {
    const before = this.names.get(id);
    if (before !== undefined) return before;
    this.names.set(id, name);
    return null;
  }

  private rootOf(input: string): string {
    let root = this.roots.get(input);
    if (root === undefined) this.roots.set(input, (root = realPath(input)));
    return root;
  }
}

/** The real path; a path that cannot be resolved (gone meanwhile) stands for itself. */
function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return resolve(path);
  }
}
