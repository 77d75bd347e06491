import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runCli, runJson } from '../support/run-cli.js';

test('summarize and call read a query response written {"Results":[…]} (Power Automate, scripts), pretty or on one line', () => {
  for (const name of ['query-results-array.json', 'query-results-array-one-line.json']) {
    const { result, json } = runJson<SummaryDocument>(['summarize', `test/fixtures/input/${name}`, '--strict']);
    assert.equal(result.status, 0, `${name}: ${result.stderr}`);
    assert.deepEqual([json.input.read, json.input.used, json.input.invalid, json.totals.calls], [3, 3, 0, 1], name);
    const call = runCli(['call', '341acde7', `test/fixtures/input/${name}`]);
    assert.equal(call.status, 0, `${name}: ${call.stderr}`);
    assert.match(call.stdout, /341acde7-8aa5-445b-a3da-2ddadca47d22/);
  }
});
