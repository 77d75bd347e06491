import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { assertMatchesSchema } from '../support/json-schemas.js';
import { runJson } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

/**
 * Every JSON document summarize and call write of samples/ (each flag that changes what the document holds, and
 * every call), validated against a strict copy of schema/summary.schema.json and schema/call.schema.json: a field
 * the code writes that the types (which generate the schemas) do not describe fails, as does a value of another
 * type (a null where the type says number). Exit 1 (a gate crossed) still prints the document.
 */
const GATES = ['--fail-on-poor', '--fail-on-unknown', '--max-poor-calls', '10%', '--max-poor-streams', '1', '--max-failed-calls', '0'];

const SUMMARIZE_RUNS: Record<string, { args: string[]; status: 0 | 1 }> = {
  plain: { args: [], status: 0 },
  verbose: { args: ['--verbose'], status: 0 },
  'gates crossed': { args: GATES, status: 1 },
  'gates as shares, passed': { args: ['--max-poor-calls', '90%', '--max-poor-streams', '50%', '--max-failed-calls', '100%'], status: 0 },
  'only poor, limit 2': { args: ['--only-poor', '--limit', '2'], status: 0 },
  'sorted by start, limit 1': { args: ['--sort', 'start', '--limit', '1'], status: 0 },
  window: { args: ['--since', '2026-11-20T08:00Z', '--until', '2026-11-20T09:03Z'], status: 0 },
  'window without a call, gates': { args: ['--since', '2030-01-01', '--fail-on-poor', '--max-failed-calls', '0'], status: 0 },
  'a limit turned off, one changed': { args: ['--threshold', 'jitterAvg.Video=off', '--threshold', 'roundTripTimeAvg=900'], status: 0 },
  'two threads': { args: ['--threads', '2', '--max-poor-calls', '1'], status: 1 },
};

const ids: string[] = [];

for (const [name, { args, status }] of Object.entries(SUMMARIZE_RUNS)) {
  test(`summarize samples/ (${name}): valid against the summary schema`, () => {
    const { result, json } = runJson<SummaryDocument>(['summarize', 'samples/', '--quiet', ...args]);
    assert.equal(result.status, status, result.stderr);
    assertMatchesSchema('summary', json, `summarize samples/ ${args.join(' ')}`);
    if (name === 'plain') ids.push(...json.calls.map((c) => c.correlationId));
  });
}

test('what the runs above cover: byFile, gates crossed and passed, a window, a short listing, a null limit', () => {
  const gates = ['--fail-on-poor', '--max-poor-calls', '90%'];
  const verbose = runJson<SummaryDocument>(['summarize', 'samples/', '--quiet', '--verbose', ...gates, '--since', '2026-11-20T08:00Z', '--only-poor', '--limit', '2']);
  assert.equal(verbose.result.status, 1, verbose.result.stderr);
  assertMatchesSchema('summary', verbose.json, 'summarize samples/ with every option at once');
  const { input, selection, listing, calls } = verbose.json;
  assert.ok(input.byFile!.length > 1);
  assert.deepEqual(verbose.json.gates.map((g) => [g.gate, g.crossed, g.unit]), [['max-poor-calls', false, 'percent'], ['fail-on-poor', true, 'count']]);
  assert.equal(selection!.since, '2026-11-20T08:00:00.000Z');
  assert.equal(selection!.until, null);
  assert.deepEqual([listing!.limit, listing!.onlyPoor, calls.length], [2, true, 2]);
  assert.ok(calls.some((c) => c.failedLegs.length > 0) || verbose.json.totals.failedCalls > 0);
  const off = runJson<SummaryDocument>(['summarize', 'samples/', '--quiet', '--threshold', 'jitterAvg.Video=off']).json;
  assert.equal(off.thresholds.jitterAvg!.Video, null);
});

test('summarize --report json=<file> writes the same document, valid too', () => {
  const file = join(scratchDir('json-schema-'), 'summary.json');
  const { result, json } = runJson<SummaryDocument>(['summarize', 'samples/', '--quiet', '--report', `json=${file}`]);
  assert.equal(result.status, 0, result.stderr);
  const written: unknown = JSON.parse(readFileSync(file, 'utf8'));
  assert.deepEqual(written, json);
  assertMatchesSchema('summary', written, `summarize --report json=${file}`);
});

test('call <id> samples/: every call of the samples, valid against the call schema', () => {
  if (ids.length === 0) ids.push(...runJson<SummaryDocument>(['summarize', 'samples/', '--quiet']).json.calls.map((c) => c.correlationId));
  assert.equal(ids.length, 8);
  const qualities = new Set<string>();
  for (const id of ids) {
    const { result, json } = runJson<CallDocument>(['call', id, 'samples/']);
    assert.equal(result.status, 0, `${id}: ${result.stderr}`);
    assertMatchesSchema('call', json, `call ${id} samples/`);
    assert.equal(json.correlationId, id);
    qualities.add(json.quality);
  }
  assert.deepEqual([...qualities].sort(), ['good', 'poor', 'unknown']);
});

test('call by a leg id, with --verbose and with gates crossed: valid against the call schema', () => {
  const LEG = '2aaed7ee-c815-46c7-a198-9c11109f5308'; // a60ad5d9's first Android leg, dropped
  const DEVICE = '816d30e1-039e-49bc-889a-2bc5cf6b0de7'; // its endpoint, rejoined as leg 9d64fef3
  const runs: Array<{ args: string[]; status: 0 | 1 }> = [
    { args: [LEG.slice(0, 8), 'samples/'], status: 0 },
    { args: [DEVICE, 'samples/', '--verbose'], status: 0 },
    { args: ['ad9b017d', 'samples/', '--fail-on-poor', '--fail-on-unknown'], status: 1 },
    { args: ['959b96af', 'samples/', '--fail-on-unknown', '--threshold', 'jitterAvg.Video=off'], status: 1 },
  ];
  for (const { args, status } of runs) {
    const { result, json } = runJson<CallDocument>(['call', ...args]);
    assert.equal(result.status, status, `${args.join(' ')}: ${result.stderr}`);
    assertMatchesSchema('call', json, `call ${args.join(' ')}`);
  }
  const byLeg = runJson<CallDocument>(['call', LEG.slice(0, 8), 'samples/']).json;
  assert.deepEqual(byLeg.matchedLeg, { field: 'participantId', id: LEG });
  const byDevice = runJson<CallDocument>(['call', DEVICE, 'samples/', '--verbose']).json;
  assert.equal(byDevice.matchedLeg?.field, 'endpointId');
  assert.ok(byDevice.input.byFile!.some((f) => (f.filtered ?? 0) > 0), 'byFile of call carries filtered');
});
