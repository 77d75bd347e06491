import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import { readGfm } from '../support/read-gfm.js';
import { runCli, runJson } from '../support/run-cli.js';

/**
 * test/fixtures/input/leg-ids-with-controls.jsonl: a group call whose legs' ids hold control characters — a dropped
 * leg `ab\u0001cdefghij-leg-01` (its endpoint `ep\u001b[31mred-endpoint`, an ANSI colour code in it) with a poor
 * stream, `abcdefghij-leg-02`, what the first reads as with its control removed, and `ab\u0001cdefghij-leg-03`.
 */
const CONTROLS = 'test/fixtures/input/leg-ids-with-controls.jsonl';
const CONTROLS_CALL = 'abcdef04-0000-0000-0000-000000000004';
/**
 * test/fixtures/input/leg-without-id.jsonl: a group call with a server leg that logs its participantId and endpointId
 * as "null" (dropped, with a poor stream of the same nulls), a server leg with an endpointId only, and a client leg.
 */
const NO_ID = 'test/fixtures/input/leg-without-id.jsonl';
const NO_ID_CALL = 'abcdef10-0000-0000-0000-000000000010';

/** The Leg and Endpoint cells of the text report's Legs table, a row a leg. */
function legsCells(stdout: string): Array<[leg: string, endpoint: string]> {
  const section = stdout.slice(stdout.indexOf('Legs\n'), stdout.indexOf('\nTimeline\n'));
  return section
    .split('\n')
    .filter((line) => line.startsWith('│ ') && !line.startsWith('│ Leg ') && line.split('│')[1]!.trim() !== '')
    .map((line) => [line.split('│')[1]!.trim(), line.split('│')[2]!.trim()]);
}

function text(args: string[]): string {
  const result = runCli(args, { env: { NO_COLOR: '1' } });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

/** What a reader of the Markdown report sees (entities and escapes read). */
function markdownSeen(args: string[]): string {
  return readGfm(text([...args, '--format', 'markdown'])).text;
}

test("a leg's and an endpoint's id with control characters is shown by its name (`ab\\u0001…`) in every section and format, never with them removed", () => {
  const out = text(['call', 'abcdef04', CONTROLS]);
  assert.deepEqual(legsCells(out), [
    ['ab\\u0001cdefghij-leg-01', 'ep\\u001b[31mred-endpoin'],
    ['abcdefghij-leg-02', 'ep-plain-02'],
    ['ab\\u0001cdefghij-leg-03', 'ep-plain-03'],
  ]);
  assert.match(out, /\n {2}ab\\u0001cdefghij-leg-01 VoIP {6}█/);
  assert.match(out, /\n {2}leg ab\\u0001cdefghij-leg-01\n/);
  assert.match(out, /\n {2}leg ab\\u0001cdefghij-leg-01: Audio jitter 50 ms > 30 ms/);
  assert.match(out, /\n {2}leg ab\\u0001cdefghij-leg-01: dropped at \+1m 40s/);
  // The ids as they were shown, their control characters (and the colour code's ESC) dropped: no longer anywhere.
  assert.doesNotMatch(out, /abcdefghij-leg-01|abcdefghij-leg-03|epred|ep\[31m/);

  const markdown = markdownSeen(['call', 'abcdef04', CONTROLS]);
  assert.match(markdown, /leg ab\\u0001cdefghij-leg-01: dropped at \+1m 40s/);
  assert.match(markdown, /ab\\u0001cdefghij-leg-01 VoIP {6}█/);
  assert.match(markdown, /ep\\u001b\[31mred-endpoin/);
  assert.doesNotMatch(markdown, /abcdefghij-leg-01|epred/);

  const junit = text(['call', 'abcdef04', CONTROLS, '--format', 'junit']);
  assert.match(junit, /leg ab\\u0001cdefghij-leg-01: dropped at \+1m 40s/);
  assert.match(junit, /<system-out>leg ab\\u0001cdefghij-leg-01 \(VoIP\): joined \+0s/);

  // The JSON report keeps each id exact.
  const { json } = runJson<CallDocument>(['call', 'abcdef04', CONTROLS]);
  assert.deepEqual(
    json.participants.map((p) => [p.participantId, p.endpointId]),
    [
      ['ab\u0001cdefghij-leg-01', 'ep\u001b[31mred-endpoint'],
      ['abcdefghij-leg-02', 'ep-plain-02'],
      ['ab\u0001cdefghij-leg-03', 'ep-plain-03'],
    ],
  );
});

test("each leg's or endpoint's name shown, given back to call, finds that leg's call; the note and the heading name it by its name", () => {
  const out = text(['call', 'abcdef04', CONTROLS]);
  const summarized = text(['summarize', CONTROLS]);
  // summarize's Breaches column cuts the name to 8 characters, an escape whole: `ab\u0001`.
  assert.match(summarized, /│ ab\\u0001: dropped 410\/3101 /);
  const shown: Array<[name: string, field: 'participantId' | 'endpointId', id: string]> = [
    ...legsCells(out).flatMap(([leg, endpoint], i) => {
      const ids = [
        ['ab\u0001cdefghij-leg-01', 'ep\u001b[31mred-endpoint'],
        ['abcdefghij-leg-02', 'ep-plain-02'],
        ['ab\u0001cdefghij-leg-03', 'ep-plain-03'],
      ][i]!;
      return [
        [leg, 'participantId', ids[0]!],
        [endpoint, 'endpointId', ids[1]!],
      ] as Array<[string, 'participantId' | 'endpointId', string]>;
    }),
  ];
  assert.equal(shown.length, 6);
  for (const [name, field, id] of shown) {
    const { result, json } = runJson<CallDocument>(['call', name, CONTROLS]);
    assert.equal(result.status, 0, `${name}: ${result.stderr}`);
    assert.equal(json.correlationId, CONTROLS_CALL, name);
    assert.deepEqual(json.matchedLeg, { field, id }, name);
  }
  const one = runCli(['call', 'ab\\u0001cdefghij-leg-01', CONTROLS], { env: { NO_COLOR: '1' } });
  assert.equal(one.status, 0, one.stderr);
  assert.equal(one.stderr, `note: 'ab\\u0001cdefghij-leg-01' is leg ab\\u0001cdefghij-leg-01 of call ${CONTROLS_CALL}\n`);
  assert.match(one.stdout, /\nAsked for leg ab\\u0001cdefghij-leg-01, marked ▸ below\n/);
  const endpoint = runCli(['call', 'ep\\u001b[31mred-endpoin', CONTROLS, '--format', 'markdown']);
  assert.equal(endpoint.status, 0, endpoint.stderr);
  assert.equal(endpoint.stderr, `note: 'ep\\u001b[31mred-endpoin' is endpoint ep\\u001b[31mred-endpoint of call ${CONTROLS_CALL}\n`);
  assert.match(readGfm(endpoint.stdout).text, /Asked for endpoint ep\\u001b\[31mred-endpoint, marked ▸ below\./);
  // Summarize's cut (of the legs it names: the dropped one) is the start of two legs' names, both of this call: it
  // finds the call, and the note names each leg as the reports do.
  const both = runCli(['call', 'ab\\u0001', CONTROLS], { env: { NO_COLOR: '1' } });
  assert.equal(both.status, 0, both.stderr);
  assert.equal(
    both.stderr,
    `note: 'ab\\u0001' names several legs of call ${CONTROLS_CALL}: leg ab\\u0001cdefghij-leg-01, leg ab\\u0001cdefghij-leg-03; none is marked as asked for\n`,
  );
  assert.doesNotMatch(both.stdout, /Asked for/);
});

test('a leg that logs no id is `(no id)` in every section and format; `(p2p)` is only for a P2P call', () => {
  const out = text(['call', 'abcdef10', NO_ID]);
  // The server leg with an endpointId only: no participantId (`-`) beside the endpoint that names it; not `(p2p)`.
  assert.deepEqual(legsCells(out), [
    ['-', 'srv-endp'],
    ['group-le', 'ep-0001'],
    ['(no id)', '-'],
  ]);
  assert.match(out, /\n {2}\(no id\) {2}Server {4}·/);
  assert.match(out, /\nStreams\n {2}leg \(no id\)\n/);
  assert.match(out, /\n {2}leg \(no id\) \(server side\): Audio jitter 50 ms > 30 ms/);
  assert.match(out, /\n {2}leg \(no id\): dropped at \+50s/);
  assert.doesNotMatch(out, /p2p|leg [-?]/);

  const markdown = text(['call', 'abcdef10', NO_ID, '--format', 'markdown']);
  assert.match(markdown, /\n\| - \| `srv-endp` \| Server \|/);
  assert.match(markdown, /\n\| \(no id\) \| - \| Server \|/);
  assert.match(markdown, /\n\| \(no id\) \| Audio \| inbound \(server side\) \|/);
  assert.match(markdown, /\n- leg \(no id\) \(server side\): Audio jitter/);
  assert.match(markdown, /\n- leg \(no id\): dropped at \+50s/);
  assert.match(markdown, /\n {2}\(no id\) {2}Server {4}·/);
  assert.doesNotMatch(markdown, /p2p|leg [-?]|\| \?/);

  const junit = text(['call', 'abcdef10', NO_ID, '--format', 'junit']);
  assert.match(junit, /leg \(no id\) \(server side\): Audio jitter/);
  assert.match(junit, /leg \(no id\): dropped at \+50s/);
  assert.match(junit, /leg \(no id\) \(Server\): joined \+30s/);
  assert.doesNotMatch(junit, /p2p|leg [-?]/);

  // The JSON report says "no id" as null, as logged.
  const { json } = runJson<CallDocument>(['call', 'abcdef10', NO_ID]);
  assert.equal(json.correlationId, NO_ID_CALL);
  assert.equal(json.callType, 'Group');
  assert.deepEqual(
    json.participants.map((p) => [p.participantId, p.endpointId]),
    [
      [null, 'srv-endpoint-3'],
      ['group-leg-0001', 'ep-0001'],
      [null, null],
    ],
  );
  assert.deepEqual(
    json.dropped.map((p) => [p.participantId, p.endpointId]),
    [[null, null]],
  );

  // summarize names it alike.
  assert.match(text(['summarize', NO_ID]), /│ \(no id\): dropped 500\/0 /);
  assert.match(markdownSeen(['summarize', NO_ID]), /leg \(no id\) \(server side\): Audio jitter 50 > 30 ms/);

  // A P2P call's legs, which log no participantId, are still `(p2p)`, beside the endpoint that names them.
  const p2p = text(['call', '8d1a8374', 'test/fixtures/input/p2p-call.jsonl']);
  assert.ok(
    legsCells(p2p).every(([leg, endpoint]) => leg === '(p2p)' && endpoint !== '-'),
    p2p,
  );
  assert.match(text(['call', '8d1a8374', 'test/fixtures/input/p2p-call.jsonl', '--format', 'markdown']), /\n\| \(p2p\) \| `/);
});
