import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runCli, runJson } from '../support/run-cli.js';

// test/fixtures/window/call-start-times.jsonl, against the window 2026-12-05 10:00 → 11:00:
//   aaaa records generated 10:30 (inside), CallStartTime 2026-12-04 23:50: outside
//   bbbb records generated 11:20 (after the window), CallStartTime 10:50: inside
//   cccc records generated 10:20 and its leg joined 10:10 (both inside), no CallStartTime: left out, counted
//   dddd CallStartTime 10:05 (inside); a second leg logs no CallStartTime and joined 09:55, before the window: inside
const WINDOW = ['summarize', 'test/fixtures/window/', '--since', '2026-12-05T10:00Z', '--until', '2026-12-05T11:00Z'];

test('--since/--until select calls by their CallStartTime, not TimeGenerated nor a leg\'s join; calls without one are counted', () => {
  const { result, json } = runJson<SummaryDocument>(WINDOW);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(json.calls.map((c) => c.correlationId.slice(0, 4)).sort(), ['bbbb', 'dddd']);
  assert.equal(json.totals.calls, 2);
  assert.deepEqual(json.selection, { since: '2026-12-05T10:00:00.000Z', until: '2026-12-05T11:00:00.000Z', callsOutside: 1, callsWithoutStartTime: 1 });
  // Nothing disappears silently: every call read is selected, outside or without a CallStartTime.
  assert.equal(json.totals.calls + json.selection!.callsOutside + json.selection!.callsWithoutStartTime, 4);

  // Judged on worker threads, each a share of the calls: the same selection.
  const threaded = runJson<SummaryDocument>([...WINDOW, '--threads', '2']).json;
  assert.deepEqual(threaded.selection, json.selection);
  assert.deepEqual(threaded.calls.map((c) => c.correlationId.slice(0, 4)).sort(), ['bbbb', 'dddd']);

  const text = runCli(WINDOW);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /Calls that started 2026-12-05 10:00:00 → 2026-12-05 11:00:00 UTC; left out: 1 outside, 1 without a CallStartTime/);
});

test('without a window every call is summarized, one without a CallStartTime too', () => {
  const { json } = runJson<SummaryDocument>(['summarize', 'test/fixtures/window/']);
  assert.equal(json.totals.calls, 4);
  assert.deepEqual(json.selection, { since: null, until: null, callsOutside: 0, callsWithoutStartTime: 0 });
});

test('a window of the day before holds only the call that started then, whatever its records\' TimeGenerated', () => {
  const { json } = runJson<SummaryDocument>(['summarize', 'test/fixtures/window/', '--until', '2026-12-05T00:00Z']);
  assert.deepEqual(json.calls.map((c) => c.correlationId.slice(0, 4)), ['aaaa']);
  assert.deepEqual([json.selection!.callsOutside, json.selection!.callsWithoutStartTime], [2, 1]);
});
