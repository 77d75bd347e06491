import { type Dirent, readdirSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { APPLE_DOUBLE_PREFIX, APPLE_DOUBLE_REASON, isAppleDouble } from './apple-double.js';
import { fileId } from './file-id.js';
import { inputErrorFrom } from './input-error-from.js';
import { InputError } from './input-event.js';
import type { SourceTarget } from './open-source.js';
import { carriageReturnPathHint, type InputOrigin } from './carriage-return-hint.js';
import { splitValueHint } from './split-value-hint.js';
import { windowsPathHint } from './windows-path-hint.js';

/** The input name that stands for standard input. */
export const STDIN_INPUT = '-';
/** How standard input is named in locations and messages. */
export const STDIN_NAME = '<stdin>';

/**
 * AzCopy downloads a blob into `.azDownload-<job id>-<name>` beside where it goes, and renames it when it is whole: one
 * under a folder is a download under way, or left by one that stopped: the first part of a blob, whose records the
 * renamed file holds when it comes. Read, its last record, cut, was invalid (so `--strict` failed a folder AzCopy was
 * still filling) and its whole ones duplicates; it is skipped, said in a note. Named on the command line, it is read
 * as any file.
 */
const AZCOPY_PARTIAL = '.azDownload-';
const AZCOPY_PARTIAL_REASON = 'a part of a blob AzCopy is downloading, or left by a download that stopped (AzCopy renames it when whole)';

/**
 * Version-control folders under a folder walked (a repository of exports, or logs kept beside code): their files are
 * the tool's (objects, refs, hooks), never call logs, and were each noted as skipped, a git folder's hundreds pushing
 * the notes that matter out of the first five. Not walked, nor read: one entry each, counting its files. Named on the
 * command line, such a folder is walked as any.
 */
const VCS_FOLDERS: ReadonlyMap<string, string> = new Map([
  ['.git', 'git'],
  ['.svn', 'Subversion'],
  ['.hg', 'Mercurial'],
  ['.bzr', 'Bazaar'],
  ['_darcs', 'Darcs'],
]);

/**
 * Files an operating system leaves in folders (macOS Finder's .DS_Store, Windows Explorer's Thumbs.db and desktop.ini;
 * Windows names in any case), and macOS's AppleDouble files (`._calls.json`: apple-double.ts): never call logs. Under a folder walked, skipped unread, all of them said in one note
 * (warn-input-problems.ts), and counted with the files skipped. Named on the command line, such a file is read as any.
 */
const OS_FILES = new Set(['.ds_store', 'thumbs.db', 'desktop.ini']);
export const OS_FILE_REASON = 'a file the operating system keeps in folders, not call logs';

/**
 * A file to read, or an entry under a directory that is not read (with the reason). `files`: how many files the entry
 * stands for, when not one (a version-control folder, not walked). `osFile`: one of OS_FILES, said with the others. `id`: the file's device and inode
 * (file-id.ts) when the walk has them at no cost — a named input and a symbolic link found under a directory, which
 * it stats anyway; a plain file under a directory is known by them once it is opened (read-once.ts).
 */
export type WalkEntry = { kind: 'file'; target: SourceTarget; id?: string } | { kind: 'skipped'; file: string; reason: string; files?: number; osFile?: true };

/**
 * Checks that every named input exists before anything is read, so that a typo fails at once
 * instead of after minutes of reading the other inputs. Throws InputError naming the first bad one; `origin`: where
 * the inputs came from, which its hints name.
 */
export async function checkInputs(inputs: readonly string[], origin: InputOrigin = { kind: 'arguments' }): Promise<void> {
  for (const input of inputs) {
    if (input === STDIN_INPUT) continue;
    // `summarize "$LOGS"` where the variable is unset: not a file named '' that cannot be opened.
    if (input === '') throw new InputError('an input is empty (an unset variable?): expected a file, a folder or - for standard input', input);
    try {
      await stat(input);
    } catch (error) {
      const failure = inputErrorFrom(error, input, 'cannot open');
      // A path copied from Windows (`samples\exports`): said so, with the path it meant when that exists.
      // The end of a flag's value the shell made an input (`--since 2026-11-20 09:00`): said so too, and so is the CR
      // a script with Windows line ends leaves at the end of a line's last word (`summarize logs/\r`).
      // The shell parts a flag's value only on the command line.
      const split = origin.kind === 'arguments' ? splitValueHint(input) : '';
      const hint = (error as { code?: unknown }).code === 'ENOENT' ? carriageReturnPathHint(input, origin) || windowsPathHint(input) || split : '';
      throw hint === '' ? failure : new InputError(`${failure.message}${hint}`, input);
    }
  }
}

/**
 * The files an input names: standard input for "-", the file itself (pipes such as <(zcat …) too),
 * or every file under a directory, recursively, in a stable byte-wise name order. Under a directory
 * only regular files are read (a symbolic link to a file counts); symbolic links to directories
 * are not followed, and are reported as skipped like sockets, pipes and broken links. Directories are listed with
 * synchronous calls: an archive of thousands of hourly folders would otherwise wait on libuv's thread pool for each.
 */
export async function* walkPaths(input: string): AsyncGenerator<WalkEntry> {
  if (input === STDIN_INPUT) {
    yield { kind: 'file', target: { path: null, name: STDIN_NAME } };
    return;
  }
  let info;
  try {
    info = statSync(input);
  } catch (error) {
    throw inputErrorFrom(error, input, 'cannot open');
  }
  if (info.isDirectory()) yield* walkDirectory(input);
  else yield withId({ kind: 'file', target: { path: input, name: input, pipe: info.isFIFO() } }, info);
}

function* walkDirectory(dir: string): Generator<WalkEntry> {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw inputErrorFrom(error, dir, 'cannot read directory');
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const vcs = VCS_FOLDERS.get(entry.name);
    if (vcs !== undefined) yield vcsEntry(path, vcs, entry.isDirectory());
    else if (entry.isDirectory()) yield* walkDirectory(path);
    else if (entry.name.startsWith(AZCOPY_PARTIAL)) yield { kind: 'skipped', file: path, reason: AZCOPY_PARTIAL_REASON };
    else if (OS_FILES.has(entry.name.toLowerCase())) yield { kind: 'skipped', file: path, reason: OS_FILE_REASON, osFile: true };
    else if (entry.name.startsWith(APPLE_DOUBLE_PREFIX) && entry.isFile() && isAppleDouble(path)) yield { kind: 'skipped', file: path, reason: APPLE_DOUBLE_REASON, osFile: true };
    else if (entry.isFile()) yield { kind: 'file', target: { path, name: path, walked: true } };
    else if (entry.isSymbolicLink()) yield followLink(path);
    else yield { kind: 'skipped', file: path, reason: 'not a regular file' };
  }
}

/**
 * A version-control folder, skipped whole: "git's folder (version control), not call logs: 151 files not read". Its
 * files are counted (listed, not opened), so that the files skipped add up as when each was; a `.git` file (a
 * worktree's or a submodule's pointer to its folder) is one.
 */
function vcsEntry(path: string, vcs: string, folder: boolean): WalkEntry {
  if (!folder) return { kind: 'skipped', file: path, reason: `${vcs}'s (version control), not call logs` };
  const files = countFiles(path);
  return { kind: 'skipped', file: path, reason: `${vcs}'s folder (version control), not call logs: ${files === 1 ? '1 file' : `${files} files`} not read`, files };
}

/** The entries under a folder that are not folders, in its folders too (symbolic links not followed); a folder that cannot be listed holds none. */
function countFiles(dir: string): number {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  let files = 0;
  for (const entry of entries) files += entry.isDirectory() ? countFiles(join(dir, entry.name)) : 1;
  return files;
}

function followLink(path: string): WalkEntry {
  try {
    const info = statSync(path);
    if (info.isFile()) return withId({ kind: 'file', target: { path, name: path, walked: true } }, info);
    if (info.isDirectory()) return { kind: 'skipped', file: path, reason: 'symbolic link to a directory, not followed' };
    return { kind: 'skipped', file: path, reason: 'not a regular file' };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'ELOOP') return { kind: 'skipped', file: path, reason: 'broken symbolic link' };
    throw inputErrorFrom(error, path, 'cannot open');
  }
}

function withId(entry: Extract<WalkEntry, { kind: 'file' }>, info: { dev: number; ino: number }): WalkEntry {
  const id = fileId(info);
  return id === null ? entry : { ...entry, id };
}
