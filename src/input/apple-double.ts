import { closeSync, openSync, readSync } from 'node:fs';

/**
 * macOS's AppleDouble files: copied to a share that keeps no Finder data (FAT, exFAT, SMB), `calls.json` gets a
 * `._calls.json` beside it holding its Finder data (its resource fork, its tags): never call logs. Each was skipped as
 * binary data with a note of its own, a copied export's hundreds pushing the notes that matter out of the first five;
 * under a folder walked, such a file is said with the files the operating system keeps (walk-paths.ts), in one note.
 *
 * Known by its name and its magic number, both: a file whose name starts with `._` but holds anything else is read as
 * any (its name alone says nothing of its content), and one that cannot be opened is left for the reading to say so.
 */
export const APPLE_DOUBLE_PREFIX = '._';
export const APPLE_DOUBLE_REASON = "macOS's AppleDouble file (Finder data, left on FAT and SMB shares), not call logs";

/** AppleDouble's magic number, 0x00051607 big-endian, its first four bytes. */
const MAGIC = [0x00, 0x05, 0x16, 0x07] as const;

/** Whether the file named `._…` is an AppleDouble file: its first four bytes read, nothing more. */
export function isAppleDouble(path: string): boolean {
  const head = Buffer.alloc(MAGIC.length);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    return readSync(fd, head, 0, head.length, 0) === head.length && MAGIC.every((byte, i) => head[i] === byte);
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}
