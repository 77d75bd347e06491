import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runCli, runJson } from '../support/run-cli.js';
import { rateRows as rows } from '../support/stream-rate-rows.js';

// test/fixtures/fleet/fleet-calls.jsonl, worked out by hand:
//   A aaaa0001 Group 2026-12-01 08:00, 600 s, poor: VBSS fps 0.5 (TCP, Windows 1.31.2.1), Android 2.12.0 audio jitter 45 + loss 0.15 (TCP);
//     a PSTN leg (Redacted) with a good audio stream; legs end 0/0, 410/3101 (dropped), 0/560000
//   B bbbb0002 P2P 2026-12-01 12:00, 300 s, poor: received video 180p (macOS 1.31.2.1); iOS (Darwin) 2.12.0 leg ends 487/0
//   C cccc0003 Group 2026-12-02 09:00, 120 s, good: Linux 1.31.2.1, ends 500/4521 (dropped)
//   D dddd0004 Group 2026-12-03 10:00, 60 s, unknown (no CallDiagnostics)
// Two streams log their transport in lower case (pa2's tcp, B's video udp): one row per transport all the same.
const FLEET = 'test/fixtures/fleet/';

test('--format json: breakdowns of the fixture, worst first, as worked out by hand', () => {
  const { result, json } = runJson<SummaryDocument>(['summarize', FLEET]);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(json.totals, { calls: 4, poorCalls: 2, unknownCalls: 1, streams: 8, poorStreams: 3, unknownStreams: 0, callsWithLegs: 4, failedCalls: 2, streamsWithoutPackets: 0, callsWithStreamsWithoutPackets: 0 });
  const s = json.breakdowns!.streams;
  assert.deepEqual(rows(s.byMetric), [
    ['recvResolutionHeight', 1, 1],
    ['videoFrameRateAvg', 1, 2],
    ['jitterAvg', 1, 8],
    ['packetLossRateAvg', 1, 8],
    ['roundTripTimeAvg', 0, 8],
  ]);
  assert.deepEqual(rows(s.byMediaType), [['VBSS', 1, 1], ['Video', 1, 1], ['Audio', 1, 6]]);
  assert.deepEqual(rows(s.byEndpointType), [['VoIP', 3, 7], ['PSTN', 0, 1]]);
  assert.deepEqual(rows(s.byTransport), [['TCP', 2, 2], ['UDP', 1, 6]]);
  // 2 poor of 5 (11.8%–76.9%) before 1 of 2 (9.5%–90.5%), whose rate is higher but shows less: ranked by the interval's low end.
  assert.deepEqual(rows(s.bySdkVersion), [['1.31.2.1', 2, 5], ['2.12.0', 1, 2], ['Redacted', 0, 1]]);
  assert.deepEqual(s.bySdkVersion.map((r) => r.interval), [{ low: 0.1176, high: 0.7693 }, { low: 0.0945, high: 0.9055 }, { low: 0, high: 0.7935 }]);
  assert.deepEqual(rows(s.byOsFamily), [['Android', 1, 1], ['Windows', 1, 2], ['macOS', 1, 2], ['Linux', 0, 1], ['Redacted', 0, 1], ['iOS', 0, 1]]);
  assert.equal(s.byEndpointType[0]!.poorRate, 0.4286);

  const ends = json.breakdowns!.endReasons;
  assert.equal(ends.legs, 7);
  assert.deepEqual(ends.byCategory.map((c) => [c.resultCategory, c.legs]), [['UnexpectedClientError', 1], ['UnexpectedServerError', 1], ['Success', 5]]);
  assert.deepEqual(ends.byCode.map((c) => [`${c.code}/${c.subCode}`, c.legs, c.dropped]), [
    ['410/3101', 1, true],
    ['500/4521', 1, true],
    ['0/0', 3, false],
    ['0/560000', 1, false],
    ['487/0', 1, false],
  ]);
});

test('a transport logged in lower case (tcp, udp) is shown as TCP and UDP everywhere: call, JSON, markdown', () => {
  const { json } = runJson(['call', 'aaaa0001', FLEET]);
  assert.deepEqual(json.streams.map((s: { transportType: string }) => s.transportType).sort(), ['TCP', 'TCP', 'UDP', 'UDP']);
  const text = runCli(['call', 'aaaa0001', FLEET]).stdout;
  assert.match(text, /TCP/);
  assert.doesNotMatch(text, /\btcp\b/);
  const markdown = runCli(['summarize', FLEET, '--format', 'markdown']).stdout;
  assert.match(markdown, /\| transport \| TCP \| 2 \| 2 \|/);
  assert.doesNotMatch(markdown, /\b(tcp|udp)\b/);
});

test('samples/: a leg without osVersion is OS family not logged (null), as a missing SDK version is; Redacted is its own row; other is a logged OS not known', () => {
  const { json } = runJson<SummaryDocument>(['summarize', 'samples/']);
  assert.deepEqual(rows(json.breakdowns!.streams.byOsFamily).slice(-3), [['Linux', 0, 3], ['iOS', 0, 4], [null, 0, 4]]);
  // samples/' six streams of legs whose osVersion is Redacted (another tenant's) are a row of their own, not other.
  assert.deepEqual(rows(json.breakdowns!.streams.byOsFamily).find((r) => r[0] === 'Redacted'), ['Redacted', 1, 6]);
  assert.equal(rows(json.breakdowns!.streams.byOsFamily).find((r) => r[0] === 'other'), undefined);
  const markdown = runCli(['summarize', 'samples/', '--format', 'markdown']).stdout;
  assert.match(markdown, /\|  \| iOS \| 0 \| 4 \| 0\.0% \| 0\.0%–49\.0% \|\n\|  \| \(not logged\) \| 0 \| 4 \| 0\.0% \| 0\.0%–49\.0% \|/);
});

test('samples/: every stream breakdown adds up to the totals; end reasons to the legs', () => {
  const { json } = runJson<SummaryDocument>(['summarize', 'samples/']);
  for (const [dimension, list] of Object.entries(json.breakdowns!.streams)) {
    if (dimension === 'byMetric') continue; // a stream is judged by several rules
    assert.equal(list.reduce((n, r) => n + r.streams, 0), json.totals.streams, dimension);
    assert.equal(list.reduce((n, r) => n + r.poorStreams, 0), json.totals.poorStreams, dimension);
  }
  const legs = json.calls.reduce((n, c) => n + (c.participants ?? 0), 0);
  assert.equal(json.breakdowns!.endReasons.legs, legs);
  assert.equal(json.breakdowns!.endReasons.byCode.reduce((n, r) => n + r.legs, 0), legs);
});

test('--format json: reliability per operation with Wilson 95% intervals, UFDs by kind, dropped legs by code', () => {
  const { json } = runJson<SummaryDocument>(['summarize', FLEET]);
  const r = json.breakdowns!.reliability;
  assert.equal(r.method, 'Wilson score interval, 95%');
  assert.deepEqual(
    r.operations.map((o) => [o.operation, o.attempts, o.successes, o.expectedErrors, o.failures, o.successRate, o.interval.low, o.interval.high]),
    [
      ['StartScreenShare', 2, 1, 0, 1, 0.5, 0.0945, 0.9055],
      ['StartVideo', 2, 1, 1, 1, 0.5, 0.0945, 0.9055],
      ['Join', 5, 4, 0, 1, 0.8, 0.3755, 0.9638],
      ['AcceptIncomingCall', 1, 1, 0, 0, 1, 0.2065, 1],
      ['StartCall', 1, 1, 0, 0, 1, 0.2065, 1],
    ],
  );
  assert.deepEqual(r.operations[1]!.failuresByCode, [{ code: '403', subCode: '41001', count: 1 }]);
  assert.deepEqual(r.userFacingDiagnostics, [
    { diagnostic: 'networkReceiveQuality', events: 2, calls: 2 },
    { diagnostic: 'networkReconnect', events: 1, calls: 1 },
    { diagnostic: 'speakingWhileMicrophoneIsMuted', events: 1, calls: 1 },
  ]);
  assert.equal(r.droppedLegs.dropped, 2);
  assert.equal(r.droppedLegs.legs, 7);
  assert.deepEqual(r.droppedLegs.byCode.map((c) => c.code), [410, 500]);
});

test('the table shows the breakdown sections under the calls; --no-breakdowns leaves them out', () => {
  const { status, stdout, stderr } = runCli(['summarize', FLEET]);
  assert.equal(status, 0, stderr);
  assert.ok(stdout.indexOf('Poor streams by metric') > stdout.indexOf('4 calls: 2 poor, 1 unknown, 1 good'));
  assert.match(stdout, /│ transport\s+│ TCP\s+│\s+2 │\s+2 │\s+100\.0% │/);
  assert.match(stdout, /│ OS family\s+│ Android\s+│\s+1 │\s+1 │\s+100\.0% │/);
  assert.match(stdout, /Call ends by code/);
  assert.match(stdout, /│ 410\/3101 │ UnexpectedClientError │\s+1 │ yes/);
  assert.match(stdout, /│ Join\s+│\s+5 │\s+80\.0% │ 37\.5%–96\.4%\s+│ 408\/- ×1/);
  assert.match(stdout, /Dropped legs: 2 of 7 \(28\.6%\): 410\/3101 ×1, 500\/4521 ×1/);
  assert.match(stdout, /User Facing Diagnostics not Good: networkReceiveQuality 2 events in 2 calls/);
  const bare = runCli(['summarize', FLEET, '--no-breakdowns']).stdout;
  assert.doesNotMatch(bare, /Poor streams by|Client operations/);
  assert.match(bare, /4 calls: 2 poor/);
});

test('markdown gets the same breakdowns as Markdown tables', () => {
  const { stdout } = runCli(['summarize', FLEET, '--format', 'markdown']);
  assert.match(stdout, /### Poor streams by metric/);
  assert.match(stdout, /\| transport \| TCP \| 2 \| 2 \| 100\.0% \|/);
  assert.match(stdout, /\| StartVideo \| 2 \| 50\.0% \| 9\.4%–90\.5% \| 403\/41001 ×1 \|/);
  const cut = runCli(['summarize', FLEET, '--format', 'markdown', '--since', '2026-12-01T10:00Z', '--sort', 'id', '--limit', '1', '--no-breakdowns']).stdout;
  assert.match(cut, /## ACS call quality: 1 poor of 3 calls/);
  assert.match(cut, /Calls that started 2026-12-01 10:00:00 → … UTC; left out: 1 outside/);
  assert.match(cut, /\| `bbbb0002-0000-4000-8000-000000000002` \|/);
  assert.match(cut, /_… 2 more calls not shown \(--limit 1\); the totals count them_/);
  assert.doesNotMatch(cut, /Where poor quality comes from/);
  // Listed by quality, --limit 3 keeps A, B and D; the Markdown has no row for D (unknown, no --fail-on-unknown):
  // the line counts C and D, so that the rows and the line add up to the 4 calls of the totals.
  const listed = runCli(['summarize', FLEET, '--format', 'markdown', '--limit', '3', '--no-breakdowns']).stdout;
  assert.equal(listed.split('\n').filter((l) => /^\| `/.test(l)).length, 2);
  assert.match(listed, /_… 2 more calls not shown \(--limit 3\); the totals count them_/);
  const unknownToo = runCli(['summarize', FLEET, '--format', 'markdown', '--limit', '3', '--no-breakdowns', '--fail-on-unknown']).stdout;
  assert.match(unknownToo, /\| `dddd0004-0000-4000-8000-000000000004` \|/);
  assert.match(unknownToo, /_… 1 more call not shown \(--limit 3\); the totals count them_/);
});

test('--since/--until select calls by start time; totals and gates are over the selection (samples, 2026-11-20)', () => {
  const { result, json } = runJson<SummaryDocument>(['summarize', 'samples/', '--since', '2026-11-20T09:00:00Z', '--until', '2026-11-20T10:00Z']);
  assert.equal(result.status, 0, result.stderr);
  // 341acde7 09:16:40 good, a60ad5d9 09:19:58 poor (2 poor streams), 8d1a8374 09:54:05 good; the other 5 started outside.
  assert.deepEqual(json.calls.map((c) => c.correlationId.slice(0, 8)), ['a60ad5d9', '341acde7', '8d1a8374']);
  assert.deepEqual(json.totals, { calls: 3, poorCalls: 1, unknownCalls: 0, streams: 20, poorStreams: 2, unknownStreams: 0, callsWithLegs: 3, failedCalls: 1, streamsWithoutPackets: 0, callsWithStreamsWithoutPackets: 0 });
  assert.deepEqual(json.selection, { since: '2026-11-20T09:00:00.000Z', until: '2026-11-20T10:00:00.000Z', callsOutside: 5, callsWithoutStartTime: 0, callsWithoutStartTimePoor: 0, callsWithoutStartTimeUnknown: 0 });
  assert.equal(json.breakdowns!.streams.byTransport.reduce((n, r) => n + r.streams, 0), 20);

  assert.equal(runCli(['summarize', 'samples/', '--since', '2026-11-20T09:00Z', '--until', '2026-11-20T10:00Z', '--max-poor-calls', '0']).status, 1);
  // 10:30–11:30: 959b96af (unknown) and 848d6af0 (good, exactly at every limit): no poor call, so the gate holds,
  // but one is unknown; a jitter-buffer max limit of 199 ms makes the at-limit call poor.
  const window = ['summarize', 'samples/', '--since', '2026-11-20T10:30Z', '--until', '2026-11-20T11:30Z'];
  const late = runCli([...window, '--max-poor-calls', '0']);
  assert.equal(late.status, 0, late.stderr);
  assert.match(late.stdout, /2 calls: 0 poor, 1 unknown, 1 good/);
  assert.match(late.stdout, /Calls that started 2026-11-20 10:30:00 → 2026-11-20 11:30:00 UTC; left out: 6 outside/);
  // A bound with milliseconds shows them: a 1 ms window read "09:00:00 → 09:00:00", as if it held nothing.
  const narrow = runCli(['summarize', 'samples/', '--since', '2026-11-20T09:16:40.240Z', '--until', '2026-11-20T09:16:40.241Z']);
  assert.match(narrow.stdout, /Calls that started 2026-11-20 09:16:40\.240 → 2026-11-20 09:16:40\.241 UTC; left out: 7 outside/);
  const stricter = runCli([...window, '--threshold', 'jitterBufferSizeMax=199', '--max-poor-calls', '0']);
  assert.equal(stricter.status, 1, stricter.stderr);
  assert.match(stricter.stdout, /2 calls: 1 poor, 1 unknown, 0 good/);
  assert.equal(runCli(['summarize', 'samples/', '--since', '2026-11-20T10:30Z', '--until', '2026-11-20T11:30Z', '--fail-on-unknown']).status, 1);
});

test('--only-poor, --sort and --limit change the listing, never the totals; the output says what was left out', () => {
  const { json } = runJson<SummaryDocument>(['summarize', FLEET, '--sort', 'start', '--limit', '3']);
  assert.deepEqual(json.calls.map((c) => c.correlationId.slice(0, 4)), ['aaaa', 'bbbb', 'cccc']);
  assert.equal(json.totals.calls, 4);
  assert.deepEqual(json.listing, { sort: 'start', onlyPoor: false, limit: 3, listed: 3, notListed: 1 });
  assert.deepEqual(runJson<SummaryDocument>(['summarize', FLEET, '--sort', 'duration']).json.calls.map((c) => c.durationSeconds), [600, 300, 120, 60]);
  assert.deepEqual(runJson<SummaryDocument>(['summarize', FLEET, '--sort', 'legs']).json.calls.map((c) => c.participants), [3, 2, 1, 1]);

  const table = runCli(['summarize', FLEET, '--only-poor', '--limit', '1', '--max-poor-calls', '1']);
  assert.equal(table.status, 1, 'the gate counts both poor calls, whatever is listed');
  assert.equal(table.stdout.split('\n').filter((l) => /│ (POOR|unknown|good) /.test(l)).length, 1);
  assert.match(table.stdout, /│ POOR\s+│ aaaa0001 │/);
  assert.match(table.stdout, /… 3 more calls not shown \(--only-poor, --limit 1\); the totals count them/);
  assert.match(table.stdout, /4 calls: 2 poor, 1 unknown, 1 good/);
});

test('a bad --sort, --since or --limit value is one line on stderr and exit 2', () => {
  const cases: Array<[string[], RegExp]> = [
    [['--sort', 'size'], /^acs-calllogs: unknown --sort 'size' \(expected one of: quality, start, duration, poor-streams, legs, id\)\n$/],
    [['--since', 'yesterday'], /^acs-calllogs: --since 'yesterday': a time is not read by name: give a duration back from now \(--since 24h, 1d, 7d\) or a date/],
    [['--since', 'tomorow'], /^acs-calllogs: --since 'tomorow': expected an ISO 8601 time .*\(90m, 24h, 7d, 2w\)\n$/],
    [['--until', '5y'], /^acs-calllogs: --until '5y': expected/],
    [['--limit', '0'], /^acs-calllogs: --limit '0' is less than 1; expected a whole number of at least 1, in digits \(4\)\n$/],
    [['--limit', '1.5'], /^acs-calllogs: --limit '1.5' is not a whole number; expected a whole number of at least 1, in digits \(4\)\n$/],
    [['--limit', '1e1'], /^acs-calllogs: --limit '1e1' has an exponent: write it in digits; expected a whole number of at least 1, in digits \(4\)\n$/],
    [['--since', '2026-12-02', '--until', '2026-12-01'], /^acs-calllogs: --since 2026-12-02T00:00:00\.000Z is not before --until 2026-12-01T00:00:00\.000Z/],
  ];
  for (const [flags, message] of cases) {
    const { status, stdout, stderr } = runCli(['summarize', FLEET, ...flags]);
    assert.equal(status, 2, flags.join(' '));
    assert.equal(stdout, '');
    assert.match(stderr, message);
    assert.equal(stderr.trimEnd().split('\n').length, 1);
  }
});

test('a long value from the logs (SDK version, result category, operation, failure subcode) is cut in the terminal tables, not widened past the screen', () => {
  // test/fixtures/long-values: one call whose client logs a 312-character SDK version (with a comma), an undocumented 178-character
  // result category, a 114-character operation name, a 90-digit failure subcode (twice) and 12 other failure codes.
  const LONG = 'test/fixtures/long-values/';
  const { status, stdout, stderr } = runCli(['summarize', LONG]);
  assert.equal(status, 0, stderr);
  const tableLines = stdout.split('\n').filter((line) => /^[┌│├└]/.test(line));
  const widest = Math.max(...tableLines.map((line) => [...line].length));
  assert.ok(widest <= 130, `a table line is ${widest} characters wide`);
  // On one line, not broken at its comma: a second line would read as a row of its own.
  assert.match(stdout, /│ SDK version\s+│ 3\.0\.0-beta, (build)+[buil]*… │\s+1 │\s+1 │\s+100\.0% │ 20\.6%–100\.0% │\n│ OS family /);
  assert.match(stdout, /│ 599\/1 │ ClientSideCategory(Unlisted)+[Unlisted]*… │\s+1 │/);
  assert.match(stdout, /│ Custom(Operation)+[Operation]*… │\s+1 │/);
  // The failures: each code kept with its count, the list broken after its commas, the long subcode cut.
  assert.match(stdout, /│ 403\/9+… ×2, │\n/);
  for (let i = 0; i < 12; i++) assert.match(stdout, new RegExp(`${400 + i}/${41000 + i} ×1`));
  // JSON and Markdown keep every value whole.
  const { json } = runJson<SummaryDocument>(['summarize', LONG, '--format', 'json']);
  assert.equal(json.breakdowns!.streams.bySdkVersion[0]!.value, `3.0.0-beta, ${'build'.repeat(60)}`);
  assert.match(runCli(['summarize', LONG, '--format', 'markdown']).stdout, new RegExp(`\\| SDK version \\| 3\\.0\\.0-beta, ${'build'.repeat(60)} \\|`));
});

test('a long call type and media type are cut in the calls table, a long result category and diagnostic in the notes; JSON and Markdown keep them whole', () => {
  // test/fixtures/long-types: one poor call whose service logs a 165-character call type, a 175-character media type on
  // the breaching stream, a 171-character result category, and a client a 141-character diagnostic (Bad).
  const LONG = 'test/fixtures/long-types/';
  const callType = `Group${'CallTypeUnlisted'.repeat(10)}`;
  const mediaType = `Audio${'MediaTypeUnlisted'.repeat(10)}`;
  const category = `ServiceSide${'CategoryUnlisted'.repeat(10)}`;
  const diagnostic = `networkReceiveQuality${'KindUnlisted'.repeat(10)}`;
  const { status, stdout, stderr } = runCli(['summarize', LONG]);
  assert.equal(status, 0, stderr);
  // The calls table's other cells and a breach's own words take ~150 columns; each long value, whole, ~170 more.
  const widest = Math.max(...stdout.split('\n').map((line) => [...line].length));
  assert.ok(widest <= 200, `a line is ${widest} characters wide`);
  assert.match(stdout, /│ 5m 00s +│ GroupCallTypeUnlistedCallTypeUnlistedCa… │ 1 +│/);
  assert.match(stdout, /│ pl1-0000: AudioMediaTypeUnlistedMediaTypeUnlisted… RTT 650 > 500 ms │/);
  assert.match(stdout, /^1 leg by result category: ServiceSideCategoryUnlistedCategoryUnli… 1$/m);
  assert.match(stdout, /^User Facing Diagnostics not Good: networkReceiveQualityKindUnlistedKindUn… 1 event in 1 call$/m);
  const { json } = runJson<SummaryDocument>(['summarize', LONG, '--format', 'json']);
  assert.equal(json.calls[0]!.callType, callType);
  assert.equal(json.calls[0]!.issues[0]!.mediaType, mediaType);
  const markdown = runCli(['summarize', LONG, '--format', 'markdown']).stdout;
  for (const value of [callType, mediaType, category, diagnostic]) assert.ok(markdown.includes(value), value);
});

test('client operations: an OperationName in another case (createView, state-changed) is the same operation, one row on one thread or two', () => {
  // test/fixtures/operation-case: a web client logs CreateView ×2 (one failed 500) and State-changed; a native one, in a
  // call that falls to the other worker thread, createView ×2 and state-changed.
  const CASES = 'test/fixtures/operation-case/';
  const one = runJson<SummaryDocument>(['summarize', CASES, '--threads', '1', '--format', 'json']);
  const two = runJson<SummaryDocument>(['summarize', CASES, '--threads', '2', '--format', 'json']);
  assert.equal(one.result.status, 0, one.result.stderr);
  assert.equal(two.result.stdout, one.result.stdout);
  assert.deepEqual(
    one.json.breakdowns!.reliability.operations.map((o) => [o.operation, o.attempts, o.successes, o.failures]),
    [
      ['CreateView', 4, 3, 1],
      ['State-changed', 2, 2, 0],
    ],
  );
  assert.match(runCli(['summarize', CASES]).stdout, /│ CreateView\s+│\s+4 │\s+75\.0% │ 30\.1%–95\.4%\s+│ 500\/- ×1\s+│\n│ State-changed │\s+2 │/);
});

test('SDK versions of one rate are in their numbers\' order, 1.3.0 before 1.10.0, on one worker thread and on two', () => {
  // test/fixtures/sdk-versions: four good calls, a leg each, one audio stream each, of SDK 1.10.0, 1.3.0, 1.9.0, 1.31.2.1.
  const env = { ACS_CALLLOGS_BATCH_BYTES: '512' }; // a record or two a batch, spread over the workers
  const order = ['1.3.0', '1.9.0', '1.10.0', '1.31.2.1'];
  for (const threads of ['1', '2']) {
    const { result, json } = runJson<SummaryDocument>(['summarize', 'test/fixtures/sdk-versions/', '--threads', threads], { env });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(json.breakdowns!.streams.bySdkVersion.map((r) => r.value), order, `--threads ${threads}`);
    const markdown = runCli(['summarize', 'test/fixtures/sdk-versions/', '--format', 'markdown', '--threads', threads], { env }).stdout;
    const shown = [...markdown.matchAll(/^\| (?:SDK version)? \| (1\.[\d.]+) \|/gm)].map((m) => m[1]);
    assert.deepEqual(shown, order, `markdown, --threads ${threads}`);
  }
});

test('OS version: JSON always has it; the table and Markdown have its rows only when a family has more than one version', () => {
  // The fixture's legs are one version a family: the rows would say again what the OS family's say.
  const fleet = runJson<SummaryDocument>(['summarize', FLEET]).json;
  assert.deepEqual(rows(fleet.breakdowns!.streams.byOsVersion), [['Android 14', 1, 1], ['Windows 11', 1, 2], ['macOS 10.15.7+', 1, 2], ['Linux', 0, 1], ['Redacted', 0, 1], ['iOS 12', 0, 1]]);
  assert.doesNotMatch(runCli(['summarize', FLEET, '--format', 'markdown']).stdout, /OS version/);
  // samples/ logs Windows 10 and 11 builds (10.0.17763, 10.0.19045, 10.0.22631) and Android 11 and 14.
  const samples = runJson<SummaryDocument>(['summarize', 'samples/']).json;
  const versions = rows(samples.breakdowns!.streams.byOsVersion);
  assert.deepEqual(versions.filter((r) => /^(Windows|Android)/.test(String(r[0]))), [['Android 14', 4, 11], ['Windows 11', 1, 12], ['Android 11', 0, 2], ['Windows 10', 0, 4]]);
  assert.match(runCli(['summarize', 'samples/', '--format', 'markdown']).stdout, /\| OS version \| Android 14 \| 4 \| 11 \| 36\.4% \| 15\.2%–64\.6% \|\n\|  \| macOS 10\.15\.7\+ \|/);
});
