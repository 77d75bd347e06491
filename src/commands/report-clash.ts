import { fstatSync, realpathSync, type Stats, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { detectShape } from '../input/detect-shape.js';
import { openSource } from '../input/open-source.js';
import { STDIN_INPUT } from '../input/walk-paths.js';
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
 * call logs (`--report json=ci/logs/PT1H.json`, a slip of the hand) is it refused, as an input named would be.
 */
export async function refuseReportClashes<F extends string>(
  reports: readonly ReportTarget<F>[],
  inputs: readonly string[],
  stdout: string | null = stdoutFileId(),
): Promise<void> {
  if (reports.length === 0 && stdout === null) return;
  const inputFiles = new Map<string, string>();
  const inputFolders: Array<{ input: string; real: string }> = [];
  for (const input of inputs) {
    const found = inputKind(input);
    if (found?.kind === 'file' && !inputFiles.has(found.id)) inputFiles.set(found.id, input);
    if (found?.kind === 'folder') inputFolders.push({ input, real: found.real });
  }
  // Standard output redirected to a file (`> x`, `>> x`) is a report too: the shell has opened it already, so one
  // named as an input is refused before more is appended to it (`>` has emptied it: then nothing is left to read).
  const toInput = stdout === null ? undefined : inputFiles.get(stdout);
  if (toInput !== undefined) {
    throw new UsageError(`standard output is redirected to ${inputNamed(toInput, null)}, which this run reads: send the report to another file`);
  }
  const written = new Map<string, ReportTarget<F> | 'stdout'>();
  if (stdout !== null) written.set(stdout, 'stdout');
  for (const report of reports) {
    const id = fileId(report.path);
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
    const folder = await logsInFolder(report.path, inputFolders);
    if (folder !== null) throw new UsageError(`${flag} would overwrite call logs in the input folder ${folder}: write the report to another file`);
  }
}

/**
 * The input folder, when the report's path is a regular file under one of them that holds call logs (its shape is
 * recognised, as reading the folder would); else null. A report of an earlier run there is skipped as the tool's own.
 */
async function logsInFolder(path: string, folders: ReadonlyArray<{ input: string; real: string }>): Promise<string | null> {
  if (folders.length === 0) return null;
  let real: string;
  try {
    if (!statSync(path).isFile()) return null;
    real = realpathSync(path);
  } catch {
    return null;
  }
  const folder = folders.find((f) => real.startsWith(f.real.endsWith(sep) ? f.real : f.real + sep));
  if (folder === undefined) return null;
  let source: Awaited<ReturnType<typeof openSource>> | undefined;
  try {
    source = await openSource({ path, name: path }, process.stdin);
    const { detection, bytes } = await detectShape(source.bytes);
    await bytes.return(undefined);
    return detection.kind === 'shape' && detection.foreign === undefined ? folder.input : null;
  } catch {
    // Not readable: not read as call logs either, and writing the report says what is wrong with it.
    return null;
  } finally {
    source?.close();
  }
}

/**
 * What an input is, for the reports: a regular file (named, or redirected to standard input) by its identity, whose
 * report would replace what is read; a folder by its real path. Null for a pipe or a device, and for a path that
 * cannot be statted (reading it fails with its own message).
 */
function inputKind(input: string): { kind: 'file'; id: string } | { kind: 'folder'; real: string } | null {
  try {
    const info = input === STDIN_INPUT ? fstatSync(0) : statSync(input);
    const id = regularFileId(info);
    if (id !== null) return { kind: 'file', id };
    return info.isDirectory() ? { kind: 'folder', real: realpathSync(input) } : null;
  } catch {
    return null;
  }
}

/** The file standard output is redirected to, by device and inode; null when it is a terminal, a pipe or a device. */
function stdoutFileId(): string | null {
  try {
    return regularFileId(fstatSync(1));
  } catch {
    return null;
  }
}

/**
 * A regular file's device and inode when it exists (a link followed); else its real path, from the nearest folder that
 * exists. Null for what is there and not a regular file (a device, a pipe, a folder): writing it replaces nothing.
 */
function fileId(path: string): string | null {
  try {
    return regularFileId(statSync(path));
  } catch {
    return `path:${realPathOfNew(resolve(path))}`;
  }
}

/** A regular file's identity, its device and inode, the same however it is named; null for anything else. */
function regularFileId(info: Stats): string | null {
  return info.isFile() ? `${info.dev}:${info.ino}` : null;
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
