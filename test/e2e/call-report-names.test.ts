import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import { ROOT, runCli, runJson } from '../support/run-cli.js';

/**
 * test/fixtures/input/ids-named-with-escapes.jsonl: calls whose ids the reports name with `\u` escapes (visible-id.ts):
 * a control character, a zero-width space (two calls that start so, and one of it alone), a tab, CRLF, a lone
 * surrogate, BEL after a runner command; beside them a call whose id is `a\u0001b` as text, one with a backslash
 * that starts no escape, and a GUID. A support engineer copies a name from a report into `call`: it finds that call.
 */
const FIXTURE = 'test/fixtures/input/ids-named-with-escapes.jsonl';

/** Each JUnit testcase name (as a reader shows it, its XML entities read) and the id of the call it names. */
const NAMED: [name: string, id: string][] = [
  ['a\\u0001b', 'a\u0001b'],
  ['a\\\\u0001b', 'a\\u0001b'],
  ['\\u200bcall-7', '\u200bcall-7'],
  ['\\u200bcall-8', '\u200bcall-8'],
  ['\\u200b', '\u200b'],
  ['tab\\u0009id', 'tab\tid'],
  ['line\\u000d\\u000abreak', 'line\r\nbreak'],
  ['x\\ud800y', 'x\ud800y'],
  ['\\u0023#vso[call]\\u0007', '##vso[call]\u0007'],
  ['back\\slash', 'back\\slash'],
  ['c0de0001-0000-4000-8000-000000000001', 'c0de0001-0000-4000-8000-000000000001'],
];

function xmlAttribute(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, entity: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[entity]!);
}

/** The call `call` finds by the id given, in the file (its bytes searched) and on standard input (each record's text). */
function assertFinds(given: string, id: string): void {
  for (const [path, stdin] of [[FIXTURE, undefined], ['-', readFileSync(`${ROOT}${FIXTURE}`)]] as const) {
    const { result, json } = runJson<CallDocument>(['call', given, path], { input: stdin });
    assert.equal(result.status, 0, `${JSON.stringify(given)} in ${path}: ${result.stderr}`);
    assert.equal(json.correlationId, id, `${JSON.stringify(given)} in ${path}`);
  }
}

/** The one line `call` writes on stderr when it fails, exit 2: no control character from the id typed. */
function failure(given: string): string {
  const { status, stdout, stderr } = runCli(['call', given, FIXTURE]);
  assert.equal(status, 2, `${JSON.stringify(given)}: ${stderr}`);
  assert.equal(stdout, '');
  assert.match(stderr, /^acs-calllogs: [^\n]*\n$/, JSON.stringify(stderr));
  // eslint-disable-next-line no-control-regex
  assert.doesNotMatch(stderr.slice(0, -1), /[\u0000-\u001f\u007f-\u009f\u200b]/, JSON.stringify(stderr));
  return stderr;
}

test('each JUnit testcase name given to call finds the call it names, beside the call whose id is that name as text', () => {
  const junit = runCli(['summarize', FIXTURE, '--format', 'junit']);
  assert.equal(junit.status, 0, junit.stderr);
  const names = [...junit.stdout.matchAll(/<testcase name="([^"]*)" classname="P2P"/g)].map((m) => xmlAttribute(m[1]!));
  assert.deepEqual([...names].sort(), NAMED.map(([name]) => name).sort());
  for (const [name, id] of NAMED) assertFinds(name, id);
});

test("the table's cut names (never cut inside an escape) and call's own heading find their calls", () => {
  const table = runCli(['summarize', FIXTURE], { env: { NO_COLOR: '1' } });
  assert.equal(table.status, 0, table.stderr);
  const shown = table.stdout
    .split('\n')
    .filter((line) => /^│ (POOR|good) /.test(line))
    .map((line) => line.split('│')[2]!.trim());
  assert.equal(shown.length, NAMED.length);
  // Cut to 12, what tells `\u200bcall-7` and `\u200bcall-8` apart; the cut of line\r\nbreak ends with an escape, not in one.
  assert.ok(shown.includes('line\\u000d\\u000a'), shown.join(' | '));
  for (const [name, id] of NAMED) {
    const cut = shown.find((s) => name.startsWith(s));
    assert.ok(cut !== undefined, `${name} in ${shown.join(' | ')}`);
    assertFinds(cut, id);
  }
  const heading = runCli(['call', 'tab\\u0009id', FIXTURE], { env: { NO_COLOR: '1' } });
  assert.match(heading.stdout, /^Call tab\\u0009id\n/);
  const runner = runCli(['call', '\\u0023#vso[call]\\u0007', FIXTURE], { env: { NO_COLOR: '1' } });
  assert.match(runner.stdout, /^Call \\u0023#vso\[call\]\\u0007\n/);
});

test('an ambiguous name lists the calls by their names, and an unknown id suggests one by its name: each finds its call', () => {
  assert.equal(failure('\\u200bcall'), "acs-calllogs: call id '\\u200bcall' is ambiguous: \\u200bcall-7, \\u200bcall-8\n");
  assertFinds('\\u200bcall-8', '\u200bcall-8');
  // Typed without its `##`, the runner command's id is no call's; it is the nearest, named so that it can be given back.
  assert.match(failure('vso[call]'), /; nearest ids seen: \\u0023#vso\[call\]\\u0007, c0de0001-0000-4000-8000-000000000001, e10 \(leg of call c0de0001-0000-4000-8000-000000000001\)\n$/);
  assertFinds('\\u0023#vso[call]\\u0007', '##vso[call]\u0007');
  // As safeText parts it in other text (`# #vso[`): taken as shown so too.
  assertFinds('# #vso[call]\\u0007', '##vso[call]\u0007');
});

test('an id that no call has still fails with one line on stderr (exit 2), as typed, escapes and all', () => {
  assert.match(failure('a\\u0002b'), /^acs-calllogs: no call 'a\\u0002b' in test\/fixtures\/input\/ids-named-with-escapes\.jsonl; no call's or leg's id seen is near it, [^\n]*\n$/);
  assert.match(failure('\\u0002'), /^acs-calllogs: call id '\\u0002' is too short: give the full id or at least 8 characters \(no call or leg has the whole id '\\u0002'\)\n$/);
  // Typed by a script with the characters themselves (a line break, a control, a zero-width space): shown without them.
  assert.match(failure('no\ncall\u0001\u200b-id'), /^acs-calllogs: no call 'no call-id' in /);
  assert.match(failure('a\\u0001c'), /^acs-calllogs: no call 'a\\u0001c' in /);
});
