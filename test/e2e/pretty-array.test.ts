import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { ROOT, runCli } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

/** The resource-log samples of the storage account, as JSON Lines: every record of them, in one file. */
const STORAGE = 'samples/storage-account';
const scratch = scratchDir('pretty-');
after(() => rmSync(scratch, { recursive: true, force: true }));

const lines = readdirSync(join(ROOT, STORAGE), { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('PT1H.json'))
  .sort()
  .flatMap((path) => readFileSync(join(ROOT, STORAGE, path), 'utf8').replace(/^\ufeff/, '').split(/\r?\n/))
  .filter((line) => line.trim() !== '');
const records = lines.map((line) => JSON.parse(line) as unknown);
const jsonLines = join(scratch, 'records.jsonl');
writeFileSync(jsonLines, `${lines.join('\n')}\n`);

/** `summarize --format json` on one file, with the input's shapes left out (the one field that names the layout). */
function summary(file: string): string {
  const result = runCli(['summarize', file, '--format', 'json']);
  assert.equal(result.status, 0, result.stderr);
  const json = JSON.parse(result.stdout) as { input: { shapes?: unknown } };
  delete json.input.shapes;
  return JSON.stringify(json);
}

test('summarize gives the same JSON for a pretty-printed array as for the JSON Lines of the same records, in every layout', () => {
  assert.ok(records.length > 10);
  const expected = summary(jsonLines);
  const pretty = (indent: string, eol: string) =>
    `[${eol}${records.map((r) => indent + JSON.stringify(r, null, 2).replaceAll('\n', `${eol}${indent}`)).join(`,${eol}`)}${eol}]${eol}`;
  const layouts: Record<string, string | Buffer> = {
    'indent-0.json': pretty('', '\n'),
    'indent-2.json': pretty('  ', '\n'),
    'bom-crlf.json': `\ufeff${pretty('    ', '\r\n')}`,
    'envelope.json': `{\n  "records": ${pretty('    ', '\n').replace(/\n\]\n$/, '\n  ]')}\n}\n`,
    'gzipped.json': gzipSync(pretty('  ', '\n')),
  };
  for (const [name, content] of Object.entries(layouts)) {
    const file = join(scratch, name);
    writeFileSync(file, content);
    assert.equal(summary(file), expected, name);
  }
});

test('a broken element inside a pretty array is one invalid record at the line of its fault; the others are read', () => {
  const elements = records.map((r) => `  ${JSON.stringify(r, null, 2).replaceAll('\n', '\n  ')}`);
  elements[3] = elements[3]!.replace(/",\n/, '"\n'); // a comma missing inside the fourth element
  const file = join(scratch, 'broken.json');
  writeFileSync(file, `[\n${elements.join(',\n')}\n]\n`);
  const line = 2 + elements.slice(0, 3).reduce((n, e) => n + e.split('\n').length, 0);
  const result = runCli(['summarize', file, '--format', 'json']);
  assert.equal(result.status, 0, result.stderr);
  // At the line whose value lacks its comma (the element's first key, a line after its `{`), not at the `{`.
  const said = `broken.json:${line + 1}: invalid record: not JSON: Expected ',' or '}' after property value, in the record that starts on line ${line}\n`;
  assert.ok(result.stderr.includes(said), result.stderr);
  const json = JSON.parse(result.stdout) as { input: { records: number; invalid: number } };
  assert.equal(json.input.invalid, 1);
  assert.equal(json.input.records, records.length - 1);
});
