import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from '../support/run-cli.js';

// Where the Timeline of `call` starts and ends its axis: with the call, past it for legs that outlast it or joined
// before it, and not for a join so early that the other bars would be squashed into a column or two.

test('a leg that outlasts callDuration: the header gives both, and the timeline\'s axis spans what its bars span', () => {
  const { status, stdout } = runCli(['call', '5cee0000', 'test/fixtures/input/leg-past-call-end.jsonl'], { env: { NO_COLOR: '1' } });
  assert.equal(status, 0);
  assert.match(stdout, /\nGroup · 2026-11-20 09:00:00 → 2026-11-20 10:00:30 UTC · 1m 00s logged, legs until \+1h 00m 30s\n/);
  assert.match(stdout, /\nTimeline\n +0s +1h 00m 30s\n/);
  // pa was there for the first minute of an hour: one column of 48, not the whole bar.
  assert.match(stdout, /\n {2}pa +VoIP +█·+\n/);
});

test('a leg that joined before callStartTime: the timeline\'s axis starts at that join, labelled as the Legs table says it', () => {
  const { status, stdout } = runCli(['call', 'ea710000', 'test/fixtures/input/leg-before-call-start.jsonl'], { env: { NO_COLOR: '1' } });
  assert.equal(status, 0);
  assert.match(stdout, /│ pa +│ ea +│ VoIP │ - +│ -2m 00s │/);
  // -2m to +10m over 48 columns: pa's bar from the first, pb's (+0s) two minutes, 8 columns, later.
  assert.match(stdout, /\nTimeline\n {21}-2m 00s +10m 00s\n {2}pa +VoIP +█{48}\n {2}pb +VoIP +·{8}█{40}\n/);
});

test('a leg logged two days before the call\'s start does not stretch the axis: its bar starts at 0s with ◂, the table gives when', () => {
  const { status, stdout } = runCli(['call', 'ea720000', 'test/fixtures/input/leg-far-before-call-start.jsonl'], { env: { NO_COLOR: '1' } });
  assert.equal(status, 0);
  assert.match(stdout, /│ pa +│ ea +│ VoIP │ - +│ -48h 00m │/);
  // 0s to +10m over 48 columns, as without pa: pc (+2m, dropped at +6m) keeps its columns, not one of a two-day axis.
  assert.match(stdout, /\nTimeline\n {21}0s +10m 00s\n {2}pa +VoIP +◂█{47}\n {2}pb +VoIP +█{48}\n {2}pc +VoIP +·{9}█{19}✕·{19}\n/);
});

test('a leg logged two days after a 10-minute call does not stretch the axis: its bar ends at the axis with ▸, the table gives when', () => {
  const { status, stdout } = runCli(['call', '1a7e0000-0000-4000-8000-000000000001', 'test/fixtures/input/leg-far-after-call-end.jsonl'], { env: { NO_COLOR: '1' } });
  assert.equal(status, 0);
  assert.match(stdout, /· 10m 00s logged, legs until \+48h 06m\n/);
  assert.match(stdout, /│ pc +│ ec +│ VoIP │ - +│ \+48h 05m │/);
  // 0s to +10m over 48 columns, as without pc: pb (+1m, dropped at +5m) keeps its columns, not one of a two-day axis.
  assert.match(stdout, /\nTimeline\n {21}0s +10m 00s\n {2}pa +VoIP +█{48}\n {2}pb +VoIP +·{4}█{20}✕·{23}\n {2}pc +VoIP +·{47}▸\n/);
});

test('a call in progress (no duration logged yet): the axis runs to the latest time its records give, "so far", not one second', () => {
  const { status, stdout } = runCli(['call', '1a7e0000-0000-4000-8000-000000000002', 'test/fixtures/input/call-in-progress.jsonl'], { env: { NO_COLOR: '1' } });
  assert.equal(status, 0);
  // The latest CallSummaryUpdates version was written at +10m: pb's join at +1m is 4 columns in, not at the end.
  assert.match(stdout, /\nTimeline\n {21}0s +10m 00s so far\n {2}pa +VoIP +█░{47}\n {2}pb +VoIP +·{4}█░{43}\n/);
});

test('an hours-long call keeps seconds past the hour: a breach of 30 s at +1h 30m is +1h 30m–+1h 30m 30s, a leg of 7199.2 s 1h 59m 59s', () => {
  const { status, stdout } = runCli(['call', '1a7e0000-0000-4000-8000-000000000003', 'test/fixtures/input/call-hours-long.jsonl'], { env: { NO_COLOR: '1' } });
  assert.equal(status, 0);
  assert.match(stdout, /past the limit \+1h 30m–\+1h 30m 30s \(avg up to 900 ms\)/);
  assert.match(stdout, /│ pa +│ ea +│ VoIP │ - +│ \+0s +│ 1h 59m 59s │/);
  // A whole hour and minutes is written as before.
  assert.match(stdout, /· 2h 00m\n/);
});

test('a leg that ends less than a second past callDuration (the article\'s P2P call): the axis ends where the header says, 6s, not 7s', () => {
  // callDuration 6 from 17:54:05.113; a5bd82f9 joined at +1.2 s and 570ea078 at +1.6 s, each for 5 s: 570ea078's end,
  // +6.6 s, is rounding, not a leg outlasting the call, and the header gives the logged 6s alone.
  const { status, stdout } = runCli(['call', '8d1a8374', 'test/fixtures/input/article-p2p-call.jsonl'], { env: { NO_COLOR: '1' } });
  assert.equal(status, 0);
  assert.match(stdout, /\nP2P · 2021-07-19 17:54:05 → 2021-07-19 17:54:11 UTC · 6s\n/);
  assert.match(stdout, /\nTimeline\n +0s +6s\n {2}a5bd82f9 VoIP +·+█+·+\n {2}570ea078 VoIP +·+█+\n/);
});
