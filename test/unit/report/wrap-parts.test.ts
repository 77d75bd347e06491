import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Chalk } from 'chalk';
import { wrapParts } from '../../../src/report/wrap-parts.js';

const PARTS = ['RTT 58 ms', 'RTT max 84 ms', 'jitter 3 ms', 'loss 0.2%', 'packets 63870'];

test('wrapParts: one line with no width or room enough; else wrapped at the separators, the rest indented, no part cut', () => {
  const one = '  RTT 58 ms · RTT max 84 ms · jitter 3 ms · loss 0.2% · packets 63870';
  assert.deepEqual(wrapParts(PARTS, '  ', '    ', null), [one]);
  assert.deepEqual(wrapParts(PARTS, '  ', '    ', one.length), [one]);
  assert.deepEqual(wrapParts(PARTS, '  ', '    ', 30), ['  RTT 58 ms · RTT max 84 ms', '    jitter 3 ms · loss 0.2%', '    packets 63870']);
  // A part wider than the room has a line of its own, whole.
  assert.deepEqual(wrapParts(['a', 'a part too wide', 'b'], '', '  ', 8), ['a', '  a part too wide', '  b']);
  // Colours take no columns.
  const red = new Chalk({ level: 1 }).red;
  assert.deepEqual(wrapParts([red('RTT 58 ms'), 'loss 0.2%'], '', '', 21), [`${red('RTT 58 ms')} · loss 0.2%`]);
});
