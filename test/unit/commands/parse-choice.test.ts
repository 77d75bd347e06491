import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseChoice } from '../../../src/commands/parse-choice.js';
import { reportFlagHint } from '../../../src/commands/report-flag-hint.js';
import { parseReportFlag } from '../../../src/commands/write-reports.js';
import { CALL_FORMAT_ALIASES, CALL_FORMATS, SUMMARIZE_FORMAT_ALIASES, SUMMARIZE_FORMATS } from '../../../src/config/formats.js';
import { SORT_FIELDS } from '../../../src/rules/sort-fields.js';

test('a choice is taken in any case, as read in a sentence: --format JSON, --format Markdown, --sort Start, --report JUNIT=path', () => {
  // Each was "unknown --format 'JSON' (expected one of: table, json, …)".
  assert.equal(parseChoice('--format', 'JSON', SUMMARIZE_FORMATS, SUMMARIZE_FORMAT_ALIASES), 'json');
  assert.equal(parseChoice('--format', 'Markdown', CALL_FORMATS, CALL_FORMAT_ALIASES), 'markdown');
  assert.equal(parseChoice('--sort', 'Start', SORT_FIELDS), 'start');
  assert.equal(parseChoice('--sort', 'POOR-STREAMS', SORT_FIELDS), 'poor-streams');
  // An alias too, as the choice it stands for.
  assert.equal(parseChoice('--format', 'Text', SUMMARIZE_FORMATS, SUMMARIZE_FORMAT_ALIASES), 'table');
  assert.equal(parseChoice('--format', 'TABLE', CALL_FORMATS, CALL_FORMAT_ALIASES), 'text');
  assert.deepEqual(parseReportFlag('JUNIT=out/Calls.xml', SUMMARIZE_FORMATS, SUMMARIZE_FORMAT_ALIASES), { format: 'junit', path: 'out/Calls.xml' });
  // Anything else is refused as before, naming the choices.
  assert.throws(() => parseChoice('--format', 'jsonn', SUMMARIZE_FORMATS, SUMMARIZE_FORMAT_ALIASES), /^UsageError: unknown --format 'jsonn' \(expected one of: table, json, junit, markdown, ndjson, github, csv; text is table\)$/);
});

test('--report with a format in capitals and no path is told how to write it, as in lower case', () => {
  assert.equal(reportFlagHint('JSON', SUMMARIZE_FORMATS, SUMMARIZE_FORMAT_ALIASES), "expected JSON=<path>, the path in the same word, after '=' (JSON=out/report.json)");
  assert.equal(reportFlagHint('Markdown:out.md', SUMMARIZE_FORMATS, SUMMARIZE_FORMAT_ALIASES), 'expected <format>=<path>: Markdown=out.md');
});
