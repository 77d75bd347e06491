import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import { runCli, runJson } from '../support/run-cli.js';

// The call-end code table's Advice column (src/data/call-end-codes.json), beside the end reason it is for.

const FLEET = 'test/fixtures/fleet/fleet-calls.jsonl';
const ADVICE_410_3101 = 'Check network configuration, make sure it follows Azure Communication Calling network requirements.';

test('a leg\'s end code with advice in the code table: the Legs of call\'s text and markdown give it under the end reason, JSON as endReason.advice', () => {
  const { result, json } = runJson<CallDocument>(['call', 'aaaa0001', FLEET]);
  assert.equal(result.status, 0, result.stderr);
  const byLeg = Object.fromEntries(json.participants.map((p) => [p.participantId, p.endReason.advice]));
  assert.equal(byLeg['pa2-0000'], ADVICE_410_3101);
  assert.equal(byLeg['pa1-0000'], null, '0/0 has no advice');
  assert.equal(json.dropped[0]!.endReason.advice, ADVICE_410_3101);

  const text = runCli(['call', 'aaaa0001', FLEET]).stdout;
  // In the End reason column, after the reason and "(dropped)", wrapped as the column is.
  const column = [...text.matchAll(/│ (pa2-0000| {8}) │[^│]*│[^│]*│[^│]*│[^│]*│[^│]*│ ([^│]*?) *│/g)].map((m) => m[2]).join(' ');
  assert.match(column, /client's network and retry\. \(dropped\) Advice: Check network configuration, make sure it follows Azure Communication Calling network requirements\./);

  const markdown = runCli(['call', 'aaaa0001', FLEET, '--format', 'markdown']).stdout;
  assert.match(markdown, /retry\. \*\*\(dropped\)\*\*<br>_Advice: Check network configuration, make sure it follows Azure Communication Calling network requirements\._ \|/);
  assert.match(markdown, /\| 0\/0 Success: Call ended successfully by local participant\. \|/, 'none where the table has none');
});
