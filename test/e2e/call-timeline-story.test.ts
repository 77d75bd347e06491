import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import { runJson } from '../support/run-cli.js';

test("the JSON timeline tells what a leg's events were about: what User Facing Diagnostics reported, a failure's code, a dropped end", () => {
  const { result, json } = runJson<CallDocument>(['call', 'a60ad5d9', 'samples/']);
  assert.equal(result.status, 0, result.stderr);
  const leg = json.timeline.filter((e) => e.participantId === '2aaed7ee-c815-46c7-a198-9c11109f5308' && e.kind !== 'media');
  // The story in order: the network went bad twice, a view failed, then the leg dropped.
  assert.deepEqual(
    leg.map((e) => [e.time, e.kind, e.detail]),
    [
      ['2026-11-20T09:20:03.114Z', 'join', 'VoIP'],
      ['2026-11-20T09:20:03.114Z', 'operation', 'Join Succeeded'],
      ['2026-11-20T09:20:58.402Z', 'operation', 'UserFacingDiagnostics Succeeded — networkReceiveQuality: Bad'],
      ['2026-11-20T09:21:10.880Z', 'operation', 'CreateView Failed (500)'],
      ['2026-11-20T09:21:27.015Z', 'operation', 'UserFacingDiagnostics Succeeded — networkReconnect: Bad'],
      ['2026-11-20T09:21:39.114Z', 'leave', 'end reason 410/3101 (dropped)'],
    ],
  );
  // A return to Good is named too; a leg that ended well is not marked.
  assert.ok(json.timeline.some((e) => e.detail === 'UserFacingDiagnostics Succeeded — networkReceiveQuality: Good'));
  assert.ok(json.timeline.some((e) => e.kind === 'leave' && e.detail === 'end reason 500/4521 (dropped)'));
  assert.ok(json.timeline.some((e) => e.kind === 'leave' && e.detail === 'end reason 0/0'));
});
