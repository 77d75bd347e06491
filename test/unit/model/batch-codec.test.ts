import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { decodeBatch, encodeBatch } from '../../../src/model/batch-codec.js';
import { type BatchResult, processLineBatch } from '../../../src/model/process-line-batch.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const SETTINGS = { held: null, maxRecordBytes: 1 << 20, needles: null };

/** What crosses from a worker: encoded, moved, decoded. */
function roundTrip(result: BatchResult): BatchResult {
  const encoded = encodeBatch(result);
  return decodeBatch({ text: encoded.text, tags: encoded.tags.slice(), numbers: encoded.numbers.slice() });
}

test('batch codec: every item of real batches comes back equal, key order included (all categories, invalid and ignored lines)', () => {
  const files = [
    'samples/event-hubs/acs-diagnostics-consumer-dump-2026-11-20.jsonl',
    'test/fixtures/fleet/fleet-calls.jsonl',
    'samples/storage-account/insights-logs-callclientoperations/resourceId=/SUBSCRIPTIONS/3A51C21A-AA9A-4D68-805F-CFFBCEAC6F54/RESOURCEGROUPS/RG-CONTOSO-COMMS/PROVIDERS/MICROSOFT.COMMUNICATION/COMMUNICATIONSERVICES/ACS-CONTOSO-PROD/y=2026/m=11/d=20/h=09/m=00/PT1H.json',
  ];
  const extra = Buffer.from('{"not json\n[1,2]\n{"category":"Usage","correlationId":"u"}\n{"category":"CallSurvey","properties":{"CallId":"c","SurveyId":"s","OverallRatingScore":"2","AudioIssues":"Echo"}}\n');
  let items = 0;
  for (const bytes of [...files.map((f) => readFileSync(`${ROOT}${f}`)), extra]) {
    const result = processLineBatch(bytes, { file: 'f.jsonl', line: 1 }, SETTINGS);
    items += result.items.length;
    const back = roundTrip(result);
    assert.deepStrictEqual(back, result);
    assert.equal(JSON.stringify(back), JSON.stringify(result));
  }
  assert.ok(items > 30, `${items} items`);
});

const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom('\ud800', '\udfff x', '\u0000', '\u001b[2J', '\u202e', '__proto__', 'constructor', ''),
);
const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, Number.NaN, Number.POSITIVE_INFINITY, 1e300));
const field = fc.oneof(hostile, number, fc.constant(null), fc.constant(undefined), fc.boolean());

test('batch codec: any strings (lone surrogates, controls), numbers (-0, NaN, ±Infinity), null, undefined, booleans and payloads survive', () => {
  const item = fc.record({
    kind: fc.constant('record'),
    record: fc.record({
      category: fc.constant('CallClientOperations'),
      correlationId: hostile,
      time: number,
      operationName: field,
      metrics: fc.dictionary(fc.constantFrom('jitterAvg', 'roundTripTimeAvg'), number),
      payload: fc.oneof(fc.jsonValue({ maxDepth: 3 }), field),
    }),
    fingerprint: hostile,
  });
  const invalid = fc.record({ kind: fc.constant('invalid'), at: fc.record({ file: hostile, line: fc.nat() }), reason: hostile });
  fc.assert(
    fc.property(fc.array(fc.oneof(item, invalid), { maxLength: 12 }), fc.nat(), (items, filtered) => {
      // fast-check's records have no prototype; a batch's items are plain objects.
      const result = structuredClone({ items, filtered }) as unknown as BatchResult;
      const back = roundTrip(result);
      // A payload crosses as JSON text, as it did before: equal as JSON (-0 is 0 there); everything else exactly.
      const withoutPayload = (r: BatchResult) =>
        r.items.map((i) => (i.kind === 'record' ? { ...i, record: { ...i.record, payload: JSON.stringify((i.record as { payload?: unknown }).payload) } } : i));
      assert.deepStrictEqual(withoutPayload(back), withoutPayload(result));
      assert.equal(back.filtered, filtered);
    }),
    { numRuns: 300, seed: 20261126 },
  );
});

test('batch codec: a shape whose keys are not plain names is refused, never turned into code', () => {
  for (const key of ['__proto__', 'a-b', 'x}; process.exit(1); ({y', '']) {
    const record = JSON.parse(`{${JSON.stringify(key)}: 1}`) as Record<string, unknown>;
    assert.throws(() => encodeBatch({ items: [{ kind: 'record', record, fingerprint: 'f' }] as unknown as BatchResult['items'], filtered: 0 }), /not a plain name/);
  }
});

test('batch codec: with code from strings turned off, items are built key by key, the same', async () => {
  const { spawnSync } = await import('node:child_process');
  const codec = new URL('../../../src/model/batch-codec.js', import.meta.url).href;
  const script = `
    const { encodeBatch, decodeBatch } = await import(${JSON.stringify(codec)});
    const result = { items: [{ kind: 'record', record: { category: 'CallDiagnostics', correlationId: 'c', metrics: { jitterAvg: 1.5 } }, fingerprint: 'f' }], filtered: 2 };
    process.stdout.write(JSON.stringify(decodeBatch(encodeBatch(result))) === JSON.stringify(result) ? 'same' : 'different');
  `;
  const run = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(run.stderr, '');
  assert.equal(run.stdout, 'same');
});
