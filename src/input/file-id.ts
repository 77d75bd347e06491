/**
 * A file's identity, device and inode (`dev:ino`): the same for every name of it — its path, a symbolic link, a hard
 * link, a folder that holds it named twice. Null when the file system gives no inode (0): such a file is told apart
 * from none, rather than from every other file as the same `dev:0`.
 */
export function fileId(info: { dev: number; ino: number }): string | null {
  return info.ino === 0 ? null : `${info.dev}:${info.ino}`;
}
