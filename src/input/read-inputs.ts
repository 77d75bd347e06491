import type { InputEvent, ReadOptions } from './input-event.js';
import { fstatSync } from 'node:fs';
import { fileId } from './file-id.js';
import { isOwnOutput, stdoutFileIds } from './own-output.js';
import { ReadOnce } from './read-once.js';
import { readSource } from './read-source.js';
import { checkInputs, walkPaths } from './walk-paths.js';

/**
 * Reads call logs from files, directories (walked recursively in a stable order) and "-" (standard input),
 * recognising each file's shape from its content: JSON Lines, a JSON array, an Event Hubs envelope, a Log
 * Analytics query API response or a portal CSV export, each possibly gzip-compressed.
 *
 * Yields, in order, for every file: `file` then its `record` / `invalid` / `filtered` events, or one `skipped`.
 * Throws InputError (one line, naming the file) for a missing path, an unreadable file or a corrupt gzip
 * stream, or an archive named (a zip, 7z, rar or tar: extract it first); all named paths are checked before anything
 * is read. Under a directory an archive is skipped with a note, and the file standard output is redirected to (this
 * run's own output, own-output.ts) is left out. A file named twice (a folder and a file in it, a symbolic or hard link
 * to it) is read once: the second time is one `repeated` event (read-once.ts); an entry skipped under a folder named twice is
 * skipped once. Standard input redirected from a file (`- < a.jsonl`) is that file, and named beside it is read once too.
 */
export async function* readInputs(inputs: string[], options: ReadOptions = {}): AsyncGenerator<InputEvent> {
  await checkInputs(inputs);
  const stdin = options.stdin ?? process.stdin;
  let stdinRead = false;
  const ownOutputs = options.ownOutputs ?? stdoutFileIds();
  const once = new ReadOnce();
  for (const input of inputs) {
    for await (const entry of walkPaths(input)) {
      if (entry.kind === 'skipped') {
        if (!once.skippedBefore(input, entry.file)) yield entry;
        continue;
      }
      if (entry.target.walked === true && entry.target.path !== null && isOwnOutput(entry.target.path, ownOutputs)) continue;
      const { target } = entry;
      const id = target.path === null && options.stdin === undefined ? redirectedFileId() : entry.id;
      // Known by device and inode from the walk (a named file, a link under a folder), or else once opened.
      const first = id !== undefined ? once.readBefore(id, target.name) : null;
      if (first !== null) yield { kind: 'repeated', file: target.name, first };
      else if (target.path === null && stdinRead) yield { kind: 'skipped', file: target.name, reason: 'standard input was already read' };
      else {
        stdinRead ||= target.path === null;
        const readBefore = id === undefined && target.path !== null ? (opened: string) => once.readBefore(opened, target.name) : undefined;
        yield* readSource(target, stdin, options, readBefore);
      }
    }
  }
}

/** The file standard input is redirected from (`< a.jsonl`), by device and inode; undefined for a pipe or a terminal. */
function redirectedFileId(): string | undefined {
  try {
    const info = fstatSync(0);
    return info.isFile() ? (fileId(info) ?? undefined) : undefined;
  } catch {
    return undefined;
  }
}
