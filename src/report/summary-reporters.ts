import type { ChalkInstance } from 'chalk';
import type { SummarizeFormat } from '../config/formats.js';
import { renderCsv } from './render-csv.js';
import { renderGithub } from './render-github.js';
import { renderJson } from './render-json.js';
import { renderJunit } from './render-junit.js';
import { renderMarkdown } from './render-markdown.js';
import { renderNdjson } from './render-ndjson.js';
import { renderSummaryTable } from './render-table.js';
import type { StrictCheck } from './describe-invalid.js';
import type { JudgedNothing } from './gates-judged-nothing.js';
import type { NextStep } from './next-step-line.js';
import type { ReportText } from './report-text.js';
import type { SummaryDocument } from './summary-document.js';

/**
 * How a report is drawn, beyond the document: `breakdowns: false` leaves the breakdown tables out of table and
 * markdown; `callIdLength` is how many characters of each call id the table shows (distinct-prefix.ts), worked out
 * over every call read, not only those listed, so that a prefix copied from it finds one call (default: over those listed).
 */
export interface RenderOptions {
  breakdowns?: boolean;
  callIdLength?: number;
  /** Bytes markdown may take (render-markdown.ts): less than its own budget when appended to a step summary that holds some. */
  markdownBudget?: number;
  /**
   * With --strict, the invalid records read: JUnit fails a testcase of its own on them (render-junit.ts), Markdown
   * lists it beside the gates and github makes it an ::error.
   */
  strict?: StrictCheck | null;
  /** The terminal's width, when standard output has one (terminal-columns.ts): the table report's tables fit it. */
  columns?: number | null;
  /** The gates that passed with nothing to judge, and why (gates-judged-nothing.ts): markdown, github and junit say so of each. */
  judgedNothing?: readonly JudgedNothing[];
  /** How to run `call` as this run read, for the table's last line, the command that tells the first poor call's story (next-step-line.ts); null, none. */
  nextStep?: NextStep | null;
}

/** One renderer per format, each a function of the document to its text (knip's map of reporters). */
export const SUMMARY_REPORTERS: Record<SummarizeFormat, (doc: SummaryDocument, colors: ChalkInstance, options?: RenderOptions) => ReportText> = {
  table: (doc, colors, options) => renderSummaryTable(doc, colors, options?.breakdowns ?? true, options?.callIdLength, options?.columns ?? null, options?.nextStep ?? null),
  json: renderJson,
  junit: (doc, _colors, options) => renderJunit(doc, options?.strict ?? null, options?.judgedNothing ?? []),
  markdown: (doc, _colors, options) => renderMarkdown(doc, options?.markdownBudget, options?.breakdowns ?? true, options?.strict ?? null, options?.judgedNothing ?? []),
  ndjson: renderNdjson,
  github: (doc, _colors, options) => renderGithub(doc, options?.strict ?? null, options?.judgedNothing ?? []),
  csv: renderCsv,
};
