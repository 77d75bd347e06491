import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, runJson } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

/**
 * test/fixtures/redact/free-text.jsonl: an ACS user's call out to the PSTN whose client operations write numbers as
 * people do and addresses in their payloads (`tel:+1-425-555-0123`, `+1 (425) 555-0199`, `+44 20 7183 8750`,
 * `sip:alice.smith@contoso.com`, `ops.oncall@contoso.com`) and in a result signature (`403 transfer to +33 1 23 45 67
 * 89 refused`), beside what is no one's: times, versions, a relay's address and port, a range, counts, codes.
 */
const FIXTURE = 'test/fixtures/redact/free-text.jsonl';
const CALL = 'f7ee0a11';

/** What of the numbers and addresses the fixture holds no report may show, in the forms it writes them. */
const SECRETS = ['555-01', '5550123', '7183', '45 67', '45.67', 'alice', 'smith', 'oncall'];

function assertNoSecret(shown: string, what: string): void {
  for (const secret of SECRETS) assert.ok(!shown.toLowerCase().includes(secret), `${what}: '${secret}' is shown`);
}

test('call --redact: numbers written with spaces, dashes, dots or parentheses and addresses are masked in every format', () => {
  // Without --redact, they are all there: the fixture does hold them.
  const plain = runCli(['call', CALL, FIXTURE, '--format', 'json']);
  for (const secret of SECRETS) assert.ok(plain.stdout.toLowerCase().includes(secret), `the fixture holds '${secret}'`);
  const dir = scratchDir('redact-free-text-');
  const reports = { json: join(dir, 'r.json'), markdown: join(dir, 'r.md'), junit: join(dir, 'r.xml') };
  const run = runCli(['call', CALL, FIXTURE, '--redact', ...Object.entries(reports).flatMap(([f, p]) => ['--report', `${f}=${p}`])]);
  assert.equal(run.status, 0, run.stderr);
  assertNoSecret(run.stdout, 'table');
  for (const [format, path] of Object.entries(reports)) assertNoSecret(readFileSync(path, 'utf8'), format);
  assert.match(run.stdout, /TransferCall +Failed 403 transfer to \+33…89 refused/);
});

test('call --redact: a payload keeps what is no one\'s exactly as it was, and masks a number as E.164 digits are, an address to its domain', () => {
  const { json } = runJson(['call', CALL, FIXTURE, '--redact']);
  const [start, add, transfer] = json.operations;
  assert.deepEqual(start.payload, { Target: 'tel:+1…23', AlternateCallerId: '+1…99', At: '2026-11-21 14:02:10', SdkVersion: '1.31.2.1' });
  assert.deepEqual(add.payload, {
    Participant: 'sip:…@contoso.com',
    Message: 'Add participant +44…50 failed after 20 s: temporarily unavailable; paged …@contoso.com',
    SubCode: 10480,
    Retry: '2 of 3',
    JitterRange: '10 - 20',
    Relay: '52.112.3.4:3478',
    Pending: '+5 more',
    Elapsed: '+20 s',
  });
  assert.deepEqual(transfer.payload, { TransferTarget: 'tel:+33…89', Transferee: '4:+1…23', Error: 'Transfer refused at 2026-11-21 14:03:05 (403, attempt 1 of 2)' });
  assert.deepEqual([transfer.resultType, transfer.resultSignature], ['Failed', '403 transfer to +33…89 refused']);
  // The verdict and issues are the ones without --redact: the failed operations are failed still.
  const plain = runJson(['call', CALL, FIXTURE]).json;
  assert.deepEqual([json.quality, json.issueCount], [plain.quality, plain.issueCount]);
});

test('summarize --redact: a result signature that holds a number is masked in every format, the rest of the document as without it', () => {
  for (const format of ['table', 'json', 'markdown', 'junit', 'github', 'csv', 'ndjson']) {
    const run = runCli(['summarize', FIXTURE, '--format', format, '--redact']);
    assert.equal(run.status, 0, `${format}: ${run.stderr}`);
    assertNoSecret(run.stdout, format);
  }
  const plain = runJson(['summarize', FIXTURE]).json;
  const redacted = runJson(['summarize', FIXTURE, '--redact']).json;
  const codes = (doc: any) => doc.breakdowns.reliability.operations.flatMap((o: any) => o.failuresByCode.map((c: any) => c.code));
  assert.deepEqual(codes(redacted), ['480', '403 transfer to +33…89 refused']);
  assert.deepEqual({ ...redacted, breakdowns: null }, { ...plain, breakdowns: null });
});
