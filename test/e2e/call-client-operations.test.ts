import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runCli, runJson } from '../support/run-cli.js';

// The client operations of `call`'s story: what a failed one's payload says (its subcode, as summarize counts it).

const FLEET = 'test/fixtures/fleet/fleet-calls.jsonl';

test('a failed operation\'s payload subcode (403/41001) is in call\'s text, markdown and JSON, as summarize counts it', () => {
  const { json: summary } = runJson<SummaryDocument>(['summarize', FLEET]);
  const startVideo = summary.breakdowns!.reliability.operations.find((o) => o.operation === 'StartVideo')!;
  assert.ok(startVideo.failuresByCode.some((f) => f.code === '403' && f.subCode === '41001'), 'summarize reads it');

  const { result, json } = runJson<CallDocument>(['call', 'aaaa0001', FLEET]);
  assert.equal(result.status, 0, result.stderr);
  const failed = json.operations.filter((o) => o.failed);
  assert.deepEqual(failed.map((o) => [o.operationName, o.resultSignature, o.subCode]), [['StartVideo', '403', '41001']]);
  // Only a failure's: a succeeded operation has none, whatever its payload.
  assert.ok(json.operations.filter((o) => !o.failed).every((o) => o.subCode === null));

  const text = runCli(['call', 'aaaa0001', FLEET]).stdout;
  assert.match(text, /\n {2}leg pa2-0000: StartVideo Failed \(403\/41001\) at \+2m 00s \(08:02:00 UTC\)\n/);
  assert.match(text, /\n {2}08:02:00 +\+2m 00s {2}pa2-0000 {2}StartVideo +Failed 403\/41001 {2}100 ms\n/);

  const markdown = runCli(['call', 'aaaa0001', FLEET, '--format', 'markdown']).stdout;
  assert.match(markdown, /\| StartVideo \| \*\*Failed 403\/41001\*\* \| 100 ms \|/);
  assert.match(markdown, /- leg pa2-0000: StartVideo Failed \(403\/41001\) at \+2m 00s \(08:02:00 UTC\)\n/);
});

const P2P_CLIENT = 'test/fixtures/input/p2p-client-operations.jsonl';

test('a P2P call\'s operations are shown under the leg their EndpointId names, not a ParticipantId no leg has', () => {
  const { status, stdout } = runCli(['call', 'b2b20000', P2P_CLIENT]);
  assert.equal(status, 0);
  assert.match(stdout, /\n {2}leg eb000002: CreateView Failed \(500\) at \+10s \(09:00:10 UTC\)\n/);
  assert.match(stdout, /\n {2}09:00:03 +\+3s {2}eb000002 {2}StartCall +Succeeded 200 {2}120 ms\n {2}09:00:10 +\+10s {2}eb000002 {2}CreateView +Failed 500 {2}120 ms\n/);
  assert.doesNotMatch(stdout, /9c000009/);
  const markdown = runCli(['call', 'b2b20000', P2P_CLIENT, '--format', 'markdown']).stdout;
  assert.match(markdown, /\| \+10s \| `eb000002` \| CreateView \| \*\*Failed 500\*\* \|/);
});

test('call\'s JSON operations carry what ties them to a leg and a client: operationId, endpointId, leg, clientInstanceId, sdkVersion, userAgent', () => {
  const { result, json } = runJson<CallDocument>(['call', 'b2b20000', P2P_CLIENT]);
  assert.equal(result.status, 0, result.stderr);
  const [start, view] = json.operations;
  assert.deepEqual(
    { ...start!, payload: undefined, time: undefined },
    {
      time: undefined,
      operationName: 'StartCall',
      operationType: 'client-api-request',
      operationId: '0f000001-0000-4000-8000-000000000001',
      participantId: '9c000009-0000-4000-8000-000000000009',
      endpointId: 'eb000002-0000-4000-8000-000000000002',
      leg: { participantId: null, endpointId: 'eb000002-0000-4000-8000-000000000002' },
      clientInstanceId: 'c1000001-0000-4000-8000-000000000001',
      sdkVersion: '1.19.2.2',
      userAgent: 'azure-communication-services/1.3.1 azsdk-js-communication-calling/1.19.2 (javascript_calling_sdk). Mozilla/5.0',
      resultType: 'Succeeded',
      resultSignature: '200',
      subCode: null,
      durationMs: 120,
      failed: false,
      diagnostic: null,
      degraded: null,
      payload: undefined,
    },
  );
  // Not logged: null, as every other field of the document says so.
  assert.deepEqual([view!.operationId, view!.clientInstanceId, view!.sdkVersion, view!.userAgent], ['0f000002-0000-4000-8000-000000000002', null, null, null]);
  assert.deepEqual(view!.leg, start!.leg);
});

test('a User Facing Diagnostic back to Good is named in call\'s text and JSON, as a degraded one is', () => {
  const text = runCli(['call', 'aaaa0001', FLEET]).stdout;
  assert.match(text, /\n {2}08:03:00 +\+3m 00s {2}pa2-0000 {2}UserFacingDiagnostics +Succeeded 200 {2}100 ms {2}networkReceiveQuality: Bad\n/);
  assert.match(text, /\n {2}08:04:00 +\+4m 00s {2}pa1-0000 {2}UserFacingDiagnostics +Succeeded 200 {2}100 ms {2}networkReceiveQuality: Good\n/);
  const { json } = runJson<CallDocument>(['call', 'aaaa0001', FLEET]);
  const ufds = json.operations.filter((o) => o.operationName === 'UserFacingDiagnostics');
  assert.deepEqual(
    ufds.map((o) => [o.diagnostic?.diagnostic, o.diagnostic?.quality, o.degraded?.quality ?? null]),
    [
      ['networkReceiveQuality', 'Bad', 'Bad'],
      ['networkReconnect', 'Bad', 'Bad'],
      ['networkReceiveQuality', 'Good', null],
    ],
  );
  assert.ok(json.operations.filter((o) => o.operationName !== 'UserFacingDiagnostics').every((o) => o.diagnostic === null));
});

test("a long User Facing Diagnostic's name is cut to 40 columns in call's text, as summarize's tables cut it; JSON and Markdown keep it whole", () => {
  // test/fixtures/long-types: a client logs a 141-character diagnostic (Bad).
  const LONG = 'test/fixtures/long-types/long-types.jsonl';
  const diagnostic = `networkReceiveQuality${'KindUnlisted'.repeat(10)}`;
  const { status, stdout, stderr } = runCli(['call', 'eeee0006', LONG]);
  assert.equal(status, 0, stderr);
  assert.match(stdout, /UserFacingDiagnostics +Succeeded 200 +100 ms {2}networkReceiveQualityKindUnlistedKindUn…: Bad$/m);
  assert.ok(!stdout.includes(diagnostic), 'cut in the text');
  const { json } = runJson<CallDocument>(['call', 'eeee0006', LONG]);
  assert.ok(JSON.stringify(json.operations).includes(diagnostic), 'whole in JSON');
  assert.ok(runCli(['call', 'eeee0006', LONG, '--format', 'markdown']).stdout.includes(diagnostic), 'whole in Markdown');
});
