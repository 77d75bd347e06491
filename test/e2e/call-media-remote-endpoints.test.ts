import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import { runCli, runJson } from '../support/run-cli.js';

// A group call's participant p1 receives audio from e2 (jitter 10 ms) and from e3 (50 ms); its client logs each
// stream's other end by RemoteEndpointId only. Averaged together they were one series of 30 ms, within the limit.
const PATH = 'test/fixtures/input/media-stats-remote-endpoints.jsonl';

test('media series of two senders named by RemoteEndpointId are two: the poor one is an issue, in text, markdown and JSON', () => {
  const { result, json } = runJson<CallDocument>(['call', 'f7000000', PATH]);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(
    json.mediaSeries.map((s) => [s.participantId, s.remoteParticipantId, s.remoteEndpointId, s.samples, s.average, s.poor]),
    [
      ['p1', null, 'e2', 3, 10, false],
      ['p1', null, 'e3', 3, 50, true],
    ],
  );
  assert.equal(json.quality, 'poor');
  assert.equal(json.issueCount, 1);
  const text = runCli(['call', 'f7000000', PATH]).stdout;
  assert.match(text, /\n {2}leg p1: client media stats recv audio JitterInMs from e3 averaged 50 ms > 30 ms — voices sound robotic\n/);
  assert.match(text, /\n {2}p1 recv audio\/OPUS JitterInMs from e2 +▃▃▃ {2}avg 10 /);
  const markdown = runCli(['call', 'f7000000', PATH, '--format', 'markdown']).stdout;
  assert.match(markdown, /\| `p1` \| recv \| audio\/OPUS from e3 \| JitterInMs \| \*\*50 ms\*\* \|/);
});
