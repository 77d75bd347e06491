import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeEndReason, END_CODE_ROWS, endCodeKey, lookupEndCode } from '../../../src/rules/decode-end-reason.js';

// The PSTN page's rows (call-end-codes.json's pstnSource) and its rule for the subcodes it has no row for: 560xxx is
// an outbound call's, 540xxx an inbound one's, final SIP response xxx from the Session Border Controller.

test('a PSTN leg\'s end codes decode with the PSTN page\'s rows: a normal inbound hang-up, a decline, a carrier failure', () => {
  const hangUp = decodeEndReason(0, 540000, null);
  assert.deepEqual([hangUp.resultCategory, hangUp.dropped, hangUp.failed], ['Success', false, false]);
  assert.match(hangUp.message ?? '', /^Normal PSTN call end: user ended the call/);

  const declined = decodeEndReason(603, 560603, 'ExpectedError');
  assert.match(declined.message ?? '', /^Call declined by the recipient/);
  assert.deepEqual([declined.dropped, declined.failed], [false, false]);

  // Not the Calling SDK table's 503 row ("Communication Services infrastructure error. File a support request"):
  // the carrier's or SBC's 503.
  const carrier = decodeEndReason(503, 560503, null);
  assert.match(carrier.message ?? '', /internal server error in one of the services involved in the call/);
  assert.match(carrier.advice ?? '', /telco provider/);
  assert.equal(carrier.dropped, true, '503 is ungraceful to Call Diagnostics, whoever sent it');

  assert.match(lookupEndCode(408, 560408)?.message ?? '', /called party didn't respond/);
  assert.match(lookupEndCode(480, 560480)?.message ?? '', /No answer from the called user/);
  // The page writes this row with code 497; a SIP 487 leg is what has the subcode 560487.
  assert.match(lookupEndCode(487, 560487)?.message ?? '', /caller terminated the call request/);
  // Where the Calling SDK table has the row too, its row (with its result category) is kept.
  assert.equal(lookupEndCode(486, 560486)?.resultCategory, 'Success');
  assert.equal(lookupEndCode(0, 560000)?.message, 'Call ended successfully by remote PSTN participant.');

  // One row a code and subcode, and a 560xxx/540xxx row's code is its subcode's SIP response.
  const keys = END_CODE_ROWS.map((row) => endCodeKey(row.code, row.subCode));
  assert.equal(new Set(keys).size, keys.length);
  for (const row of END_CODE_ROWS) {
    if (row.subCode === null || row.code === 0) continue;
    const side = Math.floor(row.subCode / 1000);
    if (side === 560 || side === 540) assert.equal(row.code, row.subCode % 1000, endCodeKey(row.code, row.subCode));
  }
});

test('a 560xxx or 540xxx subcode the table has no row for is read by the PSTN page\'s rule, not as the code alone', () => {
  const outbound = decodeEndReason(503, 560599, null);
  assert.match(outbound.message ?? '', /^SIP 599 from the PSTN side of an outbound call: .*Session Border Controller, not from Communication Services\.$/);
  assert.doesNotMatch(outbound.message ?? '', /infrastructure/);
  assert.equal(outbound.dropped, true);
  assert.match(decodeEndReason(488, 540488, null).message ?? '', /^SIP 488 from the PSTN side of an inbound call/);
  assert.equal(decodeEndReason(502, 560502, null).advice, 'Check the Session Border Controller\'s logs for the call.');
  // Other subcodes still fall back to the code alone; a last three digits that is no SIP response is not read so.
  assert.equal(decodeEndReason(503, 9999, null).message, 'Communication Services infrastructure error.');
  assert.equal(decodeEndReason(503, 560050, null).message, 'Communication Services infrastructure error.');
});
