import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import { section } from '../support/report-section.js';
import { runCli, runJson } from '../support/run-cli.js';

// Two P2P calls whose clients logged ParticipantIds of their own, which no leg has. c6c60000: client 9c000038's
// operations name leg ea000031, client 9c000039's leg eb000032; each received the other's audio (RemoteParticipantId:
// the other client's own id) and rated the call. c7c70000: client 9c000049's operations name both legs (tied to none);
// it sent what client 9c000048 (leg ea000041) received, and rated the call.
const FILE = 'test/fixtures/input/p2p-survey-other-end.jsonl';
const [A, B] = ['9c000038-0000-4000-8000-000000000038', '9c000039-0000-4000-8000-000000000039'];
const [EA, EB] = ['ea000031-0000-4000-8000-000000000031', 'eb000032-0000-4000-8000-000000000032'];
const UNTIED = '9c000049-0000-4000-8000-000000000049';
const ISSUE = 'leg eb000032 (client 9c000039): client media stats recv audio JitterInMs from ea000031 (client 9c000038) averaged 90 ms > 30 ms — voices sound robotic';

test("a P2P client's survey ratings and a series' other end are named by the leg the client's operations tie its id to, its id beside it: text", () => {
  const { status, stdout, stderr } = runCli(['call', 'c6c60000', FILE]);
  assert.equal(status, 0, stderr);
  assert.deepEqual(section(stdout, /^Survey ratings/).slice(1), ['  ea000031 (client 9c000038)  overall 4/5', '  eb000032 (client 9c000039)  overall 2/5 poor (CallDropped)']);
  assert.deepEqual(section(stdout, /^Issues/).slice(1), [`  ${ISSUE}`]);
  const media = section(stdout, /^Media stats/).slice(1).filter((l) => !l.startsWith('   '));
  assert.deepEqual(media.map((l) => l.split(/ +[▁-█]/)[0]), [
    '  ea000031 (client 9c000038) send audio/OPUS RoundTripTimeInMs to eb000032 (client 9c000039)',
    '  eb000032 (client 9c000039) recv audio/OPUS JitterInMs from ea000031 (client 9c000038)',
  ]);
  const events = section(stdout, /^Events/).filter((l) => l.includes('media stats'));
  assert.deepEqual(events, ['  09:01:00   +1m 00s  eb000032  media stats            recv audio/OPUS JitterInMs from ea000031 (client 9c000038) past 30 ms until +1m 30s (avg up to 100 ms)']);
  assert.ok(!/(from|to) 9c0000|^ {2}9c0000/m.test(stdout), stdout);
});

test("a P2P client's survey and a series' other end under their legs in the Markdown and JUnit too", () => {
  const markdown = runCli(['call', 'c6c60000', FILE, '--format', 'markdown']).stdout.split('\n');
  assert.deepEqual(markdown.filter((l) => l.startsWith('- `')), ['- `ea000031` (client `9c000038`): overall 4/5', '- `eb000032` (client `9c000039`): **overall 2/5 poor (CallDropped)**']);
  assert.deepEqual(markdown.filter((l) => l.includes('| audio/OPUS ')).map((l) => l.split(' | ')[2]), ['audio/OPUS to eb000032 (client 9c000039)', 'audio/OPUS from ea000031 (client 9c000038)']);
  assert.ok(markdown.includes(`- ${ISSUE.replace('>', '&gt;')}`), markdown.join('\n'));
  assert.ok(markdown.some((l) => l.startsWith('| 09:01:00 | +1m 00s | `eb000032` | media stats | recv audio/OPUS JitterInMs from ea000031 (client 9c000038) past 30 ms')), markdown.join('\n'));

  const junit = runCli(['call', 'c6c60000', FILE, '--format', 'junit']).stdout;
  assert.ok(junit.includes(`>${ISSUE.replace('>', '&gt;')}</failure>`), junit);
});

test("a P2P client's survey and a series' other end in JSON: participantIds as logged, their legs added (surveys[].leg, mediaSeries[].remoteLeg)", () => {
  const { json } = runJson<CallDocument>(['call', 'c6c60000', FILE]);
  const leg = (endpointId: string) => ({ participantId: null, endpointId });
  assert.deepEqual(json.surveys.map((s) => [s.participantId, s.leg]), [[A, leg(EA)], [B, leg(EB)]]);
  assert.deepEqual(json.mediaSeries.map((s) => [s.participantId, s.remoteParticipantId, s.remoteLeg]), [[A, B, leg(EB)], [B, A, leg(EA)]]);
});

test("a client id whose operations name both legs names no leg as a survey's or an other end's: shown as logged, JSON's leg null", () => {
  const { stdout } = runCli(['call', 'c7c70000', FILE]);
  assert.deepEqual(section(stdout, /^Survey ratings/).slice(1), ['  9c000049  overall 2/5 poor (CallDropped)']);
  assert.deepEqual(section(stdout, /^Issues/).slice(1), ['  leg ea000041 (client 9c000048): client media stats recv audio JitterInMs from 9c000049 averaged 90 ms > 30 ms — voices sound robotic']);
  const { json } = runJson<CallDocument>(['call', 'c7c70000', FILE]);
  assert.deepEqual(json.surveys.map((s) => [s.participantId, s.leg]), [[UNTIED, null]]);
  assert.deepEqual(json.mediaSeries.map((s) => [s.remoteParticipantId, s.remoteLeg]), [[UNTIED, null]]);
});

test("a group call's surveys and other ends stay under the participantIds they log, their legs' own; JSON's legs are those legs", () => {
  const text = runCli(['call', 'a60ad5d9', 'samples/']).stdout;
  assert.deepEqual(section(text, /^Survey ratings/).slice(1), ['  9d64fef3  overall 2/5 poor (CallDropped) · audio 2/5 poor (Distorted, Echo)', '  e0dd0d03  overall 4/5 · audio 4/5']);
  assert.ok(section(text, /^Media stats/).slice(1).every((l) => l.startsWith('   ') || / (from|to) e0dd0d03 /.test(l)));
  assert.ok(!/\(client [0-9a-f]/.test(text), text);
  const { json } = runJson<CallDocument>(['call', 'a60ad5d9', 'samples/']);
  for (const s of json.surveys) assert.equal(s.leg?.participantId, s.participantId);
  for (const s of json.mediaSeries) assert.equal(s.remoteLeg?.participantId, s.remoteParticipantId);
});
