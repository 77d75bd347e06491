import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ganttAxis, ganttBars } from '../../../src/report/render-gantt.js';

const row = (start: number | null, end: number | null) => ({ start, end, dropped: false });

test('the axis starts at the call start, or at an earlier join, labelled as the Legs table gives its offset', () => {
  assert.deepEqual(ganttAxis([row(0, 60_000), row(5_000, 60_000)], 0), { start: 0, label: '0s' });
  assert.deepEqual(ganttAxis([row(-1_000, 60_000), row(0, 60_000), row(null, null)], 0), { start: -1_000, label: '-1s' });
  // 0.4 s early: +0s in the table, 0s on the axis (the bar still starts at the join).
  assert.deepEqual(ganttAxis([row(-400, 60_000)], 0), { start: -400, label: '0s' });
});

test('a leg that joined before the call start is drawn from its join: the others start later on the same axis', () => {
  const rows = [row(-120_000, 600_000), row(0, 600_000)];
  const axis = ganttAxis(rows, 0);
  assert.deepEqual(ganttBars(rows, axis.start, 600_000, 48), ['█'.repeat(48), `${'·'.repeat(8)}${'█'.repeat(40)}`]);
});
