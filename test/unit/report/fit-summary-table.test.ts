import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { BREACHES_FLOOR, fittedSummaryLines, type Painted, summaryLayout, wrapBreaches } from '../../../src/report/fit-summary-table.js';
import { gridLines } from '../../../src/report/render-grid.js';

// The samples' columns before Breaches (padding included): Quality, Call, Start, Duration, Type, Legs, Streams, Poor.
const WIDTHS = [9, 10, 21, 10, 7, 6, 9, 6];
const BREACHES = 48;

test('summaryLayout: the Breaches wrap first, to their floor; then Start on two lines; then the Breaches under each row; then the table whole', () => {
  // 136 columns: it fits as it is.
  assert.equal(summaryLayout(WIDTHS, 12, BREACHES, 12, 136), null);
  // Narrower: the Breaches wrap at words, as far as needed, Start whole.
  assert.deepEqual(summaryLayout(WIDTHS, 12, BREACHES, 12, 130), { twoLineStart: false, breaches: 40 });
  assert.deepEqual(summaryLayout(WIDTHS, 12, BREACHES, 12, 120), { twoLineStart: false, breaches: BREACHES_FLOOR });
  // Past their floor, Start goes on two lines and the Breaches have the room it leaves.
  assert.deepEqual(summaryLayout(WIDTHS, 12, BREACHES, 12, 119), { twoLineStart: true, breaches: 38 });
  assert.deepEqual(summaryLayout(WIDTHS, 12, BREACHES, 12, 111), { twoLineStart: true, breaches: BREACHES_FLOOR });
  // Then under each call's row: Start on one line while the row fits so (87 columns), else on two (78).
  assert.deepEqual(summaryLayout(WIDTHS, 12, BREACHES, 12, 110), { twoLineStart: false, breaches: null });
  assert.deepEqual(summaryLayout(WIDTHS, 12, BREACHES, 12, 87), { twoLineStart: false, breaches: null });
  assert.deepEqual(summaryLayout(WIDTHS, 12, BREACHES, 12, 86), { twoLineStart: true, breaches: null });
  assert.deepEqual(summaryLayout(WIDTHS, 12, BREACHES, 12, 78), { twoLineStart: true, breaches: null });
  // Narrower than the calls' own cells: drawn whole, nothing cut.
  assert.equal(summaryLayout(WIDTHS, 12, BREACHES, 12, 77), null);
  // A word of the Breaches wider than the floor (a long media type) is never cut: the column is at least as wide.
  assert.deepEqual(summaryLayout(WIDTHS, 12, BREACHES, 36, 126), { twoLineStart: false, breaches: 36 });
  assert.deepEqual(summaryLayout(WIDTHS, 12, BREACHES, 36, 125), { twoLineStart: true, breaches: 44 });
  // Breaches that fit whole beside a two-line Start are not wrapped.
  assert.deepEqual(summaryLayout(WIDTHS, 12, 20, 12, 100), { twoLineStart: true, breaches: 18 });
});

test('summaryLayout: past the Breaches under the rows and Start on two lines, a long call type gives way, then a long id, each only as far as needed, down to 78 columns', () => {
  // A call type of 40 columns: it alone wraps, to what the room leaves.
  const type = [9, 10, 21, 10, 42, 6, 9, 6];
  assert.deepEqual(summaryLayout(type, 12, BREACHES, 12, 100), { twoLineStart: true, breaches: null, narrowed: [9, 10, 12, 10, 29, 6, 9, 6] });
  // An id of 36 characters (ids alike for 35) with it: the type to its 5 columns first, then the id.
  const both = [9, 38, 21, 10, 42, 6, 9, 6];
  assert.deepEqual(summaryLayout(both, 12, BREACHES, 12, 106), { twoLineStart: true, breaches: null, narrowed: [9, 38, 12, 10, 7, 6, 9, 6] });
  assert.deepEqual(summaryLayout(both, 12, BREACHES, 12, 100), { twoLineStart: true, breaches: null, narrowed: [9, 32, 12, 10, 7, 6, 9, 6] });
  assert.deepEqual(summaryLayout(both, 12, BREACHES, 12, 78), { twoLineStart: true, breaches: null, narrowed: [9, 10, 12, 10, 7, 6, 9, 6] });
  // Narrower than that: drawn whole.
  assert.equal(summaryLayout(both, 12, BREACHES, 12, 77), null);
});

const color = new Chalk({ level: 1 });
const plain = new Chalk({ level: 0 });

function finding(c: typeof color, leg: string, text: string): Painted[] {
  return [
    { text: `${leg}:`, paint: c.dim },
    { text: ' ', paint: (s) => s },
    { text, paint: c.red },
  ];
}

test('wrapBreaches: a finding wrapped at its words, the rest indented, none cut; each word coloured on its own, so no colour runs into the border', () => {
  const lines = [finding(plain, 'ec6d55e9', 'Audio inbound jbuf max 410 > 200 ms'), [{ text: '+5 more', paint: plain.dim }]];
  assert.deepEqual(wrapBreaches(lines, 30), ['ec6d55e9: Audio inbound jbuf', '  max 410 > 200 ms', '+5 more']);
  assert.deepEqual(wrapBreaches(lines, 60), ['ec6d55e9: Audio inbound jbuf max 410 > 200 ms', '+5 more']);
  const colored = wrapBreaches([finding(color, 'ec6d55e9', 'Audio inbound jbuf max 410 > 200 ms')], 30);
  assert.deepEqual(colored, [`${color.dim('ec6d55e9:')} ${['Audio', 'inbound', 'jbuf'].map((w) => color.red(w)).join(' ')}`, `  ${['max', '410', '>', '200', 'ms'].map((w) => color.red(w)).join(' ')}`]);
});

test('fittedSummaryLines: no width, or room enough, draws the grid a pipe has; a narrow one puts the Breaches under the rows, as wide as the table', () => {
  const head = ['Quality', 'Call', 'Start (UTC)', 'Duration', 'Type', 'Legs', 'Streams', 'Poor', 'Breaches'];
  const breaches = [[finding(plain, 'ec6d55e9', 'Audio inbound jbuf 260 > 200 ms'), finding(plain, 'ec6d55e9', 'Audio inbound healed max 38% > 10%')], []];
  const cells = [
    ['POOR', 'ad9b017d', '2026-11-20 08:31:07', '21m 30s', 'Group', '3', '14', '3'],
    ['good', '341acde7', '2026-11-20 09:16:40', '1m 27s', 'Group', '3', '6', '0'],
  ];
  const rows = cells.map((row, i) => [...row, breaches[i]!.map((line) => line.map((p) => p.text).join('')).join('\n')]);
  const grid = { head, rows, breaches, startHead: 'Start\n(UTC)' };
  const whole = [...gridLines(head, rows)];
  assert.deepEqual([...fittedSummaryLines(grid, null)], whole);
  assert.deepEqual([...fittedSummaryLines(grid, 200)], whole);
  assert.deepEqual([...fittedSummaryLines(grid, 40)], whole);
  const fitted = [...fittedSummaryLines(grid, 80)];
  assert.deepEqual(fitted, [
    '┌─────────┬──────────┬────────────┬──────────┬───────┬──────┬─────────┬──────┐',
    '│ Quality │ Call     │ Start      │ Duration │ Type  │ Legs │ Streams │ Poor │',
    '│         │          │ (UTC)      │          │       │      │         │      │',
    '├─────────┴──────────┴────────────┴──────────┴───────┴──────┴─────────┴──────┤',
    '│ Breaches                                                                   │',
    '├─────────┬──────────┬────────────┬──────────┬───────┬──────┬─────────┬──────┤',
    '│ POOR    │ ad9b017d │ 2026-11-20 │ 21m 30s  │ Group │ 3    │ 14      │ 3    │',
    '│         │          │ 08:31:07   │          │       │      │         │      │',
    '├─────────┴──────────┴────────────┴──────────┴───────┴──────┴─────────┴──────┤',
    '│ ec6d55e9: Audio inbound jbuf 260 > 200 ms                                  │',
    '│ ec6d55e9: Audio inbound healed max 38% > 10%                               │',
    '├─────────┬──────────┬────────────┬──────────┬───────┬──────┬─────────┬──────┤',
    '│ good    │ 341acde7 │ 2026-11-20 │ 1m 27s   │ Group │ 3    │ 6       │ 0    │',
    '│         │          │ 09:16:40   │          │       │      │         │      │',
    '└─────────┴──────────┴────────────┴──────────┴───────┴──────┴─────────┴──────┘',
  ]);
  for (const line of fittedSummaryLines(grid, 120)) assert.ok(stringWidth(line) <= 120, line);
});

test('fittedSummaryLines: calls all without Breaches (an export of good calls) under a narrow terminal have no Breaches head over nothing', () => {
  const head = ['Quality', 'Call', 'Start (UTC)', 'Duration', 'Type', 'Legs', 'Streams', 'Poor', 'Breaches'];
  const rows = [
    ['good', '341acde7', '2026-11-20 09:16:40', '1m 27s', 'Group', '3', '6', '0', ''],
    ['good', '8d1a8374', '2026-11-20 09:54:05', '6s', 'P2P', '2', '4', '0', ''],
  ];
  const fitted = [...fittedSummaryLines({ head, rows, breaches: [[], []], startHead: 'Start\n(UTC)' }, 80)];
  assert.deepEqual(fitted, [
    '┌─────────┬──────────┬────────────┬──────────┬───────┬──────┬─────────┬──────┐',
    '│ Quality │ Call     │ Start      │ Duration │ Type  │ Legs │ Streams │ Poor │',
    '│         │          │ (UTC)      │          │       │      │         │      │',
    '├─────────┼──────────┼────────────┼──────────┼───────┼──────┼─────────┼──────┤',
    '│ good    │ 341acde7 │ 2026-11-20 │ 1m 27s   │ Group │ 3    │ 6       │ 0    │',
    '│         │          │ 09:16:40   │          │       │      │         │      │',
    '├─────────┼──────────┼────────────┼──────────┼───────┼──────┼─────────┼──────┤',
    '│ good    │ 8d1a8374 │ 2026-11-20 │ 6s       │ P2P   │ 2    │ 4       │ 0    │',
    '│         │          │ 09:54:05   │          │       │      │         │      │',
    '└─────────┴──────────┴────────────┴──────────┴───────┴──────┴─────────┴──────┘',
  ]);
});
