import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { inRuns, type ReportText } from '../report/report-text.js';
import { parseChoice } from './parse-choice.js';
import { UsageError } from './usage-error.js';

export interface ReportTarget<F extends string> {
  format: F;
  path: string;
}

/** `--report junit=out/calls.xml`: a format and the file it goes to (repeatable; the terminal keeps --format). */
export function parseReportFlag<F extends string>(text: string, formats: readonly F[]): ReportTarget<F> {
  const eq = text.indexOf('=');
  if (eq <= 0 || eq === text.length - 1) throw new UsageError(`--report '${text}': expected <format>=<path>, e.g. junit=out/calls.xml`);
  return { format: parseChoice('--report format', text.slice(0, eq), formats), path: text.slice(eq + 1) };
}

/**
 * Writes a report file, making its folder. GitHub's step summary file is appended to, as GitHub expects,
 * so that one step can add to what another wrote; every other file is replaced.
 */
export function writeReport(path: string, content: ReportText, env: NodeJS.ProcessEnv = process.env): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    // The same file however it is named (a relative path, `./`): replacing it would lose what other steps wrote.
    const stepSummary = env.GITHUB_STEP_SUMMARY ? resolve(env.GITHUB_STEP_SUMMARY) === resolve(path) : false;
    const fd = openSync(path, stepSummary ? 'a' : 'w');
    try {
      for (const run of inRuns(content)) writeSync(fd, run);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new UsageError(`${path}: cannot write report: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
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
