import { closeSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';
import { CARRIAGE_RETURN_CAUSE, endsWithCarriageReturn } from '../input/carriage-return-hint.js';
import { inRuns, type ReportText } from '../report/report-text.js';
import { escapedHidden } from '../schema/visible-id.js';
import { makeFolders } from './make-folders.js';
import { prCommentNote, STDOUT_WHERE } from './pr-comment-size.js';
import { parseChoice } from './parse-choice.js';
import { reportFlagHint } from './report-flag-hint.js';
import { brokenLinkProblem, reportWriteProblem } from './report-write-error.js';
import { isStepSummary, type StepSummary, stepSummaryOf, stepSummaryText } from './step-summary.js';
import { UsageError } from './usage-error.js';

export interface ReportTarget<F extends string> {
  format: F;
  path: string;
}

/** `--report junit=out/calls.xml`: a format and the file it goes to (repeatable; the terminal keeps --format). */
export function parseReportFlag<F extends string>(text: string, formats: readonly F[], aliases?: ReadonlyMap<string, F>): ReportTarget<F> {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new UsageError(`--report '${text}': ${reportFlagHint(text, formats, aliases)}`);
  const path = text.slice(eq + 1);
  const format = parseChoice('--report format', text.slice(0, eq), formats, aliases);
  // Most often a variable the shell found unset: `markdown="$GITHUB_STEP_SUMMARY"` run outside GitHub Actions.
  if (path === '') throw new UsageError(`--report '${text}': the path after '=' is empty${emptyPathHint(format)}`);
  // Not a file named '-', which is what writing to it would make: the terminal's report is --format's.
  if (path === '-') throw new UsageError(`--report '${text}': a report goes to a file; for standard output use --format ${format}`);
  const control = CONTROL_CHARACTER.exec(path);
  if (control !== null) throw new UsageError(`--report '${text}': ${controlProblem(path, control)}`);
  return { format, path };
}

/** C0 (line breaks and tab among them), DEL and C1: no report file is meant to have one in its name. */
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Why a report path with a control character is refused, before anything is read: written, it made a file whose name
 * no listing shows as typed (`out\r.json` from a CRLF script, a line break from a variable). The line shows the path
 * with the character escaped (cli.ts), and says which it is; a CR at the end, the only one, is said to be a script's
 * line end.
 */
function controlProblem(path: string, control: RegExpExecArray): string {
  if (endsWithCarriageReturn(path) && control.index === path.length - 1) return `the path ${CARRIAGE_RETURN_CAUSE}`;
  return `the path holds a control character (${escapedHidden(control[0])}): name a file without it`;
}

/** What to do about `--report <format>=` with nothing after it: the one place an empty path is usual has its own word. */
function emptyPathHint(format: string): string {
  if (format === 'markdown') return ' ($GITHUB_STEP_SUMMARY is set only on GitHub Actions; elsewhere name a file, e.g. markdown=out/summary.md)';
  return ` (an unset variable?): expected ${format}=<path>`;
}

/**
 * Writes a report file, making its folder. GitHub's step summary file is appended to, as GitHub expects,
 * so that one step can add to what another wrote, and a Markdown report only when it fits under GitHub's cap
 * (step-summary.ts); every other file is replaced. A failure is one line naming the report and what is wrong with
 * its path (`cannot write report json=/tmp/afile/x: /tmp/afile is a file, not a folder`); a reader that has gone (EPIPE)
 * is none: the rest of the report is dropped. `commentHint`: a Markdown report written whole to a file other than the
 * step summary, longer than a pull-request comment takes, is said on stderr with it (pr-comment-size.ts); null: not.
 */
export function writeReport<F extends string>(target: ReportTarget<F>, report: ReportText, env: NodeJS.ProcessEnv = process.env, commentHint: string | null = null): void {
  const { path } = target;
  const summary = stepSummaryOf(target.format, path, env);
  const content = toStepSummary(report, summary);
  if (content === null) return;
  const broken = brokenLinkProblem(path);
  if (broken !== null) throw new UsageError(`cannot write report ${target.format}=${path}: ${broken}`);
  try {
    makeFolders(dirname(path));
    // Replacing the step summary would lose what other steps wrote.
    const fd = openSync(path, isStepSummary(path, env) ? 'a' : 'w');
    try {
      for (const run of inRuns(content)) writeSync(fd, run);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    // The report's reader has gone (`--report json=/dev/stdout | head`, a FIFO whose reader closed): the rest is not
    // wanted, as on standard output (cli.ts), and the run goes on quietly to its exit code.
    if ((error as NodeJS.ErrnoException | null)?.code === 'EPIPE') return;
    throw new UsageError(`cannot write report ${target.format}=${path}: ${reportWriteProblem(path, error)}`);
  }
  if (target.format === 'markdown' && summary === undefined) noteCommentSize(escapedHidden(path), content, commentHint);
}

/**
 * Writes every report asked for, each rendered as it comes (`render`): one that cannot be written is one line on
 * stderr (writeReport's), and the others, standard output and the gate lines are still written, so that a CI job
 * whose one path is wrong still has its other reports and knows which gates were crossed. Returns how many failed:
 * the run then exits 2 (runExitCode), an error of the run winning over a gate crossed. `commentHint`: as writeReport's.
 */
export async function writeReports<F extends string>(
  targets: readonly ReportTarget<F>[],
  render: (target: ReportTarget<F>) => ReportText | Promise<ReportText>,
  commentHint: string | null = null,
): Promise<number> {
  let failed = 0;
  for (const target of targets) {
    // A renderer's own failure is a bug: it ends the run as one (cli.ts).
    const report = await render(target);
    try {
      writeReport(target, report, process.env, commentHint);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      process.stderr.write(`acs-calllogs: ${escapedHidden(error.message)}\n`);
      failed++;
    }
  }
  return failed;
}

/**
 * Writes a report to standard output a run at a time, waiting for the stream to drain whenever it says so: stdout
 * is synchronous for a file or a terminal, but a pipe (`| jq`, a CI step) takes what the reader has room for and the
 * stream holds the rest. Without waiting, the whole report was held (~+80 MB peak for the 40 MB bench report).
 * `format` names the report's format when it may be the step summary's Markdown; `commentHint`, as writeReport's.
 */
export async function writeStdout(report: ReportText, format?: string, out: Writable = process.stdout, commentHint: string | null = null): Promise<void> {
  // Standard output that a shell appends to the step summary (`>> "$GITHUB_STEP_SUMMARY"`): as a --report to it.
  const summary = format === undefined ? undefined : stepSummaryOf(format, 1);
  const content = toStepSummary(report, summary);
  if (content === null) return;
  for (const run of inRuns(content)) {
    // The reader has gone (| head) or the write failed (cli.ts says which): the rest is not written, and the
    // command goes on to its exit code.
    if (out.destroyed) return;
    if (!out.write(run)) await drainedOrClosed(out);
  }
  if (format === 'markdown' && summary === undefined) noteCommentSize(STDOUT_WHERE, content, commentHint);
}

/**
 * The note of a Markdown report longer than a pull-request comment takes (pr-comment-size.ts), on stderr, once it is
 * written; none with --quiet (no hint) or for the step summary, which takes 1 MiB and has its own line when full.
 */
function noteCommentSize(where: string, content: ReportText, hint: string | null): void {
  // A Markdown report is one string (both renderers' text).
  if (hint === null || typeof content !== 'string') return;
  const note = prCommentNote(where, content, hint);
  if (note !== null) process.stderr.write(`${note}\n`);
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

/** The report as it is, or what of it goes to the step summary (stepSummaryText; a Markdown report is one string). */
function toStepSummary(report: ReportText, summary: StepSummary | undefined): ReportText | null {
  return summary === undefined ? report : stepSummaryText(typeof report === 'string' ? report : [...report].join(''), summary);
}
