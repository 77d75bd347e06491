import type { CallFormat } from '../config/formats.js';
import { skippedFileCount } from '../model/files-read.js';
import type { LoadedCalls } from '../model/load-calls.js';
import type { CallStory } from '../rules/assess-call-story.js';
import type { GateResult } from '../rules/gates.js';
import type { LegId } from '../rules/match-leg-id.js';
import type { Thresholds } from '../rules/thresholds.js';
import type { StrictCheck } from './describe-invalid.js';
import type { JudgedNothing } from './gates-judged-nothing.js';

/** Everything a report of one call is drawn from. */
export interface CallReportInput {
  story: CallStory;
  gates: GateResult[];
  thresholds: Thresholds;
  /** What was read to find the call: counts, per file with --verbose, values not read, files skipped. */
  loaded: Pick<LoadedCalls, 'counts' | 'perFile' | 'valuesNotRead' | 'undecidedDates' | 'skipped' | 'zoned'>;
  /** The leg asked for, when the id given was a leg's. */
  asked: LegId | null;
  /** With --strict, the invalid records read (strictCheckOf); null without: JUnit fails a testcase of its own on them. */
  strict: StrictCheck | null;
  /** The gates that passed with nothing to judge, and why (gates-judged-nothing.ts): Markdown and JUnit say so of them. */
  judgedNothing: readonly JudgedNothing[];
  /** --all: the text and Markdown list every event of the call, and the Markdown every failed or degraded operation, not the first and last of a long list (bounded-rows.ts). */
  all?: boolean;
}

/** Where a report goes: standard output (colour when a terminal takes it) or a file, and Markdown's room in bytes. */
export interface CallReportTarget {
  stdout: boolean;
  markdownBudget?: number;
  /** The terminal's width, when standard output has one (terminal-columns.ts): the text report's tables fit it. */
  columns?: number | null;
}

/**
 * One renderer per format of `call` (as SUMMARY_REPORTERS for summarize), each loaded when asked for: the text one
 * brings chalk and cli-table3, which `call --format json` never loads.
 */
export const CALL_REPORTERS: Record<CallFormat, (input: CallReportInput, target: CallReportTarget) => Promise<string>> = {
  text: async ({ story, asked, all }, { stdout, columns }) => {
    const [{ renderCallText }, { colorsFor }, { Chalk }] = await Promise.all([import('./render-call-text.js'), import('./colors.js'), import('chalk')]);
    return renderCallText(story, stdout ? colorsFor(process.stdout) : new Chalk({ level: 0 }), asked, stdout ? (columns ?? null) : null, all);
  },
  json: async ({ story, thresholds, loaded, asked }) => {
    const [{ callDocument }, { jsonText }] = await Promise.all([import('./call-document.js'), import('./json-text.js')]);
    return `${jsonText(callDocument(story, thresholds, loaded.counts, loaded.perFile, loaded.valuesNotRead, asked, loaded.undecidedDates, skippedFileCount(loaded.skipped), loaded.zoned), 2)}\n`;
  },
  markdown: async ({ story, gates, asked, loaded, strict, judgedNothing, all }, { markdownBudget }) => {
    const { renderCallMarkdown } = await import('./render-call-markdown.js');
    return renderCallMarkdown({ story, gates, asked, counts: loaded.counts, skippedFiles: skippedFileCount(loaded.skipped), strict, judgedNothing, all }, markdownBudget);
  },
  junit: async ({ story, gates, strict, judgedNothing }) => (await import('./render-call-junit.js')).renderCallJunit(story, gates, strict, judgedNothing),
};
