import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runJson } from '../support/run-cli.js';

test("a CSV saved by PowerShell's Export-Csv (#TYPE line) or by Excel (sep=; line) is read, not skipped", () => {
  for (const name of ['powershell-export-type-line.csv', 'excel-sep-line.csv']) {
    const { result, json } = runJson<SummaryDocument>(['summarize', `test/fixtures/input/${name}`, '--strict']);
    assert.equal(result.status, 0, `${name}: ${result.stderr}`);
    assert.deepEqual([json.input.read, json.input.used, json.input.invalid, json.totals.calls], [3, 3, 0, 2], name);
    assert.deepEqual(json.input.shapes, { csv: 1 }, name);
  }
});

test('a `sep=<tab>` line names the tab, LF or CRLF: the CSV after it is read, not refused as "starts sep="', () => {
  for (const name of ['excel-sep-tab-line.csv', 'excel-sep-tab-line-crlf.csv']) {
    const { result, json } = runJson<SummaryDocument>(['summarize', `test/fixtures/input/${name}`]);
    assert.equal(result.status, 0, `${name}: ${result.stderr}`);
    assert.deepEqual([json.input.read, json.input.used, json.input.invalid, json.totals.calls], [2, 2, 0, 1], name);
    assert.deepEqual(json.input.shapes, { csv: 1 }, name);
  }
});
