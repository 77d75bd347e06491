import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EARLIER, ganttAxis, ganttAxisEnd, ganttBars, LATER } from '../../../src/report/render-gantt.js';

const row = (start: number | null, end: number | null, failed = false) => ({ start, end, failed });
const DAY = 86_400_000;

test('the axis starts at the call start, or at an earlier join, labelled as the Legs table gives its offset', () => {
  assert.deepEqual(ganttAxis([row(0, 60_000), row(5_000, 60_000)], 0, 60_000), { start: 0, label: '0s' });
  assert.deepEqual(ganttAxis([row(-1_000, 60_000), row(0, 60_000), row(null, null)], 0, 60_000), { start: -1_000, label: '-1s' });
  // 0.4 s early: +0s in the table, 0s on the axis (the bar still starts at the join).
  assert.deepEqual(ganttAxis([row(-400, 60_000)], 0, 60_000), { start: -400, label: '0s' });
});

test('a leg that joined before the call start is drawn from its join: the others start later on the same axis', () => {
  const rows = [row(-120_000, 600_000), row(0, 600_000)];
  const axis = ganttAxis(rows, 0, 600_000);
  assert.deepEqual(axis, { start: -120_000, label: '-2m 00s' });
  assert.deepEqual(ganttBars(rows, axis.start, 600_000, 48), ['█'.repeat(48), `${'·'.repeat(8)}${'█'.repeat(40)}`]);
});

test('a join earlier than the call lasts does not start the axis; as early as the call lasts, or less, still does', () => {
  // A 10-minute call: a join 10 minutes early takes half the chart and is drawn; a millisecond more, and it is not.
  assert.deepEqual(ganttAxis([row(-600_000, 600_000), row(0, 600_000)], 0, 600_000), { start: -600_000, label: '-10m 00s' });
  assert.deepEqual(ganttAxis([row(-600_001, 600_000), row(0, 600_000)], 0, 600_000), { start: 0, label: '0s' });
  assert.deepEqual(ganttAxis([row(-2 * DAY, 600_000), row(0, 600_000)], 0, 600_000), { start: 0, label: '0s' });
  // Left out, the far join leaves a modestly early one to start the axis.
  assert.deepEqual(ganttAxis([row(-2 * DAY, 600_000), row(-60_000, 600_000), row(0, 600_000)], 0, 600_000), { start: -60_000, label: '-1m 00s' });
  // A call whose end is its start (the caller's fallback when no end is logged): any earlier join is left out.
  assert.deepEqual(ganttAxis([row(-5_000, null)], 0, 0), { start: 0, label: '0s' });
});

test('a leg that began before the axis: its bar starts in column 0 with the EARLIER mark; the others keep their columns', () => {
  const rows = [row(-2 * DAY, 600_000), row(0, 600_000), row(120_000, 360_000, true)];
  const axis = ganttAxis(rows, 0, 600_000);
  assert.equal(EARLIER, '◂');
  assert.deepEqual(ganttBars(rows, axis.start, 600_000, 48), [`◂${'█'.repeat(47)}`, '█'.repeat(48), `${'·'.repeat(9)}${'█'.repeat(19)}✕${'·'.repeat(19)}`]);
});

test('before the axis: a leg whose end is not logged goes on faded; one that ended before the axis is the mark alone, a failed one ✕ in its place', () => {
  const bars = ganttBars([row(-DAY, null), row(-DAY, -DAY + 60_000, true), row(-DAY, -DAY + 60_000), row(-DAY, 100_000, true)], 0, 600_000, 48);
  assert.deepEqual(bars, [`◂${'░'.repeat(47)}`, `✕${'·'.repeat(47)}`, `◂${'·'.repeat(47)}`, `◂${'█'.repeat(7)}✕${'·'.repeat(39)}`]);
});

test('a failed leg whose end is not logged: its fade ends with ✕, the bar as wide as an unfailed one', () => {
  const bars = ganttBars([row(120_000, null, true), row(120_000, null), row(-DAY, null, true)], 0, 600_000, 48);
  assert.deepEqual(bars, [`${'·'.repeat(9)}█${'░'.repeat(37)}✕`, `${'·'.repeat(9)}█${'░'.repeat(38)}`, `◂${'░'.repeat(46)}✕`]);
});

test('the axis ends at the logged end, or a later leg end; a join later than the call lasts after its end does not move it', () => {
  // A 10-minute call: a leg that outlasts it by an hour still ends the axis (the header's "legs until").
  assert.equal(ganttAxisEnd([row(0, 600_000), row(30_000, 3_630_000)], 0, 600_000), 3_630_000);
  // A join 10 minutes after the end ends the axis with it; a millisecond more, and it does not.
  assert.equal(ganttAxisEnd([row(0, 600_000), row(1_200_000, 1_260_000)], 0, 600_000), 1_260_000);
  assert.equal(ganttAxisEnd([row(0, 600_000), row(1_200_001, 1_260_000)], 0, 600_000), 600_000);
  assert.equal(ganttAxisEnd([row(0, 600_000), row(2 * DAY, null), row(null, null)], 0, 600_000), 600_000);
});

test('a leg past the axis: its bar ends in the last column with the LATER mark, a failed one ✕ before it; the others keep their columns', () => {
  assert.equal(LATER, '▸');
  const bars = ganttBars([row(0, 600_000), row(2 * DAY, 2 * DAY + 60_000, true), row(300_000, 2 * DAY, true), row(300_000, 2 * DAY)], 0, 600_000, 48);
  assert.deepEqual(bars, ['█'.repeat(48), `${'·'.repeat(46)}✕▸`, `${'·'.repeat(24)}${'█'.repeat(22)}✕▸`, `${'·'.repeat(24)}${'█'.repeat(23)}▸`]);
});
