import type { CallStory } from '../rules/assess-call-story.js';
import type { LegId } from '../rules/match-leg-id.js';
import { type CountedRow, gapText } from './bounded-rows.js';
import { callEvents, type EventPart, type EventRow } from './call-events.js';
import { legId } from './call-story-ids.js';
import { escapeMarkdown, markdownCode } from './markdown-text.js';

/**
 * The call's events in Markdown, as the text lists them (call-events.ts), a table row each (its time on the clock,
 * UTC, then from the start): its head, its rows (a run of events left out a row of its own, "+37 more", counting the
 * events it stands for), and the note that says how many were not shown; null with none.
 * `asked`: the leg asked for, whose join and leave are never left out.
 */
export function eventsMarkdown(story: CallStory, all = false, asked: LegId | null = null): { head: string[]; rows: CountedRow[]; note: string | null } | null {
  const events = callEvents(story, all, undefined, asked);
  if (events.total === 0) return null;
  const rows = events.lines.map((line): CountedRow => {
    if ('row' in line) return { text: eventRow(story, line.row), count: 1 };
    return { text: `|  |  |  | _+${line.gap.count} more_ | ${gapText(line.gap, escapeMarkdown)} |`, count: line.gap.count };
  });
  const note = events.shown < events.total ? `_${events.total - events.shown} of ${events.total} events not shown: \`--all\` lists every one, \`--format json\` has them all._` : null;
  return { head: [`### Events (${events.total})`, '', '| Time (UTC) | At | Leg | Event | Details |', '|---|---:|---|---|---|'], rows, note };
}

function eventRow(story: CallStory, row: EventRow): string {
  const leg = row.ofCall ? '' : row.legId === null ? '-' : markdownCode(legId(story, row.legId), 'cell');
  const what = row.whatTone === 'bad' ? `**${escapeMarkdown(row.what)}**` : escapeMarkdown(row.what);
  return `| ${row.clock} | ${row.at} | ${leg} | ${what} | ${row.parts.map(part).join(' · ')} |`;
}

function part(p: EventPart): string {
  return p.tone === 'bad' ? `**${escapeMarkdown(p.text)}**` : escapeMarkdown(p.text);
}
