import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { loadCalls } from '../../../src/model/load-calls.js';
import { byQuality } from '../../../src/rules/call-row.js';
import { judgeCallChunks, judgeCalls, type JudgedCalls, mergeJudgedCalls } from '../../../src/rules/judge-calls.js';
import { defaultThresholds } from '../../../src/rules/thresholds.js';
import { wilsonInterval } from '../../../src/rules/breakdowns/wilson-interval.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** A judgement as summarize reads it: rows in listing order. */
const canonical = (judged: JudgedCalls) => JSON.stringify({ ...judged, rows: [...judged.rows].sort(byQuality) });
const thresholds = defaultThresholds();
/** Open, and an hour that leaves some calls out. */
const WINDOWS = [
  { since: null, until: null },
  { since: Date.parse('2026-11-20T09:00:00Z'), until: Date.parse('2026-11-20T10:00:00Z') },
];

/** The samples and the fleet fixture: every end code, operation, UFD, OS family and transport the breakdowns count. */
async function sampleCalls() {
  const { calls } = await loadCalls([join(ROOT, 'samples'), join(ROOT, 'test/fixtures/fleet')], { mediaQualityOnly: true });
  assert.ok(calls.length >= 8);
  return calls;
}

test('calls split into parts any way (each call whole in one part) judge and merge to the judgement of them all', async () => {
  const calls = await sampleCalls();
  for (const window of WINDOWS) {
    const whole = canonical(judgeCalls(calls, thresholds, window));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(fc.nat(), { minLength: calls.length, maxLength: calls.length }), (parts, picks) => {
        const split = Array.from({ length: parts }, () => [] as typeof calls);
        calls.forEach((call, i) => split[picks[i]! % parts]!.push(call));
        const merged = mergeJudgedCalls(split.map((part) => judgeCalls(part, thresholds, window)));
        assert.equal(canonical(merged), whole);
      }),
      { numRuns: 60, seed: 20261126 },
    );
  }
});

test('calls judged a chunk at a time are calls judged whole, and no chunks are no calls', async () => {
  const calls = await sampleCalls();
  for (const window of WINDOWS) {
    const whole = canonical(judgeCalls(calls, thresholds, window));
    // Chunks of one call, of a few (the last one short), of all.
    for (const size of [1, 3, calls.length]) {
      const chunks = Array.from({ length: Math.ceil(calls.length / size) }, (_, i) => calls.slice(i * size, i * size + size));
      assert.equal(canonical(judgeCallChunks(chunks, thresholds, window)), whole, `chunks of ${size}`);
    }
  }
  assert.equal(canonical(judgeCallChunks([], thresholds, WINDOWS[0]!)), canonical(judgeCalls([], thresholds, WINDOWS[0]!)));
});

test('merging adds the counts of a breakdown row that two parts share, and works its rate out again', () => {
  const open = { since: null, until: null };
  const empty = judgeCalls([], thresholds, open);
  const row = (key: string, total: number, poor: number) => ({ key, total, poor, rate: poor / total, interval: wilsonInterval(poor, total)! });
  const a: JudgedCalls = { ...empty, breakdowns: { ...empty.breakdowns, streams: { ...empty.breakdowns.streams, byMediaType: [row('Audio', 4, 1)] } } };
  const b: JudgedCalls = {
    ...empty,
    outside: 2,
    breakdowns: { ...empty.breakdowns, streams: { ...empty.breakdowns.streams, byMediaType: [row('Video', 2, 2), row('Audio', 4, 3)] } },
  };
  const merged = mergeJudgedCalls([a, b]);
  assert.deepEqual(merged.breakdowns.streams.byMediaType, [row('Video', 2, 2), row('Audio', 8, 4)]);
  assert.equal(merged.outside, 2);
});
