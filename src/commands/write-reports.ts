import { closeSync, fstatSync, mkdirSync, openSync, type Stats, statSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { MARKDOWN_BUDGET_BYTES } from '../report/render-markdown.js';
import { inRuns, type ReportText } from '../report/report-text.js';
import { parseChoice } from './parse-choice.js';
import { reportWriteProblem } from './report-write-error.js';
import { UsageError } from './usage-error.js';

export interface ReportTarget<F extends string> {
  format: F;
  path: string;
}

/** `--report junit=out/calls.xml`: a format and the file it goes to (repeatable; the terminal keeps --format). */
export function parseReportFlag<F extends string>(text: string, formats: readonly F[], aliases?: ReadonlyMap<string, F>): ReportTarget<F> {
  const eq = text.indexOf('=');
  if (eq <= 0 || eq === text.length - 1) throw new UsageError(`--report '${text}': expected <format>=<path>, e.g. junit=out/calls.xml`);
  const path = text.slice(eq + 1);
  const format = parseChoice('--report format', text.slice(0, eq), formats, aliases);
  // Not a file named '-', which is what writing to it would make: the terminal's report is --format's.
  if (path === '-') throw new UsageError(`--report '${text}': a report goes to a file; for standard output use --format ${format}`);
  return { format, path };
}

/**
 * Whether the path is GitHub's step summary file, however it is named (a relative path, `./`, a symbolic link):
 * the same path, or the same file by device and inode.
 */
export function isStepSummary(path: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const summary = env.GITHUB_STEP_SUMMARY;
  if (!summary) return false;
  return resolve(summary) === resolve(path) || isSummaryFile(() => statSync(path), summary);
}

/**
 * How many bytes the step summary holds when a report goes to it — a path (`--report markdown=…`), or standard
 * output's descriptor when a shell appends it (`>> "$GITHUB_STEP_SUMMARY"`, as GitHub's own examples write) — so
 * that what earlier commands of the step wrote is left its room; undefined when the target is not the step summary.
 */
export function stepSummaryBytes(target: string | number, env: NodeJS.ProcessEnv = process.env): number | undefined {
  if (typeof target === 'string') return isStepSummary(target, env) ? bytesIn(target) : undefined;
  const summary = env.GITHUB_STEP_SUMMARY;
  if (!summary) return undefined;
  try {
    const out = fstatSync(target);
    return out.isFile() && isSummaryFile(() => out, summary) ? out.size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * GitHub caps the step summary at 1 MiB in all: a Markdown report appended to it (a path, or standard output's
 * descriptor) takes what is left of its budget. Nothing for another format or target.
 */
export function markdownRoom(format: string, target: string | number): { markdownBudget?: number } {
  const held = format === 'markdown' ? stepSummaryBytes(target) : undefined;
  return held === undefined ? {} : { markdownBudget: MARKDOWN_BUDGET_BYTES - held };
}

/** Whether the file statted is the step summary, by device and inode; false when either cannot be statted. */
function isSummaryFile(stat: () => Stats, summary: string): boolean {
  try {
    const a = stat();
    const b = statSync(summary);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

/** How many bytes a step summary holds already (what earlier commands of the step wrote): 0 when there is none yet. */
function bytesIn(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/**
 * Writes a report file, making its folder. GitHub's step summary file is appended to, as GitHub expects,
 * so that one step can add to what another wrote; every other file is replaced. A failure is one line naming the
 * report and what is wrong with its path (`cannot write report json=/tmp/afile/x: /tmp/afile is a file, not a folder`).
 */
export function writeReport<F extends string>(target: ReportTarget<F>, content: ReportText, env: NodeJS.ProcessEnv = process.env): void {
  const { path } = target;
  try {
    mkdirSync(dirname(path), { recursive: true });
    // Replacing the step summary would lose what other steps wrote.
    const fd = openSync(path, isStepSummary(path, env) ? 'a' : 'w');
    try {
      for (const run of inRuns(content)) writeSync(fd, run);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new UsageError(`cannot write report ${target.format}=${path}: ${reportWriteProblem(path, error)}`);
  }
}

/**
 * Writes a report to standard output a run at a time, waiting for the stream to drain whenever it says so: stdout
 * is synchronous for a file or a terminal, but a pipe (`| jq`, a CI step) takes what the reader has room for and the
 * stream holds the rest. Without waiting, the whole report was held (~+80 MB peak for the 40 MB bench report).
 */
export async function writeStdout(content: ReportText, out: Writable = process.stdout): Promise<void> {
  for (const run of inRuns(content)) {
    // The reader has gone (| head) or the write failed (cli.ts says which): the rest is not written, and the
    // command goes on to its exit code.
    if (out.destroyed) return;
    if (!out.write(run)) await drainedOrClosed(out);
  }
}

/** Until the stream takes more, or is closed (a pipe's reader gone: 'drain' would never come). */
function drainedOrClosed(out: Writable): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}
