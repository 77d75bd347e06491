import { realpathSync } from 'node:fs';

/**
 * A file's identity, device and inode (`dev:ino`): the same for every name of it — its path, a symbolic link, a hard
 * link, a folder that holds it named twice. Null when the file system gives no inode (0): such a file is told apart
 * from none, rather than from every other file as the same `dev:0`.
 */
export function fileId(info: { dev: number; ino: number }): string | null {
  return info.ino === 0 ? null : `${info.dev}:${info.ino}`;
}

/**
 * A regular file's identity where writing one name may replace another (a report over an input, the run's own output
 * under an input folder): its device and inode (fileId); where the file system gives no inode, its real path
 * (`path:…`), so a second name of it is still known when it is spelled another way or through a symbolic link (a hard
 * link is not: nothing tells it there), and files are not all taken for one. Null for what is not a regular file (a
 * device, a pipe, a folder: writing it replaces nothing), and for a file with no inode and no path (standard output).
 */
export function regularFileKey(info: { dev: number; ino: number; isFile(): boolean }, path: string | null): string | null {
  if (!info.isFile()) return null;
  const id = fileId(info);
  if (id !== null) return id;
  if (path === null) return null;
  try {
    return `path:${realpathSync(path)}`;
  } catch {
    return null;
  }
}
