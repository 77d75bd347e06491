import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runCli } from '../support/run-cli.js';

/**
 * test/fixtures/input/article-group-call-missing-comma*.json: the group call of the ACS logs article (its three
 * call summaries and four stream diagnostics), each record its shared fields, operation fields and `properties` as
 * the article prints them, pretty-printed; the last diagnostic is the article's own "Server" stream, whose
 * `"endpointType": "Server"` has no comma after it. A support engineer fixing the export by hand is sent to that
 * line, not to the record's `{` lines above it.
 */
const FIXTURE = 'test/fixtures/input/article-group-call-missing-comma';
const CALL = '341acde7-8aa5-445b-a3da-2ddadca47d22';
const REASON = "not JSON: Expected ',' or '}' after property value";

/** Each layout: the file, its shape, the line of the record's `{` and the line of "Server" without its comma. */
const LAYOUTS: Array<{ file: string; shape: string; from: number; fault: number }> = [
  { file: `${FIXTURE}.json`, shape: 'json-array', from: 140, fault: 151 },
  { file: `${FIXTURE}.json.gz`, shape: 'json-array', from: 140, fault: 151 },
  { file: `${FIXTURE}-utf16.json.gz`, shape: 'json-array', from: 140, fault: 151 }, // UTF-16LE with a BOM, gzipped
  { file: `${FIXTURE}-stream.json`, shape: 'json-stream', from: 139, fault: 150 }, // the records one after another (jq .)
  { file: `${FIXTURE}-envelope.json`, shape: 'records-envelope', from: 141, fault: 152 }, // {"records": [ … ]}
];

test('a pretty record with a comma missing is named at the line of the fault, saying where it starts, in every layout', () => {
  for (const { file, shape, from, fault } of LAYOUTS) {
    const result = runCli(['summarize', file, '--format', 'json']);
    assert.equal(result.status, 0, `${file}: ${result.stderr}`);
    assert.equal(result.stderr, `warning: ${file}:${fault}: invalid record: ${REASON}, in the record that starts on line ${from}\n`, file);
    const input = (JSON.parse(result.stdout) as SummaryDocument).input;
    assert.deepEqual([input.shapes, input.read, input.used, input.invalid], [{ [shape]: 1 }, 7, 6, 1], file);
    // call, whose prefilter reads each element's text before it is parsed, names the same place.
    const call = runCli(['call', CALL, file]);
    assert.match(call.stderr, new RegExp(`^warning: ${file.replaceAll('.', '\\.')}:${fault}: invalid record: `, 'm'), file);
  }
});

test('--strict names the first invalid record at its fault line, on stderr and in JUnit', () => {
  const file = `${FIXTURE}.json`;
  const said = `1 invalid record (at ${file}:151: ${REASON}, in the record that starts on line 140)`;
  const result = runCli(['summarize', file, '--strict']);
  assert.equal(result.status, 2);
  assert.ok(result.stderr.endsWith(`\nacs-calllogs: --strict: ${said}, so exit 2\n`), result.stderr);
  const junit = runCli(['summarize', file, '--strict', '--format', 'junit']);
  assert.equal(junit.status, 2);
  assert.ok(junit.stdout.includes(`<failure message="--strict: ${said}" type="invalid-input">`), junit.stdout);
});
