import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ROOT, runCli } from '../support/run-cli.js';

/** Exports rewritten by jq, as users do to look at them, then handed to the tool: read like the files jq read. */
const scratch = mkdtempSync(join(tmpdir(), 'acs-jq-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const QUERY_API = 'samples/log-analytics/query-api-callsummary-959b96af.json';

/** `summarize --format json` on one file: its exit code, its JSON with the input's shapes apart (the one field that names the layout). */
function summary(file: string): { shapes: unknown; rest: string } {
  const result = runCli(['summarize', file, '--format', 'json']);
  assert.equal(result.status, 0, result.stderr);
  const json = JSON.parse(result.stdout) as { input: { shapes?: unknown } };
  const shapes = json.input.shapes;
  delete json.input.shapes;
  return { shapes, rest: JSON.stringify(json) };
}

/** What `jq -S` does to a value: every object's keys in order. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const object = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(object).sort().map((key) => [key, sortKeys(object[key])]));
}

test('a query API response on one line whose first key is not "tables" (jq -cS, or "statistics" first) is a query API response', () => {
  const response = JSON.parse(readFileSync(join(ROOT, QUERY_API), 'utf8')) as Record<string, unknown>;
  const expected = summary(join(ROOT, QUERY_API));
  assert.deepEqual(expected.shapes, { 'query-api': 1 });
  const withStatistics = { ...response, statistics: { query: { executionTime: 0.104 } }, render: { visualization: 'table' } };
  const layouts: Record<string, string> = {
    'sorted.json': `${JSON.stringify(sortKeys(response))}\n`, // "tables" still first: read before too
    'sorted-with-statistics.json': `${JSON.stringify(sortKeys(withStatistics))}\n`,
    'statistics-first.json': JSON.stringify({ statistics: withStatistics.statistics, ...response }),
  };
  for (const [name, content] of Object.entries(layouts)) {
    const file = join(scratch, name);
    writeFileSync(file, content);
    assert.deepEqual(summary(file), expected, name);
  }
});
