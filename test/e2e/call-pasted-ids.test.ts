import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import { runCli, runJson } from '../support/run-cli.js';

const P2P = '8d1a8374-344d-4502-b54b-ba2d6daaf0ae';
/** JSON Lines: its bytes are searched for the id's spellings before anything is parsed. */
const CALL_FILE = 'test/fixtures/input/p2p-call.jsonl';

/** The call found by an id as pasted, in a JSON Lines file (the byte search) and on standard input (each record's text). */
function assertFound(pasted: string, input: string, expected: string): void {
  for (const [path, stdin] of [[input, undefined], ['-', readFileSync(input)]] as const) {
    const { result, json } = runJson<CallDocument>(['call', pasted, path], { input: stdin });
    assert.equal(result.status, 0, `${JSON.stringify(pasted)} in ${path}: ${result.stderr}`);
    assert.equal(json.correlationId, expected);
  }
}

test('an id pasted from rich text is found: invisible characters, typographic quotes, dash look-alikes', () => {
  for (const pasted of [
    `\u200b${P2P}`,
    `${P2P}\ufeff`,
    `\u2060${P2P}\u200e`,
    `“${P2P}”`,
    `‘${P2P}’.`,
    P2P.replaceAll('-', '\u2013'),
    P2P.replaceAll('-', '\u2212'),
    `“8d1a8374\u2014\u200b344d”`,
  ]) {
    assertFound(pasted, CALL_FILE, P2P);
  }
});

test('a GUID without its dashes (whole, or the start of one), or as a URN, is found as the dashed GUID', () => {
  for (const pasted of ['8d1a8374344d4502b54bba2d6daaf0ae', '8D1A8374344D4502B54BBA2D6DAAF0AE', `urn:uuid:${P2P}`, 'URN:UUID:8D1A8374', '8d1a8374344d', '8D1A83743']) {
    assertFound(pasted, CALL_FILE, P2P);
  }
});

test('a GUID copied from a URL or a query string, its escapes not decoded, is found', () => {
  for (const pasted of [`%7B${P2P}%7D`, P2P.replaceAll('-', '%2D'), `${P2P}%20`, '%7B8D1A8374']) {
    assertFound(pasted, CALL_FILE, P2P);
  }
});

test('an id that is no GUID is found by its exact spelling, even one whose lower case is longer (İ)', () => {
  const fixture = 'test/fixtures/input/ids-changed-by-case.jsonl';
  for (const id of ['İstanbul-call-01', 'straße-call-0001', 'STRASSE-CALL-0001']) assertFound(id, fixture, id);
});

test('an unknown id suggests only ids that call can find, not those of invalid records only', () => {
  const fixture = 'test/fixtures/input/near-ids-only-invalid.jsonl';
  for (const [path, stdin] of [[fixture, undefined], ['-', readFileSync(fixture)]] as const) {
    const { status, stderr } = runCli(['call', 'c0de0004-0000-4000-8000-000000000004', path], { input: stdin });
    assert.equal(status, 2, stderr);
    assert.match(stderr, /^acs-calllogs: no call 'c0de0004-0000-4000-8000-000000000004' in .*; nearest ids seen: aaaa0001-0000-4000-8000-000000000001, e1 \(leg of call aaaa0001-0000-4000-8000-000000000001\)\n$/m);
    assert.doesNotMatch(stderr, /c0de0003|c0de0005/);
  }
  // The suggestion is one that call finds.
  assert.equal(runCli(['call', 'aaaa0001-0000-4000-8000-000000000001', fixture]).status, 0);
});

test("an id cut short with an ellipsis (as UIs and tickets shorten ids) or in Markdown's emphasis is found, as a prefix", () => {
  const rejoin = 'a60ad5d9-ceeb-4b7f-a165-539cb9f7a904';
  for (const pasted of ['a60ad5d9…', 'a60ad5d9-ceeb…', 'a60ad5d9...', '**a60ad5d9**', '_a60ad5d9_', '**a60ad5d9…**', '`a60ad5d9…`']) {
    const { result, json } = runJson<CallDocument>(['call', pasted, 'samples/']);
    assert.equal(result.status, 0, `${JSON.stringify(pasted)}: ${result.stderr}`);
    assert.equal(json.correlationId, rejoin);
  }
  // A leg's id so, too (call takes a leg's id: its call is shown).
  const leg = runJson<CallDocument>(['call', '**2aaed7ee…**', 'samples/']);
  assert.equal(leg.result.status, 0, leg.result.stderr);
  assert.equal(leg.json.correlationId, rejoin);
  // On standard input, whose records are tested on their text.
  assertFound('8d1a8374…', CALL_FILE, P2P);
});

test('an id with a leading ellipsis (its start cut, its end kept) is said to be one, not matched as a start nor given near ids', () => {
  for (const pasted of ['…539cb9f7a904', '...539cb9f7a904', '“…a60ad5d9”']) {
    const { status, stderr } = runCli(['call', pasted, 'samples/']);
    assert.equal(status, 2, stderr);
    assert.equal(stderr, `acs-calllogs: no call '${pasted}' in samples/; it starts with an ellipsis, as an id cut at its start does, and ids are found by their start: give the whole id, or its first 8 characters or more\n`);
  }
  // On standard input too.
  const piped = runCli(['call', '…8d1a8374', '-'], { input: readFileSync(CALL_FILE) });
  assert.equal(piped.status, 2, piped.stderr);
  assert.match(piped.stderr, /^acs-calllogs: no call '…8d1a8374' in - \(standard input\); it starts with an ellipsis, as an id cut at its start does/);
});

test('an id pasted with text around it (a label, a URL, a log line) is found by the one GUID it holds, said on stderr', () => {
  for (const pasted of [
    `correlationId: ${P2P}`,
    `Call ID = {${P2P}}`,
    `https://portal.azure.com/#view/Microsoft_Azure_Communication/CallDiagnostics/callId/${P2P}`,
    `https://example.invalid/troubleshoot?correlationId=%7B${P2P}%7D&tab=legs`,
    `"correlationId": "${P2P}",`,
  ]) {
    for (const [path, stdin] of [[CALL_FILE, undefined], ['-', readFileSync(CALL_FILE)]] as const) {
      const { result, json } = runJson<CallDocument>(['call', pasted, path], { input: stdin });
      assert.equal(result.status, 0, `${JSON.stringify(pasted)} in ${path}: ${result.stderr}`);
      assert.equal(json.correlationId, P2P);
      assert.equal(result.stderr, `note: no call or leg has the id '${pasted}': looked for the GUID it holds, ${P2P}\n`);
    }
  }
  // A leg's GUID so: its call is shown, the leg marked.
  const leg = runJson<CallDocument>(['call', 'participantId: 2aaed7ee-c815-46c7-a198-9c11109f5308', 'samples/']);
  assert.equal(leg.result.status, 0, leg.result.stderr);
  assert.equal(leg.json.correlationId, 'a60ad5d9-ceeb-4b7f-a165-539cb9f7a904');
  assert.equal(leg.json.matchedLeg?.id, '2aaed7ee-c815-46c7-a198-9c11109f5308');
});

test('a text holding two GUIDs names them and asks for one; a text that is an id is found as typed; a GUID split by spaces is not put together', () => {
  const two = `callId=${P2P}&participantId=2aaed7ee-c815-46c7-a198-9c11109f5308`;
  const several = runCli(['call', two, CALL_FILE]);
  assert.equal(several.status, 2);
  assert.equal(several.stderr, `acs-calllogs: no call or leg has the id '${two}', and it holds 2 GUIDs: ${P2P}, 2aaed7ee-c815-46c7-a198-9c11109f5308; give the one to show\n`);
  // test/fixtures/input/id-holding-guid.jsonl: p2p-call's records, and a CallSummary whose call id is `callId: <its GUID>`.
  const { result, json } = runJson<CallDocument>(['call', `callId: ${P2P}`, 'test/fixtures/input/id-holding-guid.jsonl']);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(json.correlationId, `callId: ${P2P}`);
  assert.equal(result.stderr, '');
  const split = runCli(['call', `call ${P2P.replaceAll('-', ' ')}`, CALL_FILE]);
  assert.equal(split.status, 2);
  assert.match(split.stderr, /^acs-calllogs: no call 'call 8d1a8374 344d /);
});
