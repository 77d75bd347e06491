import { closeSync, fstatSync, openSync, readSync, type Stats, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { MARKDOWN_BUDGET_BYTES } from '../report/render-markdown.js';

/**
 * GitHub's cap on a step summary: on all that the step's commands wrote to `$GITHUB_STEP_SUMMARY`. Past it GitHub
 * shows none of the summary, what earlier commands wrote included.
 */
const STEP_SUMMARY_LIMIT = 1024 * 1024;

/** The step summary a report is appended to, as it is before the report. */
export interface StepSummary {
  /** What earlier commands of the step wrote: 0 when there is no file yet. */
  bytes: number;
  /** Whether it ends inside a line (no line break at its end): a report then starts on a line of its own. */
  openLine: boolean;
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
 * The step summary a Markdown report goes to — a path (`--report markdown=…`), or standard output's descriptor when a
 * shell appends it (`>> "$GITHUB_STEP_SUMMARY"`, as GitHub's own examples write) — so that what earlier commands of
 * the step wrote is left its room; undefined for another format or target.
 */
export function stepSummaryOf(format: string, target: string | number, env: NodeJS.ProcessEnv = process.env): StepSummary | undefined {
  const summary = env.GITHUB_STEP_SUMMARY;
  if (format !== 'markdown' || !summary) return undefined;
  if (typeof target === 'string') return isStepSummary(target, env) ? stateOf(target) : undefined;
  try {
    const out = fstatSync(target);
    return out.isFile() && isSummaryFile(() => out, summary) ? stateOf(summary) : undefined;
  } catch {
    return undefined;
  }
}

/** The bytes a Markdown report may take: its own budget, less what the step summary it goes to holds already. */
export function markdownRoom(format: string, target: string | number): { markdownBudget?: number } {
  const summary = stepSummaryOf(format, target);
  return summary === undefined ? {} : { markdownBudget: MARKDOWN_BUDGET_BYTES - summary.bytes - (summary.openLine ? 1 : 0) };
}

/**
 * What to append of a report to the step summary: the report, after a line break when the summary ends inside a line
 * (a heading glued to its last line would not be one); null when that would take the summary past GitHub's cap —
 * the renderers keep to their budget, down to a heading and a line saying there is no room, but not even those may
 * fit — and stderr then says so in one line. Nothing else changes: a full summary is no fault of the calls or the
 * logs, and the run's exit code stays what the gates make it.
 */
export function stepSummaryText(text: string, summary: StepSummary): string | null {
  const appended = summary.openLine && text !== '' ? `\n${text}` : text;
  if (summary.bytes + Buffer.byteLength(appended) <= STEP_SUMMARY_LIMIT) return appended;
  process.stderr.write(
    `warning: the markdown report is not added to the step summary: it holds ${summary.bytes} bytes, and ${Buffer.byteLength(appended)} more would take it past GitHub's 1 MiB (${STEP_SUMMARY_LIMIT} bytes), over which GitHub shows none of it\n`,
  );
  return null;
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

/** How many bytes a step summary holds already, and whether its last byte ends a line: 0 and no when there is none yet. */
function stateOf(path: string): StepSummary {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    // None yet; or one this process may write but not read: its size, its last line taken as ended.
    return { bytes: sizeOf(path), openLine: false };
  }
  try {
    const bytes = fstatSync(fd).size;
    const last = Buffer.alloc(1);
    const openLine = bytes > 0 && readSync(fd, last, 0, 1, bytes - 1) === 1 && last[0] !== 0x0a;
    return { bytes, openLine };
  } catch {
    return { bytes: 0, openLine: false };
  } finally {
    closeSync(fd);
  }
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
