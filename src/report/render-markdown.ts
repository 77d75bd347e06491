import { callFindings } from './call-findings.js';
import { copiesNote, skippedFilesNote } from './describe-file-counts.js';
import { type StrictCheck, strictListLine } from './describe-invalid.js';
import { NO_PACKETS_MEANING, streamsWithoutPacketsWords } from './describe-issue.js';
import { formatDuration, formatIsoTime, plural } from './format-values.js';
import { gateListLine, type JudgedNothing } from './gates-judged-nothing.js';
import { escapeMarkdown, markdownCode } from './markdown-text.js';
import { renderBreakdownsMarkdown } from './render-breakdowns-markdown.js';
import { notListedLine, windowLine } from './selection-lines.js';
import type { CallJson, SummaryDocument } from './summary-document.js';
import { visibleId } from '../schema/visible-id.js';
import type { GateResult } from '../rules/gates.js';

/**
 * GitHub caps a step summary at 1 MiB; stay well under it. (A pull-request comment is capped at 65,536 characters,
 * which this budget does not hold to: --limit does, and stderr notes a report past it: pr-comment-size.ts.)
 */
export const MARKDOWN_BUDGET_BYTES = 1024 * 1024 - 16 * 1024;
/**
 * Room kept for the breakdown tables and for the lines after the totals. Their rows are cut to ten, and they take a
 * few KB, but a value is not cut: an export whose SDK versions or OS names run to kilobytes (a hostile one) makes
 * tables of megabytes, which are then left out (a line says so) rather than crowd out the calls or take the report
 * past GitHub's cap, over which a step summary shows nothing.
 */
const BREAKDOWNS_ROOM = 16 * 1024;
const MINIMAL_ROOM = 1024;
const TABLES_LEFT_OUT = `_Left out: the tables would take more than the ${BREAKDOWNS_ROOM / 1024} KB kept for them (values in the logs run that long); see the JSON report's \`breakdowns\`._`;

/**
 * For $GITHUB_STEP_SUMMARY and pull-request comments: totals, gates (one that passed with nothing to judge said so:
 * `judgedNothing`) and, with --strict (`strict`), the input's check beside them, and the poor calls with their issues, then the
 * calls whose media was not poor but a leg of which failed (dropped, or never connected: what --max-failed-calls counts),
 * then, with --fail-on-unknown, the calls of unknown quality and why.
 */
export function renderMarkdown(
  doc: SummaryDocument,
  budget = MARKDOWN_BUDGET_BYTES,
  breakdowns = true,
  strict: StrictCheck | null = null,
  judgedNothing: readonly JudgedNothing[] = [],
): string {
  const t = doc.totals;
  const head: string[] = [
    `## ACS call quality: ${t.poorCalls} poor of ${plural(t.calls, 'call')}`,
    '',
    '| Calls | Poor | Unknown | Good | Streams | Poor streams | Unknown streams | With a failed leg |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| ${t.calls} | ${t.poorCalls} | ${t.unknownCalls} | ${t.calls - t.poorCalls - t.unknownCalls} | ${t.streams} | ${t.poorStreams} | ${t.unknownStreams} | ${t.failedCalls} |`,
    '',
  ];
  // Streams whose PacketUtilization was 0, only when there are some: not a quality rule, so in no column above.
  if (t.streamsWithoutPackets > 0) {
    head.push(`${streamsWithoutPacketsWords(t.streamsWithoutPackets)} (${NO_PACKETS_MEANING}), in ${plural(t.callsWithStreamsWithoutPackets, 'call')}.`, '');
  }
  const window = windowLine(doc);
  if (window) head.push(escapeMarkdown(window), '');
  // With --strict, an invalid record fails the run (exit 2): said beside the gates, as JUnit's `strict` testcase says it.
  const checks = markdownChecks(doc.gates, judgedNothing, strict);
  if (checks.length > 0) head.push('### Gates', '', ...checks, '');
  // A budget smaller than the totals and breakdowns themselves (a step summary nearly full): what fits, the heading at least.
  const headBytes = Buffer.byteLength(head.join('\n'));
  const breakdownsShown = breakdowns && doc.breakdowns !== undefined && headBytes + BREAKDOWNS_ROOM <= budget;
  const tables = breakdownsShown ? renderBreakdownsMarkdown(doc.breakdowns!) : [];
  // Within their room, leaving the footer its own: never more.
  const tablesFit = Buffer.byteLength(tables.join('\n')) + MINIMAL_ROOM <= BREAKDOWNS_ROOM;
  if (headBytes + MINIMAL_ROOM > budget) {
    return `${head[0]}\n\n_No room left for the report (GitHub caps a step summary at 1 MiB); see the JSON report._\n`;
  }
  const failedOnly = doc.calls.filter((c) => c.quality !== 'poor' && c.failedLegs.length > 0);
  // With --fail-on-unknown, calls of unknown quality fail the build too: which ones, and why, is listed after.
  const unknownToo = doc.gates.some((g) => g.gate === 'fail-on-unknown');
  const unknownOnly = unknownToo ? doc.calls.filter((c) => c.quality === 'unknown' && c.failedLegs.length === 0) : [];
  const poor = [...doc.calls.filter((c) => c.quality === 'poor'), ...failedOnly, ...unknownOnly];
  // The line counts every call the reader sees no row for, those listed but of no kind listed here too (a good one).
  const notListed = notListedLine(doc, doc.calls.length - poor.length);
  const tail = [
    ...(notListed ? ['', `_${escapeMarkdown(notListed)}_`] : []),
    ...(breakdownsShown ? ['', '## Where poor quality comes from', '', ...(tablesFit ? tables : [TABLES_LEFT_OUT, ''])] : []),
    '',
    `<sub>${readFooter(doc.input)} · acs-calllogs</sub>`,
    '',
  ];
  if (poor.length === 0) return [...head, t.poorCalls > 0 ? 'No poor calls listed.' : 'No poor calls.', ...tail].join('\n');

  head.push(listTitle(poor.length > failedOnly.length + unknownOnly.length, failedOnly.length > 0, unknownOnly.length > 0), '', '| Call | Start (UTC) | Duration | Type | Issues |', '|---|---|---:|---|---|');
  const out = [...head];
  let bytes = Buffer.byteLength(out.join('\n')) + Buffer.byteLength(tail.join('\n')) + 200;
  let shown = 0;
  for (const call of poor) {
    const row = callRow(call);
    const size = Buffer.byteLength(row) + 1;
    if (bytes + size > budget) break;
    out.push(row);
    bytes += size;
    shown++;
  }
  if (shown < poor.length) out.push('', `_${plural(poor.length - shown, 'more call')} not shown (the report stays under 1 MiB); see the JSON report._`);
  return [...out, ...tail].join('\n');
}

/**
 * What was read, as the table's Read line says it: every part, the copies among the used records and the files
 * skipped (which stderr names, and a step summary would otherwise never show) when there are any.
 */
function readFooter(c: SummaryDocument['input']): string {
  const parts = `${c.used} used${copiesNote(c.copies)}, ${plural(c.duplicates, 'duplicate')}, ${c.superseded} superseded, ${c.ignored} ignored, ${c.invalid} invalid`;
  return `Read ${plural(c.files, 'file')}, ${plural(c.read, 'record')} (${parts})${skippedFilesNote(c.skippedFiles)}`;
}

/**
 * The "### Gates" list, summarize's and call's: each gate set (one that passed with nothing to judge said so) and,
 * with --strict, the input's check; empty when there is neither.
 */
export function markdownChecks(gates: readonly GateResult[], judgedNothing: readonly JudgedNothing[], strict: StrictCheck | null): string[] {
  // A config file's path, the one text of a gate's line not the tool's own, as code: shown as written, whatever it holds.
  return [...gates.map((gate) => `- ${gateListLine(gate, judgedNothing, { path: (shown) => markdownCode(shown, 'prose') })}`), ...(strict === null ? [] : [`- ${escapeMarkdown(strictListLine(strict))}`])];
}

/** "### Poor calls", "### Poor calls, and calls with a failed leg", …: the kinds of call the list holds. */
function listTitle(poor: boolean, failed: boolean, unknown: boolean): string {
  const kinds = [...(poor ? ['poor calls'] : []), ...(failed ? ['calls with a failed leg'] : []), ...(unknown ? ['calls of unknown quality'] : [])];
  const title = kinds.length === 1 ? kinds[0]! : `${kinds.slice(0, -1).join(', ')}, and ${kinds.at(-1)}`;
  return `### ${title[0]!.toUpperCase()}${title.slice(1)}`;
}

function callRow(call: CallJson): string {
  const issues = callFindings(call).map(escapeMarkdown).join('<br>');
  return `| ${markdownCode(visibleId(call.correlationId), 'cell')} | ${formatIsoTime(call.startTime)} | ${formatDuration(call.durationSeconds)} | ${escapeMarkdown(call.callType ?? '-')} | ${issues} |`;
}
