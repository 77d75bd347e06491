import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import fc from 'fast-check';
import { gridLines } from '../../../src/report/render-grid.js';

/** The grid whole, as the table report writes it line by line. */
const renderGrid = (head: string[], rows: string[][]) => [...gridLines(head, rows)].join('\n');

/** What cli-table3 draws for the same cells, as render-table drew the calls before. */
function cliTable3(head: string[], rows: string[][]): string {
  const table = new Table({ head, style: { head: [], border: [] } });
  for (const row of rows) table.push(row);
  return table.toString();
}

const colours = new Chalk({ level: 1 });
const styles = [(s: string) => s, colours.red, colours.dim, colours.bold, colours.red.bold, colours.green, colours.yellow];
/** A line of a cell: ASCII, wide (CJK), combining and emoji characters, empty; coloured by chalk or not. */
const line = fc
  .tuple(
    fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', '古い通話', 'e\u0301', '👍🏽 ok', '©', 'Ω≥', '+3 more', '2026-11-20 09:00:00')),
    fc.nat({ max: styles.length - 1 }),
  )
  .map(([text, style]) => styles[style]!(text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')));
const cell = fc.array(line, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n'));

test('renderGrid draws what cli-table3 draws, character for character, for any cells', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 5 }), fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 6 }), (columns, rows) => {
      const head = ['Quality', 'Call', 'Start', 'Legs', 'Breaches'].slice(0, columns).map((h) => colours.bold(h));
      const body = rows.map((row) => row.slice(0, columns));
      assert.equal(renderGrid(head, body), cliTable3(head, body));
    }),
    { numRuns: 400, seed: 20261126 },
  );
});

test('renderGrid: a multi-line chalk string, whose colour chalk closes and opens again at each line end', () => {
  const head = ['A', 'B'];
  const rows = [[colours.red('one\ntwo'), colours.dim('x') + ' ' + colours.red('y\nz')]];
  assert.equal(renderGrid(head, rows), cliTable3(head, rows));
});
