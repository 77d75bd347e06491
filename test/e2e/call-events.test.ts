import assert from 'node:assert/strict';
import { test } from 'node:test';
import stringWidth from 'string-width';
import type { CallDocument } from '../../src/report/call-document.js';
import { section } from '../support/report-section.js';
import { runCli, runJson } from '../support/run-cli.js';

// `call`'s Events: what happened when, in one list, from the timeline JSON gives.

const MANY = 'test/fixtures/input/call-many-ufds.jsonl';

/** An event line's words, spaces between them squeezed: what it says, however it is aligned. */
const words = (line: string) => line.trim().replace(/\s+/g, ' ');
/** The same without the clock's time (UTC) an event line starts with: from its offset on. */
const fromOffset = (line: string) => words(line).replace(/^(\d{4}-\d{2}-\d{2} )?\d{2}:\d{2}:\d{2} /, '');

test('call text: one Events list in time order under the Timeline, from the same timeline as JSON, Client operations folded into it', () => {
  const { status, stdout, stderr } = runCli(['call', 'a60ad5d9', 'samples/']);
  assert.equal(status, 0, stderr);
  const { json } = runJson<CallDocument>(['call', 'a60ad5d9', 'samples/']);
  const events = section(stdout, /^Events \(/);
  assert.equal(events[0], `Events (${json.timeline.length})`);
  assert.equal(events.length - 1, json.timeline.length, 'a line an event, none left out');
  // Its place: after the Timeline's chart, before the Streams; the Client operations list is gone into it.
  const at = (heading: string) => stdout.split('\n').indexOf(heading);
  assert.ok(at('Timeline') < at(events[0]!) && at(events[0]!) < at('Streams'));
  assert.doesNotMatch(stdout, /^Client operations/m);
  // The leg that dropped, in order: joined, the network went bad, a view failed (its code and latency), reconnect, dropped with what its code means.
  const leg = events.filter((l) => l.includes(' 2aaed7ee ')).map(words);
  // Each with its time on the clock (UTC, to the second, as the header's start), as a ticket gives it, then from the start.
  assert.deepEqual(leg, [
    '09:20:03 +4s 2aaed7ee joined VoIP',
    '09:20:03 +4s 2aaed7ee Join Succeeded 200 1380 ms',
    '09:20:40 +41s 2aaed7ee media stats recv audio/OPUS JitterInMs from e0dd0d03 past 30 ms until +1m 31s (avg up to 52 ms)',
    '09:20:50 +51s 2aaed7ee media stats send audio/OPUS JitterInMs to e0dd0d03 past 30 ms until +1m 21s (avg up to 36 ms)',
    '09:20:58 +1m 00s 2aaed7ee UserFacingDiagnostics Succeeded 200 0 ms networkReceiveQuality: Bad',
    '09:21:10 +1m 12s 2aaed7ee CreateView Failed 500 4021 ms',
    '09:21:27 +1m 28s 2aaed7ee UserFacingDiagnostics Succeeded 200 0 ms networkReconnect: Bad',
    "09:21:39 +1m 40s 2aaed7ee dropped 410/3101 Call dropped due to unexpected network problem on the client, check the client's network and retry.",
  ]);
  assert.equal(words(events[1]!), '09:19:58 +0s call started');
  assert.match(stdout, /^Group · 2026-11-20 09:19:58 → 2026-11-20 09:40:18 UTC · /m, "the header's times, which the start's and end's are");
  assert.equal(words(events.at(-1)!), '09:40:18 +20m 20s call ended');
  assert.ok(events.some((l) => words(l) === '09:40:08 +20m 10s e0dd0d03 left 0/0 Call ended successfully by local participant.'));
  // The drop's clock time is the time JSON's timeline gives it, to the second: nothing JSON lacks.
  assert.equal(json.timeline.find((e) => e.kind === 'leave' && e.participantId?.startsWith('2aaed7ee'))?.time, '2026-11-20T09:21:39.114Z');
  // The times as columns: the clock's, then from the start right-aligned as the Client operations list had them.
  assert.ok(events.slice(1).every((l) => /^ {2}\d{2}:\d{2}:\d{2} {2}[ +\dhms-]{8} {2}/.test(l)), events.join('\n'));
  // Each event's kind in JSON's order: the text is that timeline, not a list of its own.
  const kinds = events.slice(1).map((l) => {
    const w = fromOffset(l).replace(/^\S+( \d{2}s)? /, '');
    if (w.startsWith('call started')) return 'call-start';
    if (w.startsWith('call ended')) return 'call-end';
    const what = w.split(' ')[1]!;
    return what === 'joined' ? 'join' : ['left', 'dropped', 'failed'].includes(what) ? 'leave' : what === 'media' ? 'media' : 'operation';
  });
  assert.deepEqual(kinds, json.timeline.map((e) => e.kind));
});

test('call: hundreds of User Facing Diagnostics are bounded: joins, failures and the drop kept, runs between them cut in place, --all lists every one', () => {
  const { status, stdout, stderr } = runCli(['call', 'ufd00001', MANY]);
  assert.equal(status, 0, stderr);
  const events = section(stdout, /^Events \(/);
  assert.equal(events[0], 'Events (131)');
  const said = events.map(fromOffset);
  const index = (line: string) => {
    const i = said.indexOf(line);
    assert.ok(i > 0, `${line} in:\n${events.join('\n')}`);
    return i;
  };
  // What the story turns on, in order, none of it left out.
  const order = [
    '+5s pu2-0000 joined VoIP',
    '+10s pu2-0000 UserFacingDiagnostics Succeeded 200 0 ms networkReceiveQuality: Bad',
    '+4m 03s pu2-0000 CreateView Failed 500 4000 ms',
    '+8m 50s pu2-0000 UserFacingDiagnostics Succeeded 200 0 ms networkReconnect: Bad',
    "+9m 00s pu2-0000 dropped 410/3101 Call dropped due to unexpected network problem on the client, check the client's network and retry.",
    '+9m 30s pu1-0000 Hangup Succeeded 200 200 ms',
    '+10m 00s pu1-0000 left 0/0 Call ended successfully by local participant.',
  ].map(index);
  assert.deepEqual(order, [...order].sort((a, b) => a - b));
  // Two runs cut, each once in its place (before and after the failed CreateView), and the count of what is not shown:
  // of its User Facing Diagnostics, how many were Bad (the others went back to Good), whether what is not shown matters.
  assert.deepEqual(
    said.filter((l) => l.startsWith('+') && l.includes(' more')),
    ['+45 more: UserFacingDiagnostics (22 Bad)', '+46 more: UserFacingDiagnostics (23 Bad)'],
  );
  assert.ok(index('+45 more: UserFacingDiagnostics (22 Bad)') < index('+4m 03s pu2-0000 CreateView Failed 500 4000 ms'));
  assert.equal(said.at(-1), '91 of 131 events not shown: --all lists every one');
  // A log's escape sequences are not written to the terminal (the Hangup's name holds a screen clear and a title).
  assert.ok(!stdout.includes('\u001b'), 'no escape sequence');

  const whole = section(runCli(['call', 'ufd00001', MANY, '--all']).stdout, /^Events \(/);
  assert.equal(whole.length, 1 + 131);
  assert.ok(!whole.some((l) => / more|not shown/.test(l)));
  const ufds = whole.filter((l) => l.includes('networkReceiveQuality'));
  assert.equal(ufds.length, 120);
});

test('call markdown: the Events table under the Timeline, bounded as the text, --all lists every one', () => {
  const sample = runCli(['call', 'a60ad5d9', 'samples/', '--format', 'markdown']).stdout;
  assert.ok(sample.indexOf('### Timeline') < sample.indexOf('### Events (24)') && sample.indexOf('### Events (24)') < sample.indexOf('### Streams'));
  // The clock's time (UTC) first, as the text has it.
  assert.match(sample, /\n\| Time \(UTC\) \| At \| Leg \| Event \| Details \|\n\|---\|---:\|---\|---\|---\|\n\| 09:19:58 \| \+0s \|  \| call started \|  \|\n/);
  assert.match(sample, /\n\| 09:21:10 \| \+1m 12s \| `2aaed7ee` \| CreateView \| \*\*Failed 500\*\* · 4021 ms \|\n\| 09:21:27 \| \+1m 28s \| `2aaed7ee` \| UserFacingDiagnostics \| Succeeded 200 · 0 ms · networkReconnect: Bad \|\n\| 09:21:39 \| \+1m 40s \| `2aaed7ee` \| \*\*dropped\*\* \| 410\/3101 Call dropped due to unexpected network problem on the client, check the client's network and retry\. \|\n/);

  const many = runCli(['call', 'ufd00001', MANY, '--format', 'markdown']).stdout;
  assert.match(many, /\n\|  \|  \|  \| _\+45 more_ \| UserFacingDiagnostics \(22 Bad\) \|\n/);
  assert.match(many, /\n_91 of 131 events not shown: `--all` lists every one, `--format json` has them all\._\n/);
  const all = runCli(['call', 'ufd00001', MANY, '--format', 'markdown', '--all']).stdout;
  const table = all.slice(all.indexOf('### Events'), all.indexOf('### Streams'));
  assert.equal(table.split('\n').filter((l) => l.includes('networkReceiveQuality')).length, 120);
  assert.doesNotMatch(all, /more_|not shown/);
});

test('call markdown: the Client operations table is bounded as the Events table is, a run of degraded ones said in its place; --all lists every one', () => {
  /** The table's rows: those of operations, and those that say how many were left out in their place. */
  const table = (markdown: string) => {
    const lines = markdown.slice(markdown.indexOf('### Client operations'), markdown.indexOf('<sub>')).split('\n');
    return { lines, rows: lines.filter((l) => l.startsWith('| +')), gaps: lines.filter((l) => l.includes(' more:_ ')) };
  };
  // 62 failed or degraded: the failed CreateView and 61 diagnostics not Good.
  const many = table(runCli(['call', 'ufd00001', MANY, '--format', 'markdown']).stdout);
  assert.ok(many.rows.length <= 40, `${many.rows.length} rows`);
  assert.ok(many.rows.some((l) => l.includes('| CreateView | **Failed 500** |')), 'the failure kept');
  assert.ok(many.rows.some((l) => l.includes('| +8m 50s |') && l.includes('networkReconnect: Bad')), 'the last kept');
  assert.ok(many.gaps.length > 0 && many.gaps.every((l) => /^\|  \|  \| _\+\d+ more:_ UserFacingDiagnostics \(\d+ Bad\) \|  \|  \|  \|$/.test(l)), many.gaps.join('\n'));
  const hidden = many.gaps.reduce((n, l) => n + Number(/\+(\d+) more/.exec(l)![1]), 0);
  assert.equal(many.rows.length + hidden, 62, 'every one shown or counted');
  assert.ok(many.lines.includes(`_${hidden} of 62 failed or degraded operations not shown: \`--all\` lists every one, \`--format json\` has them all._`), many.lines.join('\n'));
  assert.ok(many.lines.includes('_63 other operations, none failed or degraded (Succeeded 63); `--format json` lists every one._'));

  const all = table(runCli(['call', 'ufd00001', MANY, '--format', 'markdown', '--all']).stdout);
  assert.equal(all.rows.length, 62);
  assert.deepEqual(all.gaps, []);
  assert.ok(!all.lines.some((l) => l.includes('not shown')));
  // A call of few: as it was, every one.
  const sample = table(runCli(['call', 'a60ad5d9', 'samples/', '--format', 'markdown']).stdout);
  assert.deepEqual(sample.gaps, []);
  assert.ok(!sample.lines.some((l) => l.includes('not shown')));
});

test('call on an 80-column terminal: an event\'s text wraps under where it begins, nothing of it lost; a pipe has every event on one line', () => {
  const piped = section(runCli(['call', 'a60ad5d9', 'samples/']).stdout, /^Events \(/);
  const narrow = section(runCli(['call', 'a60ad5d9', 'samples/'], { env: { COLUMNS: '80' } }).stdout, /^Events \(/);
  for (const line of narrow) assert.ok(stringWidth(line) <= 80, `${stringWidth(line)} > 80: ${line}`);
  assert.ok(piped.some((l) => stringWidth(l) > 80), 'some event is wider than 80 columns on one line');
  // A wrapped line goes on under the event's text, past its times (the clock's and from the start), leg and name.
  const drop = narrow.findIndex((l) => l.includes('dropped') && l.includes('410/3101'));
  assert.match(narrow[drop + 1]!, /^ {55}\S/);
  assert.equal(words(narrow.join(' ')), words(piped.join(' ')));
});
