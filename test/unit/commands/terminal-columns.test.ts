import assert from 'node:assert/strict';
import { test } from 'node:test';
import { terminalColumns } from '../../../src/commands/terminal-columns.js';

test("terminalColumns: a terminal's own width, else COLUMNS when a whole number, else none", () => {
  assert.equal(terminalColumns({}, { isTTY: true, columns: 117 }), 117);
  assert.equal(terminalColumns({ COLUMNS: '80' }, { isTTY: true, columns: 117 }), 117);
  assert.equal(terminalColumns({ COLUMNS: '100' }, {}), 100);
  assert.equal(terminalColumns({ COLUMNS: ' 100 ' }, { isTTY: false }), 100);
  for (const set of ['', 'wide', '0', '-5', '100px', '1e3', '12.5']) assert.equal(terminalColumns({ COLUMNS: set }, {}), null, set);
  assert.equal(terminalColumns({}, {}), null);
});
