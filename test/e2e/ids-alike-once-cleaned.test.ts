import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from '../support/run-cli.js';

/**
 * test/fixtures/input/ids-alike-once-cleaned.jsonl: 15 calls whose ids, cleaned of what a terminal would act on or
 * shows as nothing, were 7 — `a\u0001b`, `a\u00adb` and `ab` all `ab`, `\u200b` and `\u202e` nothing, `zw\u200bsp`
 * and `zwsp`, `tab\tid` and `tab id`, `x\n::y` and `x ::y`, `abc\u202edcba\u2066x` and `abcdcbax` — each pair one
 * poor and one good call. Every report that lists calls must name each of them apart (visible-id.ts), in any order.
 */
const FIXTURE = 'test/fixtures/input/ids-alike-once-cleaned.jsonl';
const CALLS = 15;
const POOR = 8;

function report(format: string, sort = 'quality'): string {
  const { status, stdout, stderr } = runCli(['summarize', FIXTURE, '--format', format, '--sort', sort, '--quiet'], { env: { NO_COLOR: '1' } });
  assert.equal(status, 0, stderr);
  return stdout;
}

function assertApart(what: string, names: string[], count: number): void {
  assert.equal(names.length, count, `${what}: ${names.join(' | ')}`);
  for (const name of names) assert.notEqual(name.trim(), '', `${what}: a call with no name`);
  assert.equal(new Set(names).size, count, `${what}: two calls named alike: ${names.join(' | ')}`);
}

for (const sort of ['quality', 'id']) {
  test(`--sort ${sort}: JUnit testcases, CSV rows and the table's rows each name their call apart, none empty`, () => {
    const junit = [...report('junit', sort).matchAll(/<testcase name="([^"]*)" classname="P2P"/g)].map((m) => m[1]!);
    assertApart('junit', junit, CALLS);
    assert.ok(junit.includes('ab') && junit.includes('a\\u0001b') && junit.includes('a\\u00adb') && junit.includes('\\u200b'), junit.join(' | '));
    const csv = report('csv', sort).trimEnd().split('\r\n').slice(1).map((line) => line.split(',')[0]!);
    assertApart('csv', csv, CALLS);
    const table = report('table', sort)
      .split('\n')
      .filter((line) => /^│ (POOR|good) /.test(line))
      .map((line) => line.split('│')[2]!.trim());
    assertApart('table', table, CALLS);
  });
}

test('Markdown rows and GitHub annotations of the poor calls name each apart: a reader can tell which call failed', () => {
  const rows = report('markdown')
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => /^\| (`+) ?(.*?) ?\1 \|/.exec(line)![2]!);
  assertApart('markdown', rows, POOR);
  assert.ok(rows.includes('\\u200b'), rows.join(' | '));
  const titles = [...report('github').matchAll(/^::error title=Poor call ([^:]*)::/gm)].map((m) => m[1]!);
  assertApart('github', titles, POOR);
});
