import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { ROOT, runCli } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

/** Exports rewritten by jq, as users do to look at them, then handed to the tool: read like the files jq read. */
const scratch = scratchDir('jq-');
after(() => rmSync(scratch, { recursive: true, force: true }));

const QUERY_API = 'samples/log-analytics/query-api-callsummary-959b96af.json';
const STORAGE = 'samples/storage-account';
const EVENT_HUBS = 'samples/event-hubs/acs-diagnostics-consumer-dump-2026-11-20.jsonl';

/** The lines of the resource-log samples of the storage account: every record of them, as JSON Lines. */
const lines = readdirSync(join(ROOT, STORAGE), { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('PT1H.json'))
  .sort()
  .flatMap((path) => readFileSync(join(ROOT, STORAGE, path), 'utf8').replace(/^\ufeff/, '').split(/\r?\n/))
  .filter((line) => line.trim() !== '');
const jsonLines = join(scratch, 'records.jsonl');
writeFileSync(jsonLines, `${lines.join('\n')}\n`);

/** What `jq .` writes for JSON Lines (or `jq '.[]'` for an array): each value pretty, one after another. */
function jqPretty(texts: string[], indent: string | number = 2, eol = '\n'): string {
  return texts.map((text) => `${JSON.stringify(JSON.parse(text), null, indent).replaceAll('\n', eol)}${eol}`).join('');
}

type InputBlock = SummaryDocument['input'];

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

test('jq . of JSON Lines, in any of jq\'s layouts, gives the summary of the JSON Lines: a record each, the counts adding up', () => {
  const expected = summary(jsonLines);
  assert.deepEqual(expected.shapes, { 'json-lines': 1 });
  const layouts: Record<string, string | Buffer> = {
    'jq.json': jqPretty(lines),
    'jq-tab.json': jqPretty(lines, '\t'),
    'jq-S-indent-4.json': jqPretty(lines.map((line) => JSON.stringify(sortKeys(JSON.parse(line)))), 4),
    'jq-bom-crlf.json': `\ufeff${jqPretty(lines, 2, '\r\n')}`,
    'jq.json.gz': gzipSync(jqPretty(lines)),
    'jq-one-record.json': jqPretty(lines.slice(0, 1)), // a one-line export
  };
  for (const [name, content] of Object.entries(layouts)) {
    const file = join(scratch, name);
    writeFileSync(file, content);
    const got = summary(file);
    assert.deepEqual(got.shapes, { 'json-stream': 1 }, name);
    if (name !== 'jq-one-record.json') assert.equal(got.rest, expected.rest, name);
    const input = (JSON.parse(got.rest) as { input: InputBlock }).input;
    assert.equal(input.read, name === 'jq-one-record.json' ? 1 : lines.length, name);
    assert.equal(input.read, input.used + input.ignored + input.duplicates + input.superseded + input.invalid, name);
  }
});

test('in jq . output, a record broken by hand is one invalid record named by file and the line of its fault; the others are read', () => {
  const records = lines.map((line) => JSON.stringify(JSON.parse(line), null, 2));
  records[3] = records[3]!.replace(/",\n/, '"\n'); // a comma lost inside the fourth record
  const file = join(scratch, 'broken.json');
  writeFileSync(file, `${records.join('\n')}\n`);
  const line = 1 + records.slice(0, 3).reduce((n, r) => n + r.split('\n').length, 0);
  const result = runCli(['summarize', file, '--format', 'json']);
  assert.equal(result.status, 0, result.stderr);
  // At the line whose value lacks its comma (the record's first key, a line after its `{`), not at the `{`.
  const said = `broken.json:${line + 1}: invalid record: not JSON: Expected ',' or '}' after property value, in the record that starts on line ${line}\n`;
  assert.ok(result.stderr.includes(said), result.stderr);
  const input = (JSON.parse(result.stdout) as { input: InputBlock }).input;
  assert.deepEqual([input.read, input.invalid, input.shapes], [lines.length, 1, { 'json-stream': 1 }]);
  assert.equal(input.read, input.used + input.ignored + input.duplicates + input.superseded + input.invalid);
  assert.equal(runCli(['summarize', file, '--strict']).status, 2);
});

test('jq -c of an array is JSON Lines, and jq . of Event Hubs envelopes a line each is read as the envelopes', () => {
  const array = join(scratch, 'array.json');
  writeFileSync(array, `[${lines.join(',')}]`);
  const compact = join(scratch, 'jq-c.json');
  writeFileSync(compact, lines.map((line) => `${JSON.stringify(JSON.parse(line))}\n`).join(''));
  assert.deepEqual(summary(compact), { ...summary(array), shapes: { 'json-lines': 1 } });
  const envelopes = readFileSync(join(ROOT, EVENT_HUBS), 'utf8').split('\n').filter((line) => line.trim() !== '');
  const pretty = join(scratch, 'jq-envelopes.json');
  writeFileSync(pretty, jqPretty(envelopes));
  assert.deepEqual(summary(pretty), { ...summary(join(ROOT, EVENT_HUBS)), shapes: { 'records-envelope': 1 } });
});
