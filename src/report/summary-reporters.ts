import type { ChalkInstance } from 'chalk';
import type { SummarizeFormat } from '../config/config-schema.js';
import { renderCsv } from './render-csv.js';
import { renderGithub } from './render-github.js';
import { renderJson } from './render-json.js';
import { renderJunit } from './render-junit.js';
import { renderMarkdown } from './render-markdown.js';
import { renderNdjson } from './render-ndjson.js';
import { renderSummaryTable } from './render-table.js';
import type { SummaryDocument } from './summary-document.js';

/** One renderer per format, each a function of the document to a string (knip's map of reporters). */
export const SUMMARY_REPORTERS: Record<SummarizeFormat, (doc: SummaryDocument, colors: ChalkInstance) => string> = {
  table: renderSummaryTable,
  json: renderJson,
  junit: renderJunit,
  markdown: (doc) => renderMarkdown(doc),
  ndjson: renderNdjson,
  github: renderGithub,
  csv: renderCsv,
};
