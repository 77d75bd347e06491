import { type CallStory, operationCode } from '../rules/assess-call-story.js';
import { type CountedRow, gapOf, gapText, type HiddenRow, keptRows } from './bounded-rows.js';
import { EVENTS_SHOWN } from './call-events.js';
import { operationLegId } from './call-issue-lines.js';
import { legId, offset } from './call-story-ids.js';
import { plural } from './format-values.js';
import { escapeMarkdown, markdownCell, markdownCode } from './markdown-text.js';

type Operation = CallStory['operations'][number];

/**
 * The Markdown's Client operations: its heading, and the operations that failed or were degraded (the others say
 * nothing of what went wrong) as a table, bounded as the Events table is (bounded-rows.ts): past EVENTS_SHOWN without
 * `all`, every failed one is kept and of each run of degraded ones between them the first and the last, a run left
 * out a row of its own ("+21 more: UserFacingDiagnostics (21 Bad)"). `notes`: how many were not shown, and how many
 * others there were (none failed or degraded). Null with no operation.
 */
export function operationsMarkdown(story: CallStory, all = false): { head: string[]; rows: CountedRow[]; notes: string[] } | null {
  if (story.operations.length === 0) return null;
  const shown: Operation[] = [];
  const others: Operation[] = [];
  for (const o of story.operations) (o.failed || o.degraded !== null ? shown : others).push(o);
  const heading = `### Client operations (${story.operations.length})`;
  if (shown.length === 0) return { head: [heading, '', '_None failed or degraded._'], rows: [], notes: [] };
  const kept = all || shown.length <= EVENTS_SHOWN ? null : keptRows(shown.map((o) => o.failed), EVENTS_SHOWN);
  const rows: CountedRow[] = [];
  let hidden: Operation[] = [];
  const flush = () => {
    if (hidden.length > 0) rows.push({ text: gapRow(hidden), count: hidden.length });
    hidden = [];
  };
  shown.forEach((o, i) => {
    if (kept !== null && !kept.has(i)) return void hidden.push(o);
    flush();
    rows.push({ text: operationRow(story, o), count: 1 });
  });
  flush();
  const notes: string[] = [];
  if (kept !== null && kept.size < shown.length) {
    notes.push(`_${shown.length - kept.size} of ${shown.length} failed or degraded operations not shown: \`--all\` lists every one, \`--format json\` has them all._`);
  }
  if (others.length > 0) notes.push(`_${plural(others.length, 'other operation')}, none failed or degraded (${otherResults(others)}); \`--format json\` lists every one._`);
  return { head: [heading, '', '| At | Leg | Operation | Result | Duration | Diagnostic |', '|---:|---|---|---|---:|---|'], rows, notes };
}

function operationRow(story: CallStory, o: Operation): string {
  const { operation: op, failed, degraded } = o;
  const code = operationCode(o);
  const result = `${escapeMarkdown(op.resultType ?? '-')}${code ? ` ${escapeMarkdown(code)}` : ''}`;
  const diagnostic = degraded === null ? '' : escapeMarkdown(`${degraded.diagnostic}: ${degraded.quality}`);
  const leg = operationLegId(o);
  return `| ${offset(story, op.time)} | ${leg === null ? '-' : markdownCode(legId(story, leg), 'cell')} | ${markdownCell(op.operationName)} | ${failed ? `**${result}**` : result} | ${op.durationMs === null ? '-' : `${op.durationMs} ms`} | ${diagnostic} |`;
}

/** A run left out, in its place: how many, and what they were ("+21 more: UserFacingDiagnostics (21 Bad)"). */
function gapRow(hidden: readonly Operation[]): string {
  const rows: HiddenRow[] = hidden.map((o) => ({
    what: o.operation.operationName ?? '?',
    quality: o.diagnostic === null ? null : { text: o.diagnostic.quality, good: o.degraded === null },
  }));
  return `|  |  | _+${hidden.length} more:_ ${gapText(gapOf(rows), escapeMarkdown)} |  |  |  |`;
}

/** The results of the operations not in the table, as logged, most first: "Succeeded 2, ExpectedError 1, no result 1". */
function otherResults(others: readonly Operation[]): string {
  const tally = new Map<string, number>();
  for (const o of others) {
    const result = o.operation.resultType ?? 'no result logged';
    tally.set(result, (tally.get(result) ?? 0) + 1);
  }
  return [...tally].sort((a, b) => b[1] - a[1]).map(([result, n]) => `${escapeMarkdown(result)} ${n}`).join(', ');
}
