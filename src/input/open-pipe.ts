import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { InputError } from './input-event.js';

/** How long a named pipe (mkfifo) may wait for a writer before it is given up. */
export const PIPE_WAIT_MS = 5_000;

/**
 * Opens a named pipe for reading. Opening a FIFO blocks until something opens it for writing; a pipe
 * nobody writes to would hang the tool for ever. After `waitMs` without a writer, the tool opens the
 * write end itself (which never blocks: a reader is waiting), which lets its own open return, closes
 * both and throws InputError. A pipe whose writer is already there (`<(zcat x.gz)`) opens at once.
 */
export async function openPipe(path: string, name: string, waitMs = PIPE_WAIT_MS): Promise<FileHandle> {
  const opening = open(path, 'r');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), waitMs);
  });
  const opened = await Promise.race([opening, timeout]).finally(() => clearTimeout(timer));
  if (opened !== null) return opened;
  try {
    const writer = await open(path, constants.O_WRONLY | constants.O_NONBLOCK);
    await writer.close();
  } catch {
    /* the pipe went away meanwhile: the open below settles either way */
  }
  const late = await opening.catch(() => null);
  await late?.close();
  throw new InputError(`${name}: a named pipe that nothing wrote to within ${waitMs / 1000} s`, name);
}
