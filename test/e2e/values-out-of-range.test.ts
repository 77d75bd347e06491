import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runJson } from '../support/run-cli.js';

/** A CallSummary record of call `id` whose one leg lasts `participantDuration`, the call `callDuration`. */
const leg = (id: string, callDuration: unknown, participantDuration: unknown) =>
  JSON.stringify({
    time: '2026-11-20T09:10:00Z',
    category: 'CallSummary',
    correlationId: id,
    properties: { callStartTime: '2026-11-20T09:00:00Z', callDuration, callType: 'Group', participantId: `${id.slice(0, 8)}-1111-4111-8111-111111111111`, participantStartTime: '2026-11-20T09:00:00Z', participantDuration, endpointType: 'VoIP' },
  });

const DURATIONS = `${[
  leg('80000000-0000-4000-8000-000000000008', -5, 300),
  leg('d0000000-0000-4000-8000-00000000000d', 600, -120),
  leg('70000000-0000-4000-8000-000000000007', 2_764_800, 2_764_800),
  leg('60000000-0000-4000-8000-000000000006', 600, 600),
].join('\n')}\n`;

test('durations below 0 or over 31 days are counted in numbersNotRead and warned as out of range, alike on 1 and 2 threads', () => {
  for (const threads of ['1', '2']) {
    const { result, json } = runJson<SummaryDocument>(['summarize', '-', '--threads', threads], { input: DURATIONS });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(json.input.numbersNotRead, 4, `--threads ${threads}`);
    assert.equal(json.input.timesNotRead, 0);
    assert.equal(result.stderr, "warning: <stdin>: 4 numbers not read (first at line 1: '-5' in callDuration, out of range: below 0); they count as absent\n");
  }
  const { result, json } = runJson<CallDocument>(['call', '70000000', '-'], { input: DURATIONS });
  assert.equal(json.durationSeconds, null, '2,764,800 s is over 31 days');
  assert.equal(json.input.numbersNotRead, 2);
  assert.match(result.stderr, /^warning: <stdin>: 2 numbers not read \(first at line 3: '2764800' in callDuration, out of range: over 31 days\); they count as absent\n/);
});
