import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { stripVTControlCharacters } from 'node:util';
import stringWidth from 'string-width';
import { runCli } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

/** The calls table's rows (head first) as a terminal shows them: each row's cells, a cell's lines joined as `join` says. */
function callRows(stdout: string, join: string): string[][] {
  const rows: string[][] = [];
  let open = false;
  for (const line of stdout.slice(0, stdout.search(/\n\d+ calls?:/)).split('\n')) {
    // A line of the calls' cells (the Breaches beside or not): 8 or 9 cells; a rule, or a line of Breaches across, ends a row.
    const cells = line.split('│').slice(1, -1);
    if (cells.length < 8) {
      open = false;
      continue;
    }
    const texts = cells.slice(0, 8).map((cell) => cell.trim());
    if (!open) rows.push(texts);
    else rows[rows.length - 1] = rows.at(-1)!.map((cell, x) => (texts[x] === '' ? cell : `${cell}${cell === '' ? '' : join}${texts[x]}`));
    open = true;
  }
  return rows;
}

/** The Next: line of a table drawn as wide as it is (no terminal). */
function lastNextCommand(stdout: string): string {
  return stdout.split('\n').find((line) => line.startsWith('Next: ')) ?? '';
}

// test/fixtures/long-types: a call type of 165 characters (cut to 40 as every table shows it); test/fixtures/updates:
// two calls whose ids are alike for 35 characters, so their distinct prefixes are the whole ids; test/fixtures/hostile:
// ids and types of escapes, runner commands and Markdown.
for (const dir of ['test/fixtures/long-types/', 'test/fixtures/updates/', 'test/fixtures/hostile/']) {
  test(`summarize ${dir} on a narrow terminal: a long call type wraps at its words, a long id across lines, none cut; every line fits down to 78 columns`, () => {
    const piped = runCli(['summarize', dir]);
    assert.equal(piped.status, 0, piped.stderr);
    const whole = callRows(piped.stdout, ' ');
    for (const COLUMNS of [78, 80, 100]) {
      const result = runCli(['summarize', dir], { env: { COLUMNS: String(COLUMNS) } });
      assert.equal(result.status, 0, result.stderr);
      // But the Next: line's command, never broken into lines (copied so, it would not run): the terminal folds it.
      const next = result.stdout.split('\n').find((line) => line.startsWith('Next: ')) ?? '';
      assert.ok(lastNextCommand(piped.stdout).startsWith(next), next);
      for (const line of result.stdout.split('\n')) if (line !== next) assert.ok(stringWidth(line) <= COLUMNS, `COLUMNS=${COLUMNS}, ${stringWidth(line)} columns: ${line}`);
      // Each call's id whole, its pieces joined again; its type's words all there, in order (a word broken, or the lines at a space).
      const rows = callRows(result.stdout, '');
      assert.deepEqual(
        rows.map((row) => row[1]),
        whole.map((row) => row[1]),
        `COLUMNS=${COLUMNS}`,
      );
      assert.deepEqual(
        rows.map((row) => row[4]!.replaceAll(' ', '')),
        whole.map((row) => row[4]!.replaceAll(' ', '')),
        `COLUMNS=${COLUMNS}`,
      );
    }
    // A pipe, and a --report file on a narrow terminal, have the table as it was, byte for byte.
    // A terminal wider than its widest line (test/fixtures/hostile's are over 500 columns) draws it as a pipe does.
    const widest = Math.max(...piped.stdout.split('\n').map((line) => stringWidth(line)));
    assert.equal(runCli(['summarize', dir], { env: { COLUMNS: String(Math.max(300, widest)) } }).stdout, piped.stdout);
    const file = join(scratchDir(), 'table.txt');
    assert.equal(runCli(['summarize', dir, '--report', `table=${file}`], { env: { COLUMNS: '80' } }).status, 0);
    assert.equal(readFileSync(file, 'utf8'), piped.stdout);
  });
}

test('summarize test/fixtures/updates with COLUMNS=80: an id of 36 characters is on lines of the Call column, broken after its dashes', () => {
  const { stdout } = runCli(['summarize', 'test/fixtures/updates/'], { env: { COLUMNS: '80' } });
  assert.match(stdout, /│ POOR +│ 5ab0c0de- +│ 2026-11-20 │[^\n]*\n│ +│ 0000-4000- +│ 12:00:00 +│/);
});

/** The stream breakdown table's lines: from its top to its bottom. */
function streamTable(stdout: string): string[] {
  const lines = stripVTControlCharacters(stdout).split('\n');
  const top = lines.findIndex((line, i) => line.startsWith('┌') && lines[i + 1]!.startsWith('│ By '));
  return lines.slice(top, lines.indexOf(lines.slice(top).find((line) => line.startsWith('└'))!) + 1);
}

/** Whether a line of the table is a rule: across it, or leaving the By column open (`│     ├──┼──┤`). */
function isRule(line: string): boolean {
  return /^(├|└|│ +├)/.test(line);
}

for (const [dir, COLUMNS] of [
  ['samples/', 80],
  ['samples/', 78],
  ['test/fixtures/long-types/', 80],
  ['test/fixtures/hostile/', 80],
  ['test/fixtures/fleet/', 78],
] as const) {
  test(`summarize ${dir} with COLUMNS=${COLUMNS}: in the stream breakdowns a row on more than one line reads as one row, no line of blank counts as a row of its own`, () => {
    for (const env of [{ NO_COLOR: '1' }, { FORCE_COLOR: '1' }]) {
      const result = runCli(['summarize', dir], { env: { COLUMNS: String(COLUMNS), ...env } });
      assert.equal(result.status, 0, result.stderr);
      const table = streamTable(result.stdout);
      for (const line of table) assert.ok(stringWidth(line) <= COLUMNS, line);
      const body = table.slice(table.findIndex((line, i) => i > 0 && isRule(line)) + 1, -1);
      const blank = (line: string) => !isRule(line) && line.split('│')[3]!.trim() === '' && !/^\+\d+ more$/.test(line.split('│')[2]!.trim());
      body.forEach((line, i) => {
        if (!blank(line)) return;
        // The rest of a row: the lines after it up to a rule are the row's too, and the row was ruled off before its first.
        let end = i;
        while (end < body.length && blank(body[end]!)) end++;
        let first = i;
        while (first >= 0 && blank(body[first]!)) first--;
        assert.ok(isRule(body[end] ?? '└') && first >= 0 && (first === 0 || isRule(body[first - 1]!)), `${env.NO_COLOR ? 'NO_COLOR' : 'FORCE_COLOR'}: ${body.slice(Math.max(0, first - 1), end + 1).join('\n')}`);
      });
    }
  });
}

test("summarize samples/ with COLUMNS=80: a By label wraps down its group's rows ('media' beside Audio, 'type' beside VBSS); a metric's name broken at a capital is ruled off, the rule leaving By open", () => {
  const { stdout } = runCli(['summarize', 'samples/'], { env: { COLUMNS: '80' } });
  assert.match(stdout, /\n│ media +│ Audio +│ +5 │[^\n]*\n│ type +│ VBSS +│ +1 │/);
  assert.match(stdout, /\n│ endpoint +│ PSTN +│[^\n]*\n│ type +│ Server +│/);
  assert.match(stdout, /\n│ +├─+┼[─┼]+┤\n│ +│ recvFreezeDuration +│ +1 │[^\n]*\n│ +│ PerMinuteInMs +│ +│[^\n]*\n│ +├─+┼[─┼]+┤\n│ +│ healedDataRatioAvg /);
});
