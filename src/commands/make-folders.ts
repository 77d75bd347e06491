import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Makes a folder and the folders above it that are missing, from the top down, one at a time: what
 * `mkdirSync(dir, { recursive: true })` does, except that a folder that takes no new folders (/proc, where mkdir says
 * ENOENT though its parent is there) throws that ENOENT. Node's recursive mkdir (v20) then goes on trying to make
 * the parent, finds it there, tries the folder again, and loops for ever at full CPU: `--report junit=/proc/x/y.xml`
 * never returned.
 */
export function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let at = dir; !isFolder(at); at = dirname(at)) {
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      // Made meanwhile (another job writing its report beside this one): as good as made here.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !isFolder(folder)) throw error;
    }
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
