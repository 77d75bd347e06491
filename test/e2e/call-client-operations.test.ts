import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runCli, runJson } from '../support/run-cli.js';

// The client operations of `call`'s story: what a failed one's payload says (its subcode, as summarize counts it).

const FLEET = 'test/fixtures/fleet/fleet-calls.jsonl';

test('a failed operation\'s payload subcode (403/41001) is in call\'s text, markdown and JSON, as summarize counts it', () => {
  const { json: summary } = runJson<SummaryDocument>(['summarize', FLEET]);
  const startVideo = summary.breakdowns!.reliability.operations.find((o) => o.operation === 'StartVideo')!;
  assert.ok(startVideo.failuresByCode.some((f) => f.code === '403' && f.subCode === '41001'), 'summarize reads it');

  const { result, json } = runJson<CallDocument>(['call', 'aaaa0001', FLEET]);
  assert.equal(result.status, 0, result.stderr);
  const failed = json.operations.filter((o) => o.failed);
  assert.deepEqual(failed.map((o) => [o.operationName, o.resultSignature, o.subCode]), [['StartVideo', '403', '41001']]);
  // Only a failure's: a succeeded operation has none, whatever its payload.
  assert.ok(json.operations.filter((o) => !o.failed).every((o) => o.subCode === null));

  const text = runCli(['call', 'aaaa0001', FLEET]).stdout;
  assert.match(text, /\n {2}leg pa2-0000: StartVideo Failed \(403\/41001\) at \+2m 00s\n/);
  assert.match(text, /\n +\+2m 00s {2}pa2-0000 {2}StartVideo +Failed 403\/41001 {2}100 ms\n/);

  const markdown = runCli(['call', 'aaaa0001', FLEET, '--format', 'markdown']).stdout;
  assert.match(markdown, /\| StartVideo \| \*\*Failed 403\/41001\*\* \| 100 ms \|/);
  assert.match(markdown, /- leg pa2-0000: StartVideo Failed \(403\/41001\) at \+2m 00s\n/);
});
