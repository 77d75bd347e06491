import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { ROOT, runCli, runJson } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

const P2P = '8d1a8374-344d-4502-b54b-ba2d6daaf0ae';
const REJOIN = 'a60ad5d9-ceeb-4b7f-a165-539cb9f7a904';
const GROUP = '341acde7-8aa5-445b-a3da-2ddadca47d22';

function oneJoinAndLeavePerLeg(doc: CallDocument): void {
  const times = doc.timeline.map((e) => e.time);
  assert.deepEqual(times, [...times].sort(), 'timeline in time order');
  assert.equal(doc.timeline.filter((e) => e.kind === 'join').length, doc.participants.length);
  assert.equal(doc.timeline.filter((e) => e.kind === 'leave').length, doc.participants.length);
  assert.equal(doc.timeline[0]!.kind, 'call-start');
  assert.equal(doc.timeline.at(-1)!.kind, 'call-end');
}

test('a P2P call: two legs without participantId, four streams, good', () => {
  const { result, json } = runJson<CallDocument>(['call', P2P, 'samples/']);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(json.correlationId, P2P);
  assert.equal(json.callType, 'P2P');
  assert.equal(json.quality, 'good');
  assert.equal(json.participants.length, 2);
  assert.ok(json.participants.every((p) => p.participantId === null && p.endpointId !== null));
  assert.equal(json.streams.length, 4);
  assert.deepEqual(json.issues, []);
  oneJoinAndLeavePerLeg(json);
});

test('a group call with a rejoin, a dropped leg, a failed operation and media stats', () => {
  const { result, json } = runJson<CallDocument>(['call', REJOIN, 'samples/']);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(json.quality, 'poor');
  assert.equal(json.participants.length, 4);
  // The rejoin: one endpoint, two legs.
  const byEndpoint = new Map<string, number>();
  for (const p of json.participants) byEndpoint.set(p.endpointId!, (byEndpoint.get(p.endpointId!) ?? 0) + 1);
  assert.ok([...byEndpoint.values()].includes(2), 'an endpoint with two legs');
  // End reasons decoded from the call-end code table.
  const dropped = json.dropped.map((d) => [d.endReason.code, d.endReason.subCode, d.endReason.resultCategory]);
  assert.deepEqual(dropped.sort(), [
    [410, 3101, 'UnexpectedClientError'],
    [500, 4521, 'UnexpectedServerError'],
  ]);
  assert.match(json.dropped.find((d) => d.endReason.code === 410)!.endReason.message!, /dropped due to unexpected network problem on the client/);
  // The first Android leg's outbound audio (jitter, loss) and its server-side inbound audio (jitter buffer and healed maxima).
  assert.deepEqual(json.issues.map((i) => i.metric).sort(), ['healedDataRatioMax', 'jitterAvg', 'jitterBufferSizeMax', 'packetLossRateAvg']);
  const failed = json.operations.filter((o) => o.failed);
  assert.deepEqual(failed.map((o) => [o.operationName, o.resultSignature]), [['CreateView', '500']]);
  assert.ok(json.operations.some((o) => o.degraded?.quality === 'Bad'), 'a UFD event that is not Good');
  assert.equal(json.issueCount, 4 + 2 + 1);
  // One vocabulary for every direction; the word logged (Inbound, recv) beside it.
  assert.deepEqual([...new Set(json.streams.map((s) => `${s.endpointType} ${s.direction} ${s.directionLogged}`))].sort(), ['Server inbound Inbound', 'VoIP outbound Outbound']);
  assert.deepEqual([...new Set(json.mediaSeries.map((s) => `${s.direction} ${s.directionLogged}`))].sort(), ['inbound recv', 'outbound send']);
  const jitter = json.mediaSeries.find((s) => s.metricName === 'JitterInMs' && s.direction === 'inbound' && s.breaches.length > 0);
  assert.ok(jitter, 'a media-stats window past the jitter limit');
  assert.equal(jitter.limit, 30);
  assert.deepEqual([jitter.codec, jitter.poor, jitter.minimum, jitter.maximum], ['OPUS', false, 4, 80.8], 'past the limit for a while, not on average');
  assert.ok(json.timeline.some((e) => e.kind === 'media'));
  assert.ok(json.timeline.some((e) => e.kind === 'operation'));
  // The end-of-call survey: CallId names the call (its CorrelationId holds the participant).
  assert.deepEqual(json.surveys.map((s) => [s.participantId, s.ratings.OverallRatingScore]).sort(), [
    ['9d64fef3-726a-4c24-8c1c-6796fdc6b428', 2],
    ['e0dd0d03-cb5e-4dbe-867e-18fcb59f3083', 4],
  ]);
  oneJoinAndLeavePerLeg(json);
});

test('the text story: header, legs, a Gantt timeline with the drop, streams with breaches, issues in plain words', () => {
  const { status, stdout } = runCli(['call', REJOIN, 'samples/']);
  assert.equal(status, 0);
  assert.match(stdout, new RegExp(`^Call ${REJOIN}\nGroup · 2026-11-20 09:19:58 → 2026-11-20 09:40:18 UTC · 20m 20s\nVerdict: POOR — 7 issues`));
  assert.match(stdout, /410\/3101 UnexpectedClientError: Call\s/);
  assert.match(stdout, /Timeline\n {21}0s +20m 20s\n(.*\n)*?  2aaed7ee VoIP {6}█{3}✕·{44}\n/);
  assert.match(stdout, /jitter 38 ms \(limit 30 ms\)/);
  assert.match(stdout, /leg 2aaed7ee: Audio outbound jitter 38 ms > 30 ms — voices sound robotic/);
  assert.match(stdout, /leg 2aaed7ee: dropped at \+1m 40s \(09:21:39 UTC\) — code 410\/3101/);
  assert.match(stdout, /CreateView\s+Failed 500/);
  assert.match(stdout, /networkReceiveQuality: Bad/);
  assert.match(stdout, /Survey ratings\n  9d64fef3  overall 2\/5 poor \(CallDropped\) · audio 2\/5 poor \(Distorted, Echo\)\n  e0dd0d03  overall 4\/5 · audio 4\/5\n/);
  assert.match(stdout, /recv audio\/OPUS JitterInMs from e0dd0d03\s+[▁▂▃▄▅▆▇█]+  avg 29.67 ms · min 4 ms · max 80.8 ms · limit 30 ms\n\s+past the limit \+41s–\+1m 31s \(avg up to 52 ms\)/);
});

test('ids: a unique prefix of 8+, any case, and the server-side streams of a group call', () => {
  const { result, json } = runJson<CallDocument>(['call', '341ACDE7', 'samples/']);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(json.correlationId, GROUP);
  // Not logged: the server side is inbound, the others outbound; directionLogged null says it was inferred.
  assert.deepEqual([...new Set(json.streams.map((s) => `${s.endpointType} ${s.direction} ${s.directionLogged}`))].sort(), ['PSTN outbound null', 'Server inbound null', 'VoIP outbound null']);
  // The seed's stray space before a participantId is gone.
  assert.ok(json.participants.every((p) => p.participantId === null || p.participantId === p.participantId.trim()));
});

function twinFile(): string {
  const dir = scratchDir('call-');
  const rec = (id: string) => JSON.stringify({ correlationId: id, category: 'CallDiagnostics', properties: { mediaType: 'Audio', streamId: '1', jitterAvg: '3' } });
  const path = join(dir, 'PT1H.json');
  writeFileSync(path, [rec('aaaabbbb-1111-0000-0000-000000000000'), rec('aaaabbbb-2222-0000-0000-000000000000'), '{"correlationId": "cccccccc-0000", broken', rec('dddddddd-3333-0000-0000-000000000000')].join('\n'));
  return path;
}

test('an ambiguous prefix lists the candidates; an unknown id names the nearest ids; a short id is refused: exit 2', () => {
  const path = twinFile();
  const ambiguous = runCli(['call', 'aaaabbbb', path]);
  assert.equal(ambiguous.status, 2);
  assert.match(ambiguous.stderr, /ambiguous: aaaabbbb-1111-0000-0000-000000000000, aaaabbbb-2222-0000-0000-000000000000/);
  const unknown = runCli(['call', 'dddddddd-3334', path]);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /no call 'dddddddd-3334'.*nearest ids seen: dddddddd-3333-0000-0000-000000000000/);
  const short = runCli(['call', 'aaaab', path]);
  assert.equal(short.status, 2);
  assert.match(short.stderr, /too short/);
});

test('legs (and calls) whose ids share their first 8 characters are shown long enough to tell apart', () => {
  const dir = scratchDir('call-');
  const call = 'aaaabbbb-1111-0000-0000-000000000000';
  const stream = (leg: string, rtt: number) =>
    JSON.stringify({ correlationId: call, category: 'CallDiagnostics', properties: { participantId: leg, mediaType: 'Audio', streamId: leg, roundTripTimeAvg: rtt } });
  const path = join(dir, 'PT1H.json');
  writeFileSync(path, `${[stream('test-leg-01', 900), stream('test-leg-02', 800)].join('\n')}\n${readFileSync(twinFile(), 'utf8')}`);
  const story = runCli(['call', call, path], { env: { NO_COLOR: '1' } });
  assert.equal(story.status, 0, story.stderr);
  assert.match(story.stdout, /leg test-leg-01: Audio round-trip time 900 ms/);
  assert.match(story.stdout, /leg test-leg-02: Audio round-trip time 800 ms/);
  for (const format of ['table', 'markdown']) {
    const summary = runCli(['summarize', '--format', format, path], { env: { NO_COLOR: '1' } });
    assert.match(summary.stdout, /test-leg-01: Audio RTT 900 (>|&gt;) 500 ms/, format);
    assert.match(summary.stdout, /test-leg-02: Audio RTT 800 (>|&gt;) 500 ms/, format);
    if (format === 'table') assert.match(summary.stdout, /aaaabbbb-1 .*\n(.*\n)*.*aaaabbbb-2 /, 'the two calls that share 8 characters');
  }
});

test('a leg that ended on an unexpected error (no valid token) is an issue of the call, named in text and JSON; --fail-on-poor exits 1', () => {
  const path = 'test/fixtures/input/failed-leg.jsonl';
  const text = runCli(['call', 'eeeeeeee', path, '--fail-on-poor'], { env: { NO_COLOR: '1' } });
  assert.equal(text.status, 1, text.stderr);
  assert.match(text.stdout, /Verdict: POOR — 1 issue/);
  assert.match(text.stdout, /leg ep-a: ended on an unexpected error \(UnexpectedClientError\) at \+2s \(09:00:02 UTC\) — code 495\/4507 Call ended as application didn't provide valid/);
  const { json } = runJson<CallDocument>(['call', 'eeeeeeee', path]);
  assert.equal(json.quality, 'poor');
  assert.deepEqual(json.failedLegs.map((l) => [l.endpointId, l.failed, l.dropped]), [['ep-a', true, false]]);
  assert.deepEqual(json.dropped, []);
});

test('a stream shows its codec; one that carried no packets says media may not have flowed, and with no metric a rule judges is unknown', () => {
  const { status, stdout } = runCli(['call', 'f5000000', 'test/fixtures/input/no-packets.jsonl'], { env: { NO_COLOR: '1' } });
  assert.equal(status, 0);
  assert.match(stdout, /\? Video · Inbound · H264S · stream 9\n {6}packets 0 · bitrate 0 kbps · no packets: media may not have flowed · no metric a rule judges: quality unknown\n/);
});

test('client media stats past a limit on average make the call poor, even with no CallDiagnostics; a sent FrameHeight is not judged', () => {
  const path = 'test/fixtures/input/media-stats-poor.jsonl';
  const text = runCli(['call', 'f4000000', path, '--fail-on-poor'], { env: { NO_COLOR: '1' } });
  assert.equal(text.status, 1, text.stderr);
  assert.match(text.stdout, /Verdict: POOR — 1 issue/);
  assert.match(text.stdout, /leg p1: client media stats recv audio JitterInMs averaged 85 ms > 30 ms/);
  assert.match(text.stdout, /p1 send video FrameHeight +█ +avg 180 · min 180 · max 180\n/);
  // Runs past the limit are shown, not counted, each with how far its samples' averages went (not the series' max).
  assert.match(text.stdout, /avg 85 ms · min 60 ms · max 130 ms · limit 30 ms\n +past the limit \+1m 00s–\+1m 20s \(avg up to 90 ms\)\n/);
  assert.match(text.stdout, /FramesPerSecond +█▂█ +avg 18.33 fps · min 4 fps · max 26 fps · limit 7 fps\n +past the limit \+2m 10s–\+2m 20s \(avg down to 4 fps\)\n/);
  const { json } = runJson<CallDocument>(['call', 'f4000000', path]);
  const series = json.mediaSeries.map((s) => [s.direction, s.directionLogged, s.metricName, Math.round(s.average! * 100) / 100, s.limit, s.poor]);
  assert.deepEqual(series, [['outbound', 'send', 'FrameHeight', 180, null, false], ['inbound', 'recv', 'FramesPerSecond', 18.33, 7, false], ['inbound', 'recv', 'JitterInMs', 85, 30, true]]);
});

test('each video stream a participant receives is judged on its own (RemoteParticipantId): one poor sender is not averaged away by a good one', () => {
  const path = 'test/fixtures/input/media-stats-remotes.jsonl';
  const text = runCli(['call', 'f6000000', path, '--fail-on-poor'], { env: { NO_COLOR: '1' } });
  assert.equal(text.status, 1, text.stderr);
  assert.match(text.stdout, /leg p1: client media stats recv video FramesPerSecond from p3 averaged 4 fps < 7 fps — motion is jerky\n/);
  assert.match(text.stdout, /p1 recv video\/H264 FramesPerSecond from p2 +█+ +avg 30 /);
  const { json } = runJson<CallDocument>(['call', 'f6000000', path]);
  assert.deepEqual(
    json.mediaSeries.map((s) => [s.participantId, s.remoteParticipantId, s.mediaStreamId, s.samples, s.average, s.poor]),
    [
      ['p1', 'p2', null, 3, 30, false],
      ['p1', 'p3', null, 3, 4, true],
    ],
  );
  assert.equal(json.quality, 'poor');
});

test('a series whose rows name no other end, beside series that name theirs, says its other end is not known: not the whole of what was received', () => {
  const text = runCli(['call', 'f7000000', 'test/fixtures/input/media-stats-remote-unnamed.jsonl'], { env: { NO_COLOR: '1' } });
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /p1 recv video\/H264 FramesPerSecond from \? +█+ +avg 12 /);
  assert.match(text.stdout, /p1 recv video\/H264 FramesPerSecond from p2 +█+ +avg 30 /);
  // One series alone with no other end logged is said as before: nothing to tell it from.
  assert.match(runCli(['call', 'f4000000', 'test/fixtures/input/media-stats-poor.jsonl'], { env: { NO_COLOR: '1' } }).stdout, /p1 recv audio\/OPUS JitterInMs +█+ +avg 85 /);
});

test('a value past its limit reads past it however close: its digits where it is rounded to its limit, in each text format', () => {
  const path = 'test/fixtures/input/values-at-their-limits.jsonl';
  const text = runCli(['call', 'c1053000', path], { env: { NO_COLOR: '1' } });
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /RTT 500.001 ms \(limit 500 ms\)\n/);
  assert.match(text.stdout, /loss 10.001% \(limit 10%\)\n/);
  assert.match(text.stdout, /\n +frame rate 6.9999 fps \(limit 7 fps\)\n/);
  assert.match(text.stdout, /leg p1: Audio outbound round-trip time 500.001 ms > 500 ms — /);
  assert.match(text.stdout, /leg p1: Audio outbound packet loss 10.001% > 10% — /);
  assert.match(text.stdout, /leg p1: Video outbound jitter 30.001 ms > 30 ms — /);
  // What the breach does, as a stream issue says it, by what the series carries: voices.
  assert.match(text.stdout, /leg p1: client media stats recv audio JitterInMs averaged 30.001 ms > 30 ms — voices sound robotic\n/);
  assert.match(text.stdout, /avg 30.001 ms · min 30.001 ms · max 30.001 ms · limit 30 ms\n +past the limit \+1m 00s–\+1m 20s \(avg up to 30.001 ms\)\n/);
  assert.doesNotMatch(text.stdout, /\b(\d+(?:\.\d+)?)( ms|%)? [<>] \1\2\b/, 'no "X > X"');
  // What each issue does to people fits what its stream carries: voices on Audio, the picture on Video and VBSS.
  assert.match(text.stdout, /leg p1: Audio outbound packet loss 10.001% > 10% — syllables and words go missing\n/);
  assert.match(text.stdout, /leg p1: Audio outbound jitter 40 ms > 30 ms — voices sound robotic\n/);
  assert.match(text.stdout, /leg p1: Video outbound jitter 30.001 ms > 30 ms — the picture stutters\n/);
  assert.match(text.stdout, /leg p1: VBSS outbound jitter 45 ms > 30 ms — the picture stutters\n/);
  assert.match(text.stdout, /leg p1: Video outbound packet loss 20% > 10% — the picture is choppy\n/);
  const markdown = runCli(['call', 'c1053000', path, '--format', 'markdown']).stdout;
  assert.match(markdown, /\*\*RTT 500.001 ms \(limit 500 ms\)\*\*/);
  assert.match(markdown, /Audio outbound round-trip time 500.001 ms &gt; 500 ms/);
  assert.match(markdown, /\| JitterInMs \| \*\*30.001 ms\*\* \| 30.001 ms \| 30.001 ms \| 30 ms \|/);
});

test('records of other calls are not parsed: a broken line of another call is not even noticed', () => {
  const { result, json } = runJson<CallDocument>(['call', 'aaaabbbb-1111', twinFile()]);
  assert.equal(result.status, 0, result.stderr);
  assert.doesNotMatch(result.stderr, /invalid/);
  assert.equal(json.input.filtered, 3);
  assert.equal(json.input.invalid, 0);
});

test('a CSV row of another call is passed over before it is read whole: one of too many cells, or a quote never closed, is not noticed', () => {
  const dir = scratchDir('call-csv-');
  const file = join(dir, 'rows.csv');
  const header = 'TimeGenerated [UTC],CorrelationId,ParticipantId,MediaType,RoundTripTimeAvg,Type';
  const mine = '2026-11-20T09:00:00Z,aaaaaaaa-0000-4000-8000-000000000001,p1,Audio,100,ACSCallDiagnostics';
  const torn = '2026-11-20T09:00:00Z,bbbbbbbb-0000-4000-8000-000000000002,p2,Audio,100,ACSCallDiagnostics,extra,cells';
  const unclosed = '2026-11-20T09:00:00Z,bbbbbbbb-0000-4000-8000-000000000002,p2,Audio,"100';
  writeFileSync(file, [header, mine, torn, unclosed, ''].join('\n'));
  const { result, json } = runJson<CallDocument>(['call', 'aaaaaaaa', file, '--strict']);
  assert.equal(result.status, 0, result.stderr);
  assert.doesNotMatch(result.stderr, /invalid/);
  assert.deepEqual([json.input.read, json.input.used, json.input.filtered, json.input.invalid], [3, 1, 2, 0]);
  // The other call's own rows are still invalid when it is the one asked for, and summarize counts them so.
  const other = runCli(['call', 'bbbbbbbb', file]);
  assert.equal(other.status, 2);
  assert.match(other.stderr, /rows\.csv:3: invalid record: CSV: a row of 8 cells where the header has 6/);
  assert.equal(runJson<SummaryDocument>(['summarize', file]).json.input.invalid, 2);
});

test('inputs from ACS_CALLLOGS_INPUT (joined by the path delimiter); none at all is a clear error', () => {
  const env = { ACS_CALLLOGS_INPUT: [twinFile(), 'samples/exports'].join(delimiter) };
  const { result, json } = runJson<CallDocument>(['call', GROUP], { env });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(json.correlationId, GROUP);
  const none = runCli(['call', GROUP]);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /no inputs: name them .*, set ACS_CALLLOGS_INPUT/);
});

test('ACS_CALLLOGS_INPUT set but blank, or only separators: the error says it is set and names no path, not "set it"', () => {
  const usage = { summarize: 'acs-calllogs summarize <files|dirs|->', call: 'acs-calllogs call <id> <files|dirs|->' };
  for (const [command, args] of [['summarize', []], ['call', [GROUP]]] as const) {
    const blank = runCli([command, ...args], { env: { ACS_CALLLOGS_INPUT: ' ' } });
    assert.equal(blank.status, 2);
    assert.equal(
      blank.stderr,
      // The test's standard input is a pipe, no terminal: the line says it is read only when named.
      `acs-calllogs: no inputs: ACS_CALLLOGS_INPUT is set but blank; name them (${usage[command]}), give ACS_CALLLOGS_INPUT a path, or list them in acs-calllogs.config.json; standard input is read only when named: … | ${usage[command].replace('<files|dirs|->', '-')}\n`,
    );
  }
  const separators = runCli(['summarize'], { env: { ACS_CALLLOGS_INPUT: `${delimiter} ${delimiter}` } });
  assert.equal(separators.status, 2);
  assert.match(separators.stderr, new RegExp(`^acs-calllogs: no inputs: ACS_CALLLOGS_INPUT is set but names no path \\("${delimiter} ${delimiter}"\\); `));
  // Blank, it is as if unset for what comes next: the config file's inputs are read.
  const dir = scratchDir('blank-env-');
  writeFileSync(join(dir, 'acs-calllogs.config.json'), JSON.stringify({ inputs: [`${ROOT}samples/`] }));
  const fromConfig = runCli(['summarize', '--format', 'json'], { env: { ACS_CALLLOGS_INPUT: ' ' }, cwd: dir });
  assert.equal(fromConfig.status, 0, fromConfig.stderr);
});

test('the inputs before the id, or the id left out: the message says the path was taken as the id, and that the id comes first', () => {
  const swapped = runCli(['call', 'samples/', 'a60ad5d9']);
  assert.equal(swapped.status, 2);
  assert.equal(
    swapped.stderr,
    "acs-calllogs: a60ad5d9: cannot open: no such file or directory; 'samples/' is a folder, taken as the call id: the id comes first (acs-calllogs call <id> <files|dirs|->)\n",
  );
  const left = runCli(['call', 'samples/exports/group-call-records.json']);
  assert.equal(left.status, 2);
  assert.match(left.stderr, /^acs-calllogs: no inputs: 'samples\/exports\/group-call-records\.json' is a file, taken as the call id: the id comes first/);
  // An id that names no file, with an input that is missing: as before, the input alone.
  assert.equal(runCli(['call', 'a60ad5d9', 'nothere']).stderr, 'acs-calllogs: nothere: cannot open: no such file or directory\n');
});

test('a call id is a GUID whatever its case: records in upper, lower and mixed case are one call, found by any spelling', () => {
  const fixture = 'test/fixtures/input/id-case.jsonl';
  for (const query of ['fa11ca5e-aaaa-bbbb-cccc-ddddeeeeffff', 'FA11CA5E-AAAA-BBBB-CCCC-DDDDEEEEFFFF', 'fA11cA5e']) {
    const { result, json } = runJson<CallDocument>(['call', query, fixture]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(json.correlationId, 'fa11ca5e-aaaa-bbbb-cccc-ddddeeeeffff', query);
    assert.equal(json.quality, 'poor', query);
    assert.deepEqual(json.issues.map((i) => i.metric), ['roundTripTimeAvg', 'jitterAvg'], query);
    assert.equal(json.input.filtered, 1, `${query}: only the other call's record passed over`);
  }
  const { json } = runJson<SummaryDocument>(['summarize', fixture]);
  assert.deepEqual(json.calls.map((c) => c.correlationId).sort(), ['NOT-A-GUID-CASE-KEPT', 'fa11ca5e-aaaa-bbbb-cccc-ddddeeeeffff']);
});

test('a call without its CallSummary (in another export) still tells when: times count from its first record, and say so', () => {
  const { status, stdout, stderr } = runCli(['call', 'a60ad5d9', 'samples/storage-account'], { env: { NO_COLOR: '1' } });
  assert.equal(status, 0, stderr);
  assert.match(stdout, /\nNo call start \(no CallSummary\): times below are from the first record, 2026-11-20 09:19:58 UTC\n/);
  assert.match(stdout, /\nno call type · /, 'no CallSummary, no call type: said as junit says it');
  assert.match(stdout, /leg 2aaed7ee: CreateView Failed \(500\) at \+1m 12s/);
  assert.match(stdout, /past the limit \+41s–\+1m 31s \(avg up to 52 ms\)/);
  assert.doesNotMatch(runCli(['call', 'a60ad5d9', 'samples/'], { env: { NO_COLOR: '1' } }).stdout, /No call start/);
});

test('times a leg does not log are not made up: no join or leave in the timeline, the Gantt\'s drop mark ending its fade, "when is not logged"', () => {
  const fixture = 'test/fixtures/input/leg-times-missing.jsonl'; // leg a1111111: start, no duration, dropped (410); b1111111: duration, no start
  const { json } = runJson<CallDocument>(['call', 'd00d0000', fixture]);
  assert.deepEqual(
    json.timeline.map((e) => [e.kind, e.participantId?.slice(0, 8), e.time].filter((x) => x !== undefined).join(' ')),
    ['call-start 2026-11-20T09:00:00.000Z', 'join a1111111 2026-11-20T09:01:00.000Z', 'call-end 2026-11-20T09:10:00.000Z'],
  );
  const { stdout } = runCli(['call', 'd00d0000', fixture], { env: { NO_COLOR: '1' } });
  assert.match(stdout, /leg a1111111: dropped \(when is not logged\) — code 410/);
  // It dropped, nobody logged when: the fade goes on to the axis's end, where ✕ says it failed (not in red alone).
  assert.match(stdout, /\n {2}a1111111 VoIP {6}·{4}█░{42}✕\n/);
  assert.match(stdout, /\n {2}b1111111 VoIP {6}·{48}\n/);
});

test('durations a call cannot have are not read (1e20 s, -50 s); a call without callDuration lasts from its first leg to its last', () => {
  const { json } = runJson<CallDocument>(['call', '77777777', 'test/fixtures/input/durations-out-of-range.jsonl']);
  assert.ok(json.timeline.every((e) => !Number.isNaN(Date.parse(e.time))), 'every time of the timeline is a date');
  assert.equal(json.participants.find((p) => p.participantId?.startsWith('a1111111'))?.durationSeconds, null, 'participantDuration -50');
  assert.ok(!json.timeline.some((e) => e.kind === 'leave' && e.participantId?.startsWith('a1111111')), 'no leave before the join');
  const fromLegs = runJson<CallDocument>(['call', '5ca1ab1e', 'test/fixtures/input/call-times-from-legs.jsonl']).json;
  assert.deepEqual([fromLegs.startTime, fromLegs.endTime, fromLegs.durationSeconds], ['2026-11-20T09:00:00.000Z', '2026-11-20T09:05:00.000Z', 300]);
});

test('ids that are not GUIDs and differ only in case: each call is found by its own spelling, letter for letter', () => {
  const fixture = 'test/fixtures/input/ids-differing-in-case.jsonl';
  for (const id of ['Synthetic-Call-0001', 'synthetic-call-0001']) {
    const { result, json } = runJson<CallDocument>(['call', id, fixture]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(json.correlationId, id);
  }
  const other = runCli(['call', 'SYNTHETIC-CALL-0001', fixture]);
  assert.equal(other.status, 2);
  assert.match(other.stderr, /is ambiguous: Synthetic-Call-0001, synthetic-call-0001\n$/);
});

test('ids that stand for no value (a CSV cell "undefined" or "null") are no suggestion of a call, and no internal error', () => {
  const path = join(scratchDir('call-'), 'calls.csv');
  writeFileSync(path, 'CorrelationId,Category\nundefined,CallSummary\nnull,CallSummary\n9e3779b1-0001-4007-800d-00009e370001,CallSummary\n');
  for (const input of [path, '-'] as const) {
    // A typo of the one call's id: it alone is named, never 'undefined' nor 'null'.
    const { status, stderr } = runCli(['call', '9e3779b2', input], { input: input === '-' ? readFileSync(path) : undefined });
    assert.equal(status, 2, stderr);
    assert.doesNotMatch(stderr, /internal error/);
    assert.match(stderr, /^acs-calllogs: no call '9e3779b2' in .*; nearest ids seen: 9e3779b1-0001-4007-800d-00009e370001\n$/m);
    // Far from all of them: none is named, and the hint says so.
    const far = runCli(['call', 'a60ad5d9', input], { input: input === '-' ? readFileSync(path) : undefined });
    assert.match(far.stderr, /; no call's or leg's id seen is near it, /);
  }
});

test('a call whose records were all invalid: the message says records holding its id were invalid and may have been its', () => {
  const fixture = 'test/fixtures/input/torn-call-only.jsonl';
  const id = 'c0de0001-0000-4000-8000-000000000001';
  for (const [args, input] of [[['call', id, fixture], undefined], [['call', id, '-'], readFileSync(fixture)]] as const) {
    const { status, stderr } = runCli([...args], { input });
    assert.equal(status, 2);
    assert.match(stderr, /torn-call-only.jsonl:1|<stdin>:1/);
    assert.match(stderr, /acs-calllogs: no call 'c0de0001-0000-4000-8000-000000000001' in .*: 1 record holding 'c0de0001-0000-4000-8000-000000000001' was invalid \(shown above\), and may have been its/);
    // The torn record's id, read again for the hint, is the id asked for: no "nearest ids seen" of itself.
    assert.doesNotMatch(stderr, /nearest ids seen: c0de0001/);
  }
});

test('a file cut short (a gzip that breaks after some lines) may hold the call: said so, not counted as a record holding its id', () => {
  const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({
    time: '2026-11-20T10:00:00Z',
    category: 'CallSummary',
    correlationId: `${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`,
    properties: { callType: 'P2P', participantId: `p${i}`, endpointType: 'VoIP', callStartTime: '2026-11-20T10:00:00Z', callDuration: 60 },
  }));
  const gz = gzipSync(`${lines.join('\n')}\n`);
  const file = join(scratchDir('cut-gz-'), 'cut.jsonl.gz');
  writeFileSync(file, gz.subarray(0, Math.floor((gz.length * 2) / 3)));
  const { status, stderr } = runCli(['call', '00000bb0-0000-4000-8000-000000000000', file]);
  assert.equal(status, 2);
  assert.match(stderr, /cut\.jsonl\.gz:\d+: invalid record: truncated gzip stream/);
  assert.match(stderr, /: 1 file could not be read to the end \(shown above\), and may hold it; nearest ids seen: /);
  assert.doesNotMatch(stderr, /holding '00000bb0/);
});

test('a client operation without a readable CallClientTimeStamp has no time: not the minutes-later time its record was written', () => {
  // Records written at 09:28 and 09:38 of a call from 09:00 to 09:10: CreateView's CallClientTimeStamp is "null",
  // Hangup has none. Placed at the record's time they stood at +28m and +38m, after the call's end.
  const file = 'test/fixtures/input/operation-times-missing.jsonl';
  const { result, json } = runJson<CallDocument>(['call', '18181818', file]);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(json.operations.map((o) => [o.operationName, o.time]), [
    ['Join', '2026-11-20T09:00:01.000Z'],
    ['CreateView', null],
    ['Hangup', null],
  ]);
  assert.deepEqual(json.timeline.filter((e) => e.kind === 'operation').map((e) => e.detail), ['Join Succeeded']);
  assert.ok(json.timeline.every((e) => e.time <= json.endTime!), 'nothing after the call ends');
  const text = runCli(['call', '18181818', file, '--no-color']);
  assert.match(text.stdout, /leg 19190001: CreateView Failed \(500\), time not logged\n/);
  assert.doesNotMatch(text.stdout, /\+28m|\+38m/);
});

test("a leg's participant type, tenant and PSTN call type are shown, and legs that log different Teams threads are said to", () => {
  const { json } = runJson<CallDocument>(['call', '959b96af', 'samples/']);
  assert.deepEqual(
    json.participants.map((p) => [p.endpointType, p.participantType, p.pstnParticipantCallType, p.participantTenantId]),
    [
      ['VoIP', 'ACS', null, '8b1faabe-a74b-44bb-a0de-5a54588f1fe7'],
      ['PSTN', null, 'Outbound', '8b1faabe-a74b-44bb-a0de-5a54588f1fe7'],
    ],
  );
  const text = runCli(['call', '959b96af', 'samples/', '--no-color']).stdout;
  assert.match(text, /│ VoIP · ACS +│/);
  assert.match(text, /│ PSTN · Outbound +│/);
  assert.match(runCli(['call', '959b96af', 'samples/', '--format', 'markdown']).stdout, /\| PSTN · Outbound \|/);
  // The schema article's group call: two of its three legs log one thread, the third another. The call's
  // teamsThreadId stays its first leg's; each leg's is in participants[], and the text names both.
  const group = runJson<CallDocument>(['call', GROUP, 'samples/']).json;
  const threads = group.participants.map((p) => p.teamsThreadId);
  assert.equal(new Set(threads).size, 2);
  assert.equal(group.teamsThreadId, threads[0]);
  const header = runCli(['call', GROUP, 'samples/', '--no-color']).stdout.split('\n')[2]!;
  assert.match(header, /^Teams threads, the legs disagree: 19:meeting_\S+ \(1 leg\), 19:meeting_\S+ \(2 legs\)$/);
  assert.match(runCli(['call', P2P, 'samples/', '--no-color']).stdout, /^Verdict/m, 'a call whose legs log no thread has no such line');
  assert.doesNotMatch(runCli(['call', P2P, 'samples/', '--no-color']).stdout, /Teams thread/);
});

test("records of other calls read for holding the id (a transfer's) are filtered, not used, in every layout and per file", () => {
  const asked = '11111111-2222-4333-8444-555555555555';
  const other = '99999999-2222-4333-8444-555555555555';
  const records = [
    { category: 'CallSummary', correlationId: asked, properties: { callStartTime: '2026-11-20T09:00:00Z', endpointId: 'endpoint-a1', callType: 'P2P' } },
    { category: 'CallSummary', correlationId: other, properties: { callStartTime: '2026-11-20T09:00:00Z', endpointId: 'endpoint-b2', callType: 'P2P', teamsThreadId: `transfer-from-${asked}` } },
    { category: 'CallClientOperations', correlationId: other, properties: { CallId: other, OperationName: 'Join', ResultType: 'Succeeded', OperationPayload: JSON.stringify({ TransferredFrom: asked }) } },
  ];
  const lines = records.map((r) => JSON.stringify(r));
  const dir = scratchDir('transfer-');
  const csv = [
    'TimeGenerated [UTC],CorrelationId,ParticipantId,OperationName,OperationPayload,EndpointId,Type',
    `"11/20/2026, 9:01:05.113 AM",${asked},,Join,,endpoint-a1,ACSCallClientOperations`,
    `"11/20/2026, 9:01:06.113 AM",${other},,Join,"{""TransferredFrom"":""${asked}""}",endpoint-b2,ACSCallClientOperations`,
  ].join('\n');
  // The other call's leg again, an exact duplicate: of another call too, so filtered, not a duplicate.
  const layouts: Record<string, string | Buffer> = {
    'calls.jsonl': [...lines, lines[1]!].join('\n'),
    'array.json': JSON.stringify([...records, records[1]], null, 2),
    'envelope.json': `${JSON.stringify({ records })}\n${JSON.stringify({ records: [records[1]] })}\n`,
    'calls.jsonl.gz': gzipSync([...lines, lines[1]!].join('\n')),
    'portal.csv': csv,
  };
  for (const [name, content] of Object.entries(layouts)) {
    const path = join(dir, name);
    writeFileSync(path, content);
    const others = name === 'portal.csv' ? 1 : 3;
    const expect = (how: string, input: CallDocument['input']) => {
      assert.equal(input.used, 1, `${name} (${how}): used is the call's one record`);
      assert.equal(input.filtered, others, `${name} (${how}): the other call's records are filtered`);
      assert.equal(input.duplicates, 0, `${name} (${how})`);
      assert.equal(input.records, 1, `${name} (${how})`);
      assert.equal(input.read, input.used + input.duplicates + input.superseded + input.ignored + input.invalid + input.filtered, `${name} (${how}): the counts add up`);
    };
    for (const query of [asked, asked.slice(0, 8)]) {
      const { result, json } = runJson<CallDocument>(['call', query, path, '--verbose']);
      assert.equal(result.status, 0, result.stderr);
      assert.equal(json.correlationId, asked);
      expect(query, json.input);
      assert.equal(json.input.byFile![0]!.used, 1, `${name}: per file too`);
      assert.equal(json.input.byFile![0]!.filtered, json.input.filtered, `${name}: per file too`);
      assert.match(result.stderr, /note: read .*: \d+ read — 1 used, \d+ of other calls\n/);
    }
    if (!name.endsWith('.gz')) {
      const { result, json } = runJson<CallDocument>(['call', asked, '-'], { input: content });
      assert.equal(result.status, 0, result.stderr);
      expect('stdin', json.input);
    }
  }
  // Asked for by the leg: the call is read again by its id, and counted alike.
  const { result, json } = runJson<CallDocument>(['call', 'endpoint-a1', join(dir, 'calls.jsonl')]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(json.correlationId, asked);
  assert.equal(json.input.used, 1);
  assert.equal(json.input.filtered, 3);
});

test('a whole id shorter than 8 characters finds its call (or its leg); as a prefix, or matching nothing, it is refused in one line', () => {
  const dir = scratchDir('short-');
  const path = join(dir, 'short.jsonl');
  const rec = (id: string, category: string, properties: object) => JSON.stringify({ category, correlationId: id, properties });
  writeFileSync(path, [
    rec('abc', 'CallSummary', { callStartTime: '2026-11-20T09:00:00Z', endpointId: 'e1', callType: 'P2P' }),
    rec('abc', 'CallDiagnostics', { endpointId: 'e1', mediaType: 'Audio', streamId: '1', roundTripTimeAvg: 900 }),
    rec('abcdefgh-long', 'CallSummary', { callStartTime: '2026-11-20T09:00:00Z', endpointId: 'e9', callType: 'P2P' }),
  ].join('\n'));
  const report = join(dir, 'short.xml');
  const whole = runCli(['call', 'abc', path, '--fail-on-poor', '--report', `junit=${report}`]);
  assert.equal(whole.status, 1, whole.stderr); // found, judged poor: the gate
  assert.match(readFileSync(report, 'utf8'), /abc/);
  const { result, json } = runJson<CallDocument>(['call', 'ABC', path]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(json.correlationId, 'abc');
  assert.equal(json.input.used, 2);
  assert.equal(json.input.filtered, 1, "abcdefgh-long holds 'abc' but is another call");
  const leg = runJson<CallDocument>(['call', 'e1', path]);
  assert.equal(leg.result.status, 0, leg.result.stderr);
  assert.equal(leg.json.correlationId, 'abc');
  for (const query of ['ab', 'abcdef', 'zz']) {
    const refused = runCli(['call', query, path]);
    assert.equal(refused.status, 2, query);
    assert.match(refused.stderr, new RegExp(`^acs-calllogs: call id '${query}' is too short: give the full id or at least 8 characters \\(no call or leg has the whole id '${query}'\\)\\n$`));
    assert.equal(refused.stdout, '');
  }
});
