import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { Chalk } from 'chalk';
import { loadCalls } from '../../../src/model/load-calls.js';
import { assessCallStory } from '../../../src/rules/assess-call-story.js';
import { defaultThresholds } from '../../../src/rules/thresholds.js';
import { callEvents } from '../../../src/report/call-events.js';
import { offset } from '../../../src/report/call-story-ids.js';
import { eventsSection } from '../../../src/report/render-call-events-text.js';
import { ROOT } from '../../support/run-cli.js';

const plain = new Chalk({ level: 0 });

async function storyOf(input: string, id: string) {
  const { calls } = await loadCalls([join(ROOT, input)]);
  return assessCallStory(calls.find((c) => c.correlationId === id)!, defaultThresholds());
}

test('callEvents: a row per timeline event in its order; over the limit, landmarks kept and each run cut once in its middle', async () => {
  const story = await storyOf('test/fixtures/input/call-many-ufds.jsonl', 'ufd00001-0000-4000-8000-000000000001');
  const whole = callEvents(story, true);
  assert.equal(whole.total, story.timeline.length);
  assert.equal(whole.shown, whole.total);
  assert.ok(whole.lines.every((l) => 'row' in l));
  const rows = whole.lines.flatMap((l) => ('row' in l ? [l.row] : []));
  assert.deepEqual(
    rows.map((r) => [r.at, r.clock, r.legId]),
    story.timeline.map((e) => [offset(story, e.time), new Date(e.time).toISOString().slice(11, 19), e.participantId ?? e.endpointId ?? null]),
    'times from the call start and on the clock (UTC, to the second: the call is of one date), each event\'s leg',
  );
  // The failed CreateView with its code and latency, as the Client operations list gave them.
  const view = rows.find((r) => r.what === 'CreateView')!;
  assert.deepEqual(view.parts.map((p) => [p.text, p.tone]), [['Failed 500', 'bad'], ['4000 ms', 'plain']]);
  const drop = rows.find((r) => r.what === 'dropped')!;
  assert.equal(drop.whatTone, 'bad');
  assert.deepEqual(drop.parts.map((p) => p.text), ["410/3101 Call dropped due to unexpected network problem on the client, check the client's network and retry."]);
  // Under the limit nothing is cut, with or without --all.
  assert.deepEqual(callEvents(story, false, 1000), whole);
});

test('callEvents: bounded, the kept count within the limit but for landmarks, and every event either shown or counted in a gap', async () => {
  const story = await storyOf('test/fixtures/input/call-many-ufds.jsonl', 'ufd00001-0000-4000-8000-000000000001');
  for (const limit of [10, 20, 40, 100]) {
    const events = callEvents(story, false, limit);
    const rows = events.lines.flatMap((l) => ('row' in l ? [l.row] : []));
    const gaps = events.lines.flatMap((l) => ('gap' in l ? [l.gap] : []));
    assert.equal(rows.length + gaps.reduce((n, g) => n + g.count, 0), story.timeline.length, `${limit}: every event shown or counted`);
    assert.equal(rows.length, events.shown);
    // Seven landmarks: the call's start and end, two joins, two leaves, the failed CreateView.
    assert.ok(rows.length <= Math.max(limit, 7) + 2, `${limit}: ${rows.length} shown`);
    for (const what of ['call started', 'joined', 'dropped', 'left', 'call ended', 'CreateView']) assert.ok(rows.some((r) => r.what === what), `${limit}: ${what}`);
    // No two gaps side by side, and none of one event.
    events.lines.forEach((l, i) => assert.ok(!('gap' in l && i > 0 && 'gap' in events.lines[i - 1]!)));
    assert.ok(gaps.every((g) => g.count > 1));
  }
});

test('eventsSection: the text of the rows, log text made safe, a diagnostic name cut to 40 columns; empty with no event', async () => {
  const story = await storyOf('test/fixtures/input/call-many-ufds.jsonl', 'ufd00001-0000-4000-8000-000000000001');
  const text = eventsSection(story, plain, false);
  const lines = text.split('\n');
  assert.equal(lines[0], 'Events (131)');
  assert.ok(lines.includes('  10:09:30   +9m 30s  pu1-0000  Hangup                 Succeeded 200  200 ms'), text);
  // A run left out says how many of its diagnostics were not Good: the other 23 went back to Good.
  assert.ok(lines.includes('                                +45 more: UserFacingDiagnostics (22 Bad)'), text);
  assert.ok(!text.includes('\u001b') && !text.includes('\u0007'), 'escape sequences removed');
  const long = await storyOf('test/fixtures/long-types/long-types.jsonl', 'eeee0006-0000-4000-8000-000000000006');
  assert.match(eventsSection(long, plain), /UserFacingDiagnostics +Succeeded 200 {2}100 ms {2}networkReceiveQualityKindUnlistedKindUn…: Bad$/m);
  assert.equal(eventsSection({ ...story, timeline: [] }, plain), '');
});
