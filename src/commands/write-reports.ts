import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
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
export function writeReport(path: string, content: string, env: NodeJS.ProcessEnv = process.env): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    if (env.GITHUB_STEP_SUMMARY && path === env.GITHUB_STEP_SUMMARY) appendFileSync(path, content);
    else writeFileSync(path, content);
  } catch (error) {
    throw new UsageError(`${path}: cannot write report: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
