import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runCli, runJson } from '../support/run-cli.js';

// A call in progress whose legs have not all ended (CallSummaryUpdates, no CallDuration): its end is not logged, and
// is not made up from the legs that have ended. Said as for a call none of whose legs has ended.

const SOME_ENDED = { id: '1a7e0000-0000-4000-8000-000000000004', file: 'test/fixtures/input/call-in-progress-legs-ended.jsonl' };
const NONE_ENDED = { id: '1a7e0000-0000-4000-8000-000000000002', file: 'test/fixtures/input/call-in-progress.jsonl' };

test('call: a leg ended, another not: no end, no duration, no call-end, as when no leg has ended; header and timeline "so far"', () => {
  // pa joined at +0s and has not left; pb joined at +2m and left at +7m; the records were written at +8m.
  const { stdout, status } = runCli(['call', SOME_ENDED.id, SOME_ENDED.file], { env: { NO_COLOR: '1' } });
  assert.equal(status, 0);
  // How long it has lasted as far as its records go, as the timeline's axis says; not "→ 12:07:00 UTC · 7m 00s", pb's end.
  assert.match(stdout, /\nGroup · 2026-11-20 12:00:00 → - UTC · 8m 00s so far\n/);
  assert.match(stdout, /\nTimeline\n {21}0s +8m 00s so far\n {2}pa +VoIP +█░{47}\n {2}pb +VoIP +·{12}█{31}·{5}\n/);
  const markdown = runCli(['call', SOME_ENDED.id, SOME_ENDED.file, '--format', 'markdown']).stdout;
  assert.match(markdown, /\nGroup · 2026-11-20 12:00:00 → - UTC · 8m 00s so far\n/);

  const { json } = runJson<CallDocument>(['call', SOME_ENDED.id, SOME_ENDED.file]);
  assert.equal(json.startTime, '2026-11-20T12:00:00.000Z');
  assert.equal(json.endTime, null);
  assert.equal(json.durationSeconds, null);
  assert.deepEqual(
    json.timeline.map((e) => `${e.kind} ${e.participantId ?? ''} ${e.time}`),
    ['call-start  2026-11-20T12:00:00.000Z', 'join pa 2026-11-20T12:00:00.000Z', 'join pb 2026-11-20T12:02:00.000Z', 'leave pb 2026-11-20T12:07:00.000Z'],
  );
  // The representation of a call none of whose legs has ended: the same fields, the same nulls.
  const none = runJson<CallDocument>(['call', NONE_ENDED.id, NONE_ENDED.file]).json;
  assert.deepEqual([none.endTime, none.durationSeconds], [json.endTime, json.durationSeconds]);
  assert.ok(!none.timeline.some((e) => e.kind === 'call-end'));
  assert.match(runCli(['call', NONE_ENDED.id, NONE_ENDED.file], { env: { NO_COLOR: '1' } }).stdout, /\nGroup · 2026-11-20 12:00:00 → - UTC · 10m 00s so far\n/);
});

test('summarize: the Duration of a call with a leg not ended is unknown, as for a call with no leg ended', () => {
  for (const { id, file } of [SOME_ENDED, NONE_ENDED]) {
    const { stdout, status } = runCli(['summarize', file], { env: { NO_COLOR: '1' } });
    assert.equal(status, 0);
    assert.match(stdout, new RegExp(`│ ${id.slice(0, 8)} │ 2026-11-20 12:00:00 │ - +│ Group │`), file);
    const { json } = runJson<SummaryDocument>(['summarize', file]);
    assert.deepEqual(json.calls.map((c) => [c.correlationId, c.startTime, c.durationSeconds]), [[id, '2026-11-20T12:00:00.000Z', null]], file);
  }
});
