import { BrokenStreamError, InputError } from './input-event.js';

/** Human words for the Node and zlib error codes an input can raise. */
const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long for the file system',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
  Z_DATA_ERROR: 'corrupt gzip stream',
  Z_BUF_ERROR: 'truncated gzip stream',
  Z_NEED_DICT: 'corrupt gzip stream',
};

/** Collapses whitespace and cuts long text so that a message stays on one short line. */
export function oneLine(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Turns whatever reading a file threw into an InputError with a one-line message naming the file.
 * An InputError passes through unchanged.
 */
export function inputErrorFrom(error: unknown, file: string, doing = 'cannot read'): InputError {
  if (error instanceof InputError) return error;
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === 'string' && code.startsWith('Z_')) {
    // zlib: "incorrect header check", "unexpected end of file", "invalid distance too far back"…
    const detail = oneLine(message);
    return new BrokenStreamError(`${REASONS[code] ?? 'corrupt gzip stream'} (${detail})`, file);
  }
  const reason = typeof code === 'string' && REASONS[code] ? REASONS[code] : oneLine(message);
  return new InputError(`${file}: ${doing}: ${reason}`, file);
}
