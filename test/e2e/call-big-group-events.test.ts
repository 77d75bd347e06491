import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import { BIG_CALL_ID, bigGroupCall } from '../support/big-group-call.js';
import { section } from '../support/report-section.js';
import { runCli, runJson } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

// A town hall's call: 60 legs joining over an hour, 4 of them dropped: 122 events, nearly all joins and leaves. The
// Events list's bound (40) holds: the drops, the call's start and end and the first and last joins and leaves kept, the
// others counted in their place ("+17 more: joins").

const FILE = join(scratchDir('big-call-events-'), 'town-hall.jsonl');
writeFileSync(FILE, bigGroupCall({ legs: 60 }));
const ID = BIG_CALL_ID.slice(0, 8);

const { json } = runJson<CallDocument>(['call', ID, FILE]);
const total = json.timeline.length;
const passages = json.timeline.filter((e) => e.kind === 'join' || e.kind === 'leave');
const said = (e: { kind: string; participantId?: string }) => `${e.participantId!.slice(0, 8)}  ${e.kind === 'join' ? 'joined' : 'left'} `;

/** The Events section's event lines (a clock time, UTC, first, then the offset) and its "+N more" lines. */
function eventsOf(stdout: string) {
  const lines = section(stdout, /^Events/);
  const gaps = lines.flatMap((l) => {
    const m = /^ +\+(\d+) more: (.*)$/.exec(l);
    return m === null ? [] : [{ count: Number(m[1]), what: m[2]! }];
  });
  return { lines, rows: lines.filter((l) => /^ {2}\d{2}:\d{2}:\d{2} +\+\S/.test(l)), gaps };
}

test('a town hall: Events keep its start and end, every drop, the first and last 3 joins and leaves, the rest counted in place; --all lists every one', () => {
  assert.ok(total > 120 && passages.length > 100, `${total} events`);
  const { lines, rows, gaps } = eventsOf(runCli(['call', ID, FILE]).stdout);
  assert.equal(lines[0], `Events (${total})`);
  assert.ok(rows.length <= 40, `${rows.length} events shown:\n${lines.join('\n')}`);
  assert.match(rows[0]!, /call started$/);
  assert.match(rows.at(-1)!, /call ended$/);
  for (const l of json.dropped) assert.ok(rows.some((r) => r.includes(`${l.participantId!.slice(0, 8)}  dropped  `)), `drop of ${l.participantId}`);
  // The first three joins right after the call's start, the last three leaves right before its end.
  assert.deepEqual(rows.slice(1, 4).map((r) => passages.slice(0, 3).some((e) => r.includes(said(e)))), [true, true, true], rows.slice(0, 5).join('\n'));
  assert.deepEqual(rows.slice(-4, -1).map((r) => passages.slice(-3).some((e) => r.includes(said(e)))), [true, true, true], rows.slice(-5).join('\n'));
  // Every event shown or counted, the joins and leaves left out said as such.
  const what = gaps.map((g) => g.what);
  assert.equal(rows.length + gaps.reduce((a, g) => a + g.count, 0), total);
  assert.ok(what.length > 2 && what.every((w) => /^(joins|leaves)$|^(joins|leaves) \d+, (joins|leaves) \d+$/.test(w)), what.join('\n'));
  assert.equal(lines.at(-1), `  ${total - rows.length} of ${total} events not shown: --all lists every one`);

  const all = eventsOf(runCli(['call', ID, FILE, '--all']).stdout);
  assert.equal(all.rows.length, total);
  assert.equal(all.gaps.length, 0);
  // The Markdown's Events table is bounded alike.
  const markdown = runCli(['call', ID, FILE, '--format', 'markdown']).stdout.split('\n');
  const table = markdown.slice(markdown.indexOf(`### Events (${total})`));
  const eventRows = table.slice(4, table.indexOf('', 4)).filter((l) => !l.includes('more_ |'));
  assert.equal(eventRows.length, rows.length, table.slice(0, 60).join('\n'));
});

test('a town hall asked for by a leg: its join and leave are among the Events kept, still within the bound', () => {
  const { rows: shown } = eventsOf(runCli(['call', ID, FILE]).stdout);
  // A leg that ended as expected, whose join and leave are among the events left out when no leg is asked for.
  const quiet = json.participants.find((l) => !l.failed && passages.filter((e) => e.participantId === l.participantId).length === 2 && !shown.some((r) => r.includes(l.participantId!.slice(0, 8))))!;
  assert.ok(quiet !== undefined);
  const { rows } = eventsOf(runCli(['call', quiet.participantId!.slice(0, 8), FILE]).stdout);
  assert.ok(rows.length <= 40, `${rows.length} events shown`);
  const id = quiet.participantId!.slice(0, 8);
  assert.ok(rows.some((r) => r.includes(`${id}  joined `)) && rows.some((r) => r.includes(`${id}  left `)), rows.join('\n'));
});
