import assert from 'node:assert/strict';
import { test } from 'node:test';
import stringWidth from 'string-width';
import type { CallDocument } from '../../src/report/call-document.js';
import { section } from '../support/report-section.js';
import { runCli, runJson } from '../support/run-cli.js';

// A ticket says "the call dropped for the customer at about 09:20 UTC": `call` gives each moment on the clock (UTC),
// beside its offset from the start, where a reader matches it: the Events, the Issues (text, Markdown, JUnit).

const MIDNIGHT = 'test/fixtures/input/call-past-midnight.jsonl';

test("a drop's and a failed operation's clock time (UTC) beside their offset, in the text, Markdown and JUnit issues", () => {
  const text = runCli(['call', 'a60ad5d9', 'samples/']);
  assert.equal(text.status, 0, text.stderr);
  const issues = section(text.stdout, /^Issues/);
  assert.ok(issues.includes("  leg 2aaed7ee: dropped at +1m 40s (09:21:39 UTC) — code 410/3101 Call dropped due to unexpected network problem on the client, check the client's network and retry."), issues.join('\n'));
  assert.ok(issues.includes('  leg afe17849: dropped at +11m 02s (09:31:00 UTC) — code 500/4521 Communication Services infrastructure error.'));
  assert.ok(issues.includes('  leg 2aaed7ee: CreateView Failed (500) at +1m 12s (09:21:10 UTC)'));
  // The Events have it as a column, before the offset: the drop found by the ticket's hour and minute.
  const events = section(text.stdout, /^Events/);
  assert.deepEqual(events.filter((l) => l.startsWith('  09:21:')).map((l) => l.trim().replace(/\s+/g, ' ').split(' ').slice(0, 5).join(' ')), [
    '09:21:10 +1m 12s 2aaed7ee CreateView',
    '09:21:27 +1m 28s 2aaed7ee UserFacingDiagnostics',
    '09:21:39 +1m 40s 2aaed7ee dropped',
    '09:21:52 +1m 54s 9d64fef3 joined',
    '09:21:52 +1m 54s 9d64fef3 Join',
  ]);
  // The time JSON's timeline gives the drop, cut to the second as the header's are: no time made up.
  const { json } = runJson<CallDocument>(['call', 'a60ad5d9', 'samples/']);
  assert.equal(json.timeline.find((e) => e.kind === 'leave' && e.participantId?.startsWith('2aaed7ee'))?.time, '2026-11-20T09:21:39.114Z');

  const markdown = runCli(['call', 'a60ad5d9', 'samples/', '--format', 'markdown']).stdout;
  assert.match(markdown, /\n- leg 2aaed7ee: dropped at \+1m 40s \(09:21:39 UTC\) — code 410\/3101 /);
  assert.match(markdown, /\n\| 09:21:39 \| \+1m 40s \| `2aaed7ee` \| \*\*dropped\*\* \| 410\/3101 /);
  const junit = runCli(['call', 'a60ad5d9', 'samples/', '--format', 'junit']).stdout;
  assert.match(junit, /<failure message="7 issues: leg 2aaed7ee: dropped at \+1m 40s \(09:21:39 UTC\) — code 410\/3101 /);
});

test('a call past midnight: every clock time is dated, in the Events and the Issues, none read as the wrong day', () => {
  const { status, stdout, stderr } = runCli(['call', 'd1d1d1d1', MIDNIGHT]);
  assert.equal(status, 0, stderr);
  assert.match(stdout, /^Group · 2026-11-20 23:58:30 → 2026-11-21 00:04:00 UTC · 5m 30s$/m);
  const events = section(stdout, /^Events/).slice(1).map((l) => l.trim().replace(/\s+/g, ' '));
  assert.deepEqual(events, [
    '2026-11-20 23:58:30 +0s call started',
    '2026-11-20 23:58:30 +0s c1000001 joined VoIP',
    '2026-11-20 23:59:10 +40s c1000002 joined VoIP',
    '2026-11-21 00:00:20 +1m 51s c1000002 CreateView Failed 500 4021 ms',
    "2026-11-21 00:00:45 +2m 15s c1000002 dropped 410/3101 Call dropped due to unexpected network problem on the client, check the client's network and retry.",
    '2026-11-21 00:04:00 +5m 30s c1000001 left 0/0 Call ended successfully by local participant.',
    '2026-11-21 00:04:00 +5m 30s call ended',
  ]);
  assert.deepEqual(section(stdout, /^Issues/).slice(1), [
    "  leg c1000002: dropped at +2m 15s (2026-11-21 00:00:45 UTC) — code 410/3101 Call dropped due to unexpected network problem on the client, check the client's network and retry.",
    '  leg c1000002: CreateView Failed (500) at +1m 51s (2026-11-21 00:00:20 UTC)',
  ]);
  const markdown = runCli(['call', 'd1d1d1d1', MIDNIGHT, '--format', 'markdown']).stdout;
  assert.match(markdown, /\n\| 2026-11-20 23:59:10 \| \+40s \| `c1000002` \| joined \| VoIP \|\n\| 2026-11-21 00:00:20 \| \+1m 51s \| /);

  // On an 80-column terminal the dated column leaves the text too little room: it goes on 4 columns in, nothing cut.
  const narrow = section(runCli(['call', 'd1d1d1d1', MIDNIGHT], { env: { COLUMNS: '80' } }).stdout, /^Events/);
  for (const line of narrow) assert.ok(stringWidth(line) <= 80, `${stringWidth(line)} > 80: ${line}`);
  assert.equal(narrow.join(' ').replace(/\s+/g, ' '), section(stdout, /^Events/).join(' ').replace(/\s+/g, ' '));
});
