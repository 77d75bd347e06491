import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Chalk } from 'chalk';
import { wrapCell, wrapParts, wrapWords } from '../../../src/report/wrap-parts.js';

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

test("wrapWords: each word's own join (two spaces between parts, one inside), left out where a line breaks; what wrapParts and the Events' texts share", () => {
  const words = [
    { text: 'Succeeded', before: '  ' },
    { text: '200', before: ' ' },
    { text: '0', before: '  ' },
    { text: 'ms', before: ' ' },
    { text: 'networkReceiveQuality:', before: '  ' },
    { text: 'Bad', before: ' ' },
  ];
  assert.deepEqual(wrapWords(words, '> ', '  ', null), ['> Succeeded 200  0 ms  networkReceiveQuality: Bad']);
  // The first line's words after `indent`, the others after `continued`: no join begins a line.
  assert.deepEqual(wrapWords(words, '> ', '  ', 20), ['> Succeeded 200  0', '  ms', '  networkReceiveQuality:', '  Bad']);
  // A word of no width (a value that was only a control character) joins nothing before the word after it.
  assert.deepEqual(wrapWords([{ text: '', before: '  ' }, { text: 'x', before: ' ' }, { text: 'y', before: ' ' }], '', '', null), ['x y']);
  // wrapParts is wrapWords with one join: the same lines.
  assert.deepEqual(wrapParts(PARTS, '  ', '    ', 30), wrapWords(PARTS.map((text) => ({ text, before: ' · ' })), '  ', '    ', 30));
});

test('wrapCell: a cell wrapped at its spaces, a word wider than the room broken where it reads on (after a dash, at a capital), nothing cut', () => {
  assert.deepEqual(wrapCell('Group', 5), ['Group']);
  assert.deepEqual(wrapCell('endpoint type', 9), ['endpoint', 'type']);
  assert.deepEqual(wrapCell('5ab0c0de-0000-4000-8000-000000000002', 11), ['5ab0c0de-', '0000-4000-', '8000-', '00000000000', '2']);
  assert.deepEqual(wrapCell('P2Pclick gnp.exe', 8), ['P2Pclick', 'gnp.exe']);
  assert.deepEqual(wrapCell('GroupCallType', 5), ['Group', 'Call', 'Type']);
});
