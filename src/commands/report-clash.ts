import { fstatSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { regularFileKey } from '../input/file-id.js';
import { STDIN_INPUT } from '../input/walk-paths.js';
import { type FolderFile, holdsCallLogs, inputFolderFiles } from './input-folder-files.js';
import { brokenLinkProblem, fileOnTheWay } from './report-write-error.js';
import { UsageError } from './usage-error.js';
import type { ReportTarget } from './write-reports.js';

/**
 * Refuses, before anything is read, a report that would be written over an input file
 * (`summarize victim.jsonl --report json=victim.jsonl` replaced the log it had just read, and the run still exited 0)
 * or over another report of the same run (the one written last would be all that is left). The same file is the same
 * device and inode, however it is spelled: `./victim.jsonl`, a symbolic link, a hard link; standard input is the
 * file the shell redirected to it. A report that does not exist yet is compared by its real path.
 *
 * A report inside an input folder is not refused: `summarize ci/logs --report junit=ci/logs/calls.xml` is how CI keeps
 * a run's files together. It is written after the folder is read, so this run never sees it, and the next run skips it
 * as the tool's own report (src/input/own-report.ts). Only when the file it would replace is there already and holds
 * call logs (`--report json=ci/logs/PT1H.json`, a slip of the hand, or a hard link to it elsewhere) is it refused, as an
 * input named would be; so is standard output appended to such a file (`>> ci/logs/PT1H.json`). A file `>` has just
 * made there is empty: it holds no logs, and the run leaves it out as its own output (src/input/own-output.ts).
 */
export async function refuseReportClashes<F extends string>(
  reports: readonly ReportTarget<F>[],
  inputs: readonly string[],
  stdout: string | null = stdoutFileId(),
): Promise<void> {
  if (reports.length === 0 && stdout === null) return;
  const inputFiles = new Map<string, string>();
  const inputFolders: string[] = [];
  for (const input of inputs) {
    const found = inputKind(input);
    if (found?.kind === 'file' && !inputFiles.has(found.id)) inputFiles.set(found.id, input);
    if (found?.kind === 'folder') inputFolders.push(input);
  }
  // The files under the input folders, listed only when a report would replace a file that is there already.
  let folderFiles: Map<string, FolderFile> | null = null;
  const logsInFolder = async (id: string): Promise<FolderFile | null> => {
    if (inputFolders.length === 0 || id.startsWith('new:')) return null;
    folderFiles ??= await inputFolderFiles(inputFolders);
    const file = folderFiles.get(id);
    return file !== undefined && (await holdsCallLogs(file.path)) ? file : null;
  };
  // Standard output redirected to a file (`> x`, `>> x`) is a report too: the shell has opened it already, so one
  // named as an input is refused before more is appended to it (`>` has emptied it: then nothing is left to read).
  const toInput = stdout === null ? undefined : inputFiles.get(stdout);
  if (toInput !== undefined) {
    throw new UsageError(`standard output is redirected to ${inputNamed(toInput, null)}, which this run reads: send the report to another file`);
  }
  // (`> folder/x` has emptied the file: no log to lose, and the folder need not be listed.)
  const stdoutLog = stdout === null || stdoutEmpty() ? null : await logsInFolder(stdout);
  if (stdoutLog !== null) {
    throw new UsageError(`standard output is redirected to ${stdoutLog.path} in the input folder ${stdoutLog.folder}, which this run reads: send the report to another file`);
  }
  const written = new Map<string, ReportTarget<F> | 'stdout'>();
  if (stdout !== null) written.set(stdout, 'stdout');
  for (const report of reports) {
    // A link to nothing is refused now, not after the reading: writing it would make a file where the link points.
    const broken = brokenLinkProblem(report.path);
    if (broken !== null) throw new UsageError(`cannot write report ${report.format}=${report.path}: ${broken}`);
    // A file where its folder would be (`--report json=logs.jsonl/x`): refused now, as writing it would be later.
    const file = fileOnTheWay(report.path);
    if (file !== null) throw new UsageError(`cannot write report ${report.format}=${report.path}: ${file} is a file, not a folder`);
    const id = reportFileId(report.path);
    const input = id === null ? undefined : inputFiles.get(id);
    const flag = `--report ${report.format}=${report.path}`;
    if (input !== undefined) {
      throw new UsageError(`${flag} would overwrite ${inputNamed(input, report.path)}, which this run reads: write the report to another file`);
    }
    // A device is not replaced: `junit=/dev/null` twice, to turn reports off in a CI template, is fine.
    if (id === null) continue;
    const earlier = written.get(id);
    if (earlier === 'stdout') throw new UsageError(`${flag} names the file standard output is redirected to: give each report a file of its own`);
    if (earlier !== undefined) throw new UsageError(`${flag} and --report ${earlier.format}=${earlier.path} name the same file: give each report a file of its own`);
    written.set(id, report);
    const log = await logsInFolder(id);
    if (log !== null) {
      const same = resolve(log.path) === resolve(report.path) ? '' : ` (${log.path}, the same file)`;
      throw new UsageError(`${flag} would overwrite call logs in the input folder ${log.folder}${same}: write the report to another file`);
    }
  }
}

/**
 * What an input is, for the reports: a regular file (named, or redirected to standard input) by its identity, whose
 * report would replace what is read; or a folder (its files are listed when needed: inputFolderFiles). Null for a
 * pipe or a device, and for a path that cannot be statted (reading it fails with its own message).
 */
function inputKind(input: string): { kind: 'file'; id: string } | { kind: 'folder' } | null {
  try {
    const info = input === STDIN_INPUT ? fstatSync(0) : statSync(input);
    const id = regularFileKey(info, input === STDIN_INPUT ? null : input);
    if (id !== null) return { kind: 'file', id };
    return info.isDirectory() ? { kind: 'folder' } : null;
  } catch {
    return null;
  }
}

/** The file standard output is redirected to, by device and inode; null when it is a terminal, a pipe or a device. */
function stdoutFileId(): string | null {
  try {
    return regularFileKey(fstatSync(1), null);
  } catch {
    return null;
  }
}

/** Whether standard output is an empty file (or cannot be told apart from one). */
function stdoutEmpty(): boolean {
  try {
    return fstatSync(1).size === 0;
  } catch {
    return true;
  }
}

/**
 * A report's file as regularFileKey names it when it exists (a link followed); else its real path, from the nearest
 * folder that exists (`new:…`: no input is there, nor a file of an input folder). Null for what is there and not a
 * regular file (a device, a pipe, a folder): writing it replaces nothing.
 */
function reportFileId(path: string): string | null {
  try {
    return regularFileKey(statSync(path), path);
  } catch {
    return `new:${realPathOfNew(resolve(path))}`;
  }
}

/** An input a report would be written over, as the refusal names it (`reportPath`: the report's, when one). */
function inputNamed(input: string, reportPath: string | null): string {
  if (input === STDIN_INPUT) return 'the file redirected to standard input';
  return input === reportPath || reportPath === null ? `the input ${input}` : `the input ${input} (the same file)`;
}

/** The real path of a path that does not exist (yet): its nearest existing folder's real path, and the rest as named. */
function realPathOfNew(path: string): string {
  const parent = dirname(path);
  if (parent === path) return path;
  try {
    return join(realpathSync(parent), basename(path));
  } catch {
    return join(realPathOfNew(parent), basename(path));
  }
}
