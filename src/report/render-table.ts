import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Quality } from '../rules/issue.js';
import { describeGate } from './describe-gate.js';
import { describeIssueShort } from './describe-issue.js';
import { formatDuration, formatIsoTime, plural } from './format-values.js';
import type { SummaryDocument } from './summary-document.js';
import { safeText, shortId } from './terminal-text.js';

const MAX_BREACHES_SHOWN = 4;

export function qualityLabel(quality: Quality, c: ChalkInstance): string {
  if (quality === 'poor') return c.red.bold('POOR');
  if (quality === 'unknown') return c.yellow('unknown');
  return c.green('good');
}

/** The default report of summarize: a row a call, poor calls first, then the totals, the gates and what was read. */
export function renderSummaryTable(doc: SummaryDocument, c: ChalkInstance): string {
  const table = new Table({
    head: ['Quality', 'Call', 'Start (UTC)', 'Duration', 'Type', 'Legs', 'Streams', 'Poor', 'Breaches'].map((h) => c.bold(h)),
    style: { head: [], border: [] },
  });
  for (const call of doc.calls) {
    const shown = call.issues.slice(0, MAX_BREACHES_SHOWN).map((i) => `${c.dim(`${shortId(i.participantId ?? i.endpointId)}:`)} ${c.red(safeText(describeIssueShort(i)))}`);
    const more = call.issues.length - shown.length;
    if (more > 0) shown.push(c.dim(`+${more} more`));
    table.push([
      qualityLabel(call.quality, c),
      shortId(call.correlationId),
      formatIsoTime(call.startTime),
      formatDuration(call.durationSeconds),
      safeText(call.callType ?? '-'),
      call.participants === null ? '-' : String(call.participants),
      String(call.streams),
      call.poorStreams > 0 ? c.red(String(call.poorStreams)) : '0',
      shown.join('\n') || (call.quality === 'unknown' ? c.dim('no CallDiagnostics') : ''),
    ]);
  }
  const lines = doc.calls.length > 0 ? [table.toString()] : [];
  lines.push(totalsLine(doc, c));
  for (const gate of doc.gates) lines.push(gate.crossed ? c.red.bold(describeGate(gate)) : c.green(describeGate(gate)));
  lines.push(readLine(doc));
  return `${lines.join('\n')}\n`;
}

export function totalsLine(doc: SummaryDocument, c: ChalkInstance): string {
  const t = doc.totals;
  const good = t.calls - t.poorCalls - t.unknownCalls;
  const poor = t.poorCalls > 0 ? c.red.bold(`${t.poorCalls} poor`) : '0 poor';
  return `${plural(t.calls, 'call')}: ${poor}, ${t.unknownCalls} unknown, ${good} good · ${plural(t.streams, 'stream')}, ${t.poorStreams} poor`;
}

/** What was read, so that nothing is lost silently: the counts add up to the records read. */
export function readLine(doc: SummaryDocument): string {
  const c = doc.input;
  const shapes = Object.entries(c.shapes)
    .map(([shape, n]) => `${shape} ${n}`)
    .join(', ');
  const parts = [`${c.used} used`];
  if (c.duplicates) parts.push(plural(c.duplicates, 'duplicate'));
  if (c.superseded) parts.push(`${c.superseded} superseded`);
  if (c.ignored) parts.push(`${c.ignored} ignored (other categories)`);
  let line = `Read ${plural(c.files, 'file')}${shapes ? ` (${shapes})` : ''}: ${plural(c.records, 'record')} — ${parts.join(', ')}`;
  if (c.invalid) line += `; ${c.invalid} invalid`;
  if (c.skippedFiles) line += `; ${plural(c.skippedFiles, 'file')} skipped`;
  return line;
}
