import { statSync } from 'node:fs';
import { detectShape } from '../input/detect-shape.js';
import { regularFileKey } from '../input/file-id.js';
import { openSource } from '../input/open-source.js';
import { walkPaths } from '../input/walk-paths.js';

/** A file read under an input folder: the folder as named on the command line, and the file's path as the walk names it. */
export interface FolderFile {
  folder: string;
  path: string;
}

/**
 * The regular files under the input folders that a run reads (walked as the run walks them), by device and inode
 * (regularFileKey: by real path where the file system gives no inode): a
 * report written to any name of one of them (a hard link outside the folder too) would replace it. A folder or file
 * that cannot be read is left out: reading it fails with its own message.
 */
export async function inputFolderFiles(folders: readonly string[]): Promise<Map<string, FolderFile>> {
  const files = new Map<string, FolderFile>();
  for (const folder of folders) {
    try {
      for await (const entry of walkPaths(folder)) {
        if (entry.kind !== 'file' || entry.target.path === null) continue;
        const path = entry.target.path;
        try {
          const id = regularFileKey(statSync(path), path);
          if (id !== null && !files.has(id)) files.set(id, { folder, path });
        } catch {
          // Gone or unreadable since it was listed: not read either.
        }
      }
    } catch {
      // The folder cannot be listed: the run says so when it reads it.
    }
  }
  return files;
}

/**
 * Whether a file holds call logs: its shape is recognised, as reading it in its folder would. A report of an earlier
 * run is skipped as the tool's own (src/input/own-report.ts), JSON that is not call logs beside them (a package.json,
 * `foreign`) is skipped too, and an empty file (`> folder/out.json` makes it before
 * the run starts) holds none.
 */
export async function holdsCallLogs(path: string): Promise<boolean> {
  let source: Awaited<ReturnType<typeof openSource>> | undefined;
  try {
    source = await openSource({ path, name: path }, process.stdin);
    const { detection, bytes } = await detectShape(source.bytes);
    await bytes.return(undefined);
    return detection.kind === 'shape' && detection.foreign === undefined;
  } catch {
    // Not readable: not read as call logs either, and writing the report says what is wrong with it.
    return false;
  } finally {
    source?.close();
  }
}
