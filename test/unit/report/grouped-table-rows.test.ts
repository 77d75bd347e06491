import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flowGroupLabels, ruleTallRows } from '../../../src/report/grouped-table-rows.js';

test("flowGroupLabels: a group's label wraps down the group's own rows, the rest on its last; a label that fits is as it was", () => {
  const rows = [
    ['media type', 'Audio', '5'],
    ['', 'VBSS', '1'],
    ['', 'Video', '1'],
    ['endpoint type', 'VoIP', '4'],
    ['transport', 'UDP', '6'],
  ];
  assert.deepEqual(flowGroupLabels(rows, 0, 9), [
    ['media', 'Audio', '5'],
    ['type', 'VBSS', '1'],
    ['', 'Video', '1'],
    ['endpoint\ntype', 'VoIP', '4'],
    ['transport', 'UDP', '6'],
  ]);
  assert.deepEqual(flowGroupLabels(rows, 0, 13), rows);
});

test('ruleTallRows: a row of more than one line ruled off above and below, the rule leaving the label column open inside a group; lines not the rows\' as they are', () => {
  const groups = [
    ['metric', 'jitterAvg', '2'],
    ['', 'recvFreeze\nPerMinute', '1'],
    ['', 'rtt', '1'],
    ['OS\nfamily', 'iOS', '0'],
  ];
  const text = [
    '┌────────┬────────────┬───┐',
    '│ By     │ Value      │ P │',
    '├────────┼────────────┼───┤',
    '│ metric │ jitterAvg  │ 2 │',
    '│        │ recvFreeze │ 1 │',
    '│        │ PerMinute  │   │',
    '│        │ rtt        │ 1 │',
    '│ OS     │ iOS        │ 0 │',
    '│ family │            │   │',
    '└────────┴────────────┴───┘',
  ];
  assert.deepEqual(ruleTallRows(text.join('\n'), groups, groups).split('\n'), [
    ...text.slice(0, 4),
    '│        ├────────────┼───┤',
    ...text.slice(4, 6),
    '│        ├────────────┼───┤',
    text[6],
    '├────────┼────────────┼───┤',
    ...text.slice(7),
  ]);
  // A cell the table wrapped further (a line more or fewer than the rows have): as drawn.
  const other = [...text.slice(0, 8), text[9]!].join('\n');
  assert.equal(ruleTallRows(other, groups, groups), other);
});
