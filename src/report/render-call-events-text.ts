import type { ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import type { CallStory } from '../rules/assess-call-story.js';
import type { LegId } from '../rules/match-leg-id.js';
import { safeText } from '../schema/visible-text.js';
import { gapText } from './bounded-rows.js';
import { callEvents, type EventPart, type EventRow, type EventTone } from './call-events.js';
import { legId } from './call-story-ids.js';
import { CELL_COLUMNS } from './render-breakdowns-table.js';
import { fitColumns } from './terminal-text.js';
import { wrapWords } from './wrap-parts.js';

/** The width of the event's name: "UserFacingDiagnostics" and a space, as the Client operations list had it. */
const WHAT_COLUMNS = 22;

/** Narrower than this past where an event's text begins, a wrapped one would be a column of words: it goes on 4 columns in. */
const MIN_TEXT_COLUMNS = 24;

/**
 * What happened when, one line an event, in time order (the story's timeline, as JSON's `timeline`): its time on the
 * clock (UTC, clock-time.ts: what a ticket gives) and from the call's start (`09:21:10  +1m 12s`), its leg, what
 * happened and what of it (an operation's result, code and latency, a diagnostic's report, a leave's end code and
 * what it means, media past a limit). Past EVENTS_SHOWN without `all`,
 * some are left out, each run of them said in its place ("+37 more: …", of diagnostics how many were not Good). `columns` (a terminal's width, when known):
 * an event's text wraps at its words under where it began; null (a pipe, a file) leaves every line whole. `asked`: the
 * leg asked for, whose join and leave are never left out.
 */
export function eventsSection(story: CallStory, c: ChalkInstance, all = false, columns: number | null = null, asked: LegId | null = null): string {
  const events = callEvents(story, all, undefined, asked);
  if (events.total === 0) return '';
  const ids = events.lines.flatMap((line) => ('row' in line && !line.row.ofCall ? [legId(story, line.row.legId)] : []));
  const idWidth = Math.max(1, ...ids.map((id) => stringWidth(id)));
  // `+20m 09s` fits 8 columns; a call of an hour or more has `+1h 05m 01s`: the times stay right-aligned. Before
  // them the clock's (UTC, as the header says): `09:21:39`, or dated when the call spans dates, as a ticket gives it.
  const atWidth = Math.max(8, ...events.lines.map((line) => ('row' in line ? line.row.at.length : 0)));
  const clockWidth = Math.max(1, ...events.lines.map((line) => ('row' in line ? line.row.clock.length : 0)));
  const lines = [c.bold(`Events (${events.total})`)];
  for (const line of events.lines) {
    if ('gap' in line) {
      lines.push(c.dim(`  ${' '.repeat(clockWidth)}  ${' '.repeat(atWidth)}  ${' '.repeat(idWidth)}  +${line.gap.count} more: ${gapText(line.gap, safeText)}`));
      continue;
    }
    lines.push(eventLine(story, line.row, c, { clock: clockWidth, at: atWidth, id: idWidth }, columns));
  }
  if (events.shown < events.total) {
    lines.push(c.dim(`  ${events.total - events.shown} of ${events.total} events not shown: --all lists every one`));
  }
  return lines.join('\n');
}

function eventLine(story: CallStory, row: EventRow, c: ChalkInstance, widths: { clock: number; at: number; id: number }, columns: number | null): string {
  const leg = row.ofCall ? '' : legId(story, row.legId);
  const what = safeText(row.what);
  const head = `  ${row.clock.padEnd(widths.clock)}  ${row.at.padStart(widths.at)}  ${leg}${' '.repeat(Math.max(0, widths.id - stringWidth(leg)))}  `;
  const name = `${paint(c, row.whatTone, what)}${' '.repeat(Math.max(1, WHAT_COLUMNS + 1 - stringWidth(what)))}`;
  const start = stringWidth(head) + Math.max(stringWidth(what) + 1, WHAT_COLUMNS + 1);
  if (row.parts.length === 0) return `${head}${paint(c, row.whatTone, what)}`;
  const words = row.parts.flatMap((part) => partWords(part, c).map((text, j) => ({ text, before: j > 0 ? ' ' : '  ' })));
  // Too narrow a terminal to go on under the text's start (ids of 20 characters), it goes on 4 columns in.
  const under = columns === null || columns - start >= MIN_TEXT_COLUMNS ? start : 4;
  return wrapWords(words, `${head}${name}`, ' '.repeat(under), columns).join('\n');
}

/** A part's words, each painted in its tone: a diagnostic's name cut to CELL_COLUMNS, as summarize's tables cut log text. */
function partWords(part: EventPart, c: ChalkInstance): string[] {
  const text = part.diagnostic ? `${fitColumns(safeText(part.diagnostic.name), CELL_COLUMNS)}: ${safeText(part.diagnostic.quality)}` : safeText(part.text);
  return text.split(' ').map((word) => paint(c, part.tone, word));
}

function paint(c: ChalkInstance, tone: EventTone, text: string): string {
  if (tone === 'bad') return c.red.bold(text);
  if (tone === 'warn') return c.yellow(text);
  if (tone === 'good') return c.green(text);
  return text;
}
