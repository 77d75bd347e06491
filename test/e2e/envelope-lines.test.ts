import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runCli, runJson } from '../support/run-cli.js';

// Event Hubs envelopes one a line, as a consumer dumps its events: line 1 holds records of two calls, line 2 a broken
// record (a missing comma) of call B beside a record of each call, line 3 a broken plain record of call B.
const FILE = 'test/fixtures/input/eventhubs-envelopes-broken.jsonl';
const A = '341acde7-8aa5-445b-a3da-2ddadca47d22';
const B = '8d1a8374-344d-4502-b54b-ba2d6daaf0ae';

type Counts = { read: number; used: number; duplicates: number; superseded: number; ignored: number; invalid: number; filtered?: number };
const parts = (c: Counts) => c.used + c.duplicates + c.superseded + c.ignored + c.invalid + (c.filtered ?? 0);

test('summarize: a broken record of an envelope on one line costs itself, not the envelope; one thread or two alike', () => {
  const outputs = ['1', '2'].map((threads) => {
    const result = runCli(['summarize', FILE, '--format', 'json', '--threads', threads]);
    assert.equal(result.status, 0, result.stderr);
    const input = (JSON.parse(result.stdout) as SummaryDocument).input;
    assert.deepEqual([input.read, input.used, input.invalid], [7, 5, 2], `--threads ${threads}`);
    assert.equal(parts(input), input.read);
    assert.match(result.stderr, /warning: \S+eventhubs-envelopes-broken\.jsonl:2: invalid record: .*\nwarning: \S+eventhubs-envelopes-broken\.jsonl:3: invalid record: /);
    return result.stdout;
  });
  assert.equal(outputs[1], outputs[0]);
});

test("call <id>: an envelope's records of other calls are filtered, not used; the call's record beside a broken one is read", () => {
  const a = runJson<CallDocument>(['call', A, FILE]);
  assert.equal(a.result.status, 0, a.result.stderr);
  assert.deepEqual([a.json.participants.length, a.json.streams.length], [1, 1], 'the CallDiagnostics of line 2 too');
  assert.deepEqual([a.json.input.read, a.json.input.used, a.json.input.filtered, a.json.input.invalid], [7, 2, 5, 0]);
  const b = runJson<CallDocument>(['call', B, FILE]);
  assert.equal(b.result.status, 0, b.result.stderr);
  assert.deepEqual([b.json.input.read, b.json.input.used, b.json.input.filtered, b.json.input.invalid], [7, 3, 2, 2]);
  for (const { json } of [a, b]) assert.equal(parts(json.input), json.input.read);
});
