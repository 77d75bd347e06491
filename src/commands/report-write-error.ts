import { lstatSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { linkChain } from '../input/broken-link.js';

/**
 * What is wrong with a report's path, in plain words, from the error writing it gave: `/tmp/afile is a file, not a
 * folder` where Node says EEXIST or ENOTDIR. The path at fault is found by looking at the path and the folders above
 * it, as they are now; an error of another kind is said in Node's words, which start with its code.
 */
export function reportWriteProblem(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'EEXIST':
    case 'ENOTDIR': {
      const file = fileOnTheWay(path);
      if (file !== null) return `${file} is a file, not a folder`;
      break;
    }
    case 'EISDIR':
      // `out/`, when there is no folder out: the path names a folder all the same.
      return kindOf(path) === 'folder' ? `${path} is a folder; name a file in it` : `${path} ends with a /, which names a folder; name a file`;
    case 'EACCES':
    case 'EPERM': {
      const existing = kindOf(path) === 'missing' ? existingAbove(path) : null;
      return existing === null ? `no permission to write ${path}` : `no permission to make files in ${existing}`;
    }
    case 'ENOENT': {
      const link = brokenLinkOnTheWay(path);
      if (link !== null) return `${link.path} is a link to ${link.target}: the link points nowhere`;
      // A folder that makes no new files (/proc, /proc/self) says ENOENT too, though it is there.
      if (kindOf(dirname(path)) === 'folder') return `${dirname(path)} takes no new files (ENOENT)`;
      const existing = existingAbove(dirname(path));
      // The folders are made from the top down (make-folders.ts): the first one missing was refused by the one above it.
      if (existing !== null) return `${dirname(path)} could not be made: ${existing} takes no new folders (ENOENT)`;
      return `${dirname(path)} does not exist and could not be made`;
    }
    case 'EROFS':
      return `${path} is on a read-only file system`;
    case 'ENOSPC':
      return `no space left on the device of ${path}`;
  }
  // Node's words start with the code and say what it means: "EIO: i/o error, write".
  return error instanceof Error ? error.message : String(error);
}

export { brokenLinkProblem } from '../input/broken-link.js';

type Kind = 'folder' | 'file' | 'missing';

function kindOf(path: string): Kind {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}

/** The nearest folder above path that exists (path itself is not looked at). */
function existingAbove(path: string): string | null {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (kindOf(dir) === 'folder') return dir;
    if (dirname(dir) === dir) return null;
  }
}

/** The nearest path above path that exists and is not a folder: what a report's folder cannot be made under. */
export function fileOnTheWay(path: string): string | null {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    const kind = kindOf(dir);
    if (kind === 'file') return dir;
    if (kind === 'folder' || dirname(dir) === dir) return null;
  }
}

/** The path, or the nearest above it, that is a symbolic link to nothing. */
function brokenLinkOnTheWay(path: string): { path: string; target: string } | null {
  for (let at = path; ; at = dirname(at)) {
    try {
      if (lstatSync(at).isSymbolicLink() && kindOf(at) === 'missing') return { path: at, target: linkChain(at) };
    } catch {
      // Not there at all: look above.
    }
    if (dirname(at) === at) return null;
  }
}
