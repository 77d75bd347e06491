import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../../../src/input/read-inputs.js';
import { loadCalls } from '../../../src/model/load-calls.js';
import { scratchDir } from '../../support/scratch-dir.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** Every record of the inputs, as one JSON line each (so that any shape's records can be put in any order). */
async function recordLines(inputs: string[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const event of readInputs(inputs)) if (event.kind === 'record') lines.push(JSON.stringify(event.value));
  return lines;
}

/** Two records of one leg and of one stream that are not duplicates, and two *Updates versions of one number. */
const TIES = [
  '{"category":"CallSummary","correlationId":"71e00000-0000-4000-8000-000000000001","properties":{"participantId":"p1","endpointId":"e1","participantStartTime":"2026-11-20T12:00:00Z","callType":"P2P","sdkVersion":"1.0"}}',
  '{"category":"CallSummary","correlationId":"71e00000-0000-4000-8000-000000000001","properties":{"participantId":"p1","endpointId":"e1","participantStartTime":"2026-11-20T12:00:00Z","callType":"Group","sdkVersion":"2.0"}}',
  '{"category":"CallDiagnostics","correlationId":"71e00000-0000-4000-8000-000000000001","properties":{"participantId":"p1","endpointId":"e1","mediaType":"Audio","streamId":"1","jitterAvg":"99"}}',
  '{"category":"CallDiagnostics","correlationId":"71e00000-0000-4000-8000-000000000001","properties":{"participantId":"p1","endpointId":"e1","mediaType":"Audio","streamId":"1","roundTripTimeAvg":"900"}}',
  '{"Type":"ACSCallSummaryUpdates","CorrelationId":"71e00000-0000-4000-8000-000000000002","ParticipantId":"p2","EndpointId":"e2","CallType":"P2P","CallUpdatesVersion":"3","ParticipantEndReason":"0"}',
  '{"Type":"ACSCallSummaryUpdates","CorrelationId":"71e00000-0000-4000-8000-000000000002","ParticipantId":"p2","EndpointId":"e2","CallType":"P2P","CallUpdatesVersion":"3","ParticipantEndReason":"487"}',
];

/** A seeded shuffle (mulberry32), so that a failure names a reproducible order. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

test('the same records in any order build the same calls: legs, streams and versions tied on every key are ordered by content', async () => {
  const lines = [...(await recordLines(['samples', 'test/fixtures/updates', 'test/fixtures/fleet'].map((dir) => join(ROOT, dir)))), ...TIES];
  assert.ok(lines.length > 150);
  const dir = scratchDir('order-');
  try {
    const callsOf = async (order: string[], name: string) => {
      const path = join(dir, name);
      writeFileSync(path, `${order.join('\n')}\n`);
      const { calls, counts } = await loadCalls([path]);
      // The list of calls is in the order they were met (summarize and call order what they show themselves).
      calls.sort((a, b) => (a.correlationId < b.correlationId ? -1 : 1));
      return JSON.stringify({ calls, used: counts.used, duplicates: counts.duplicates, superseded: counts.superseded });
    };
    const first = await callsOf(lines, 'as-read.jsonl');
    assert.equal(await callsOf([...lines].reverse(), 'reversed.jsonl'), first, 'reversed');
    for (const seed of [1, 2, 3, 4, 5]) assert.equal(await callsOf(shuffled(lines, seed), `seed-${seed}.jsonl`), first, `shuffled with seed ${seed}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
