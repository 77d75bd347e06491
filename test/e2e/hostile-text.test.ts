import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { ROOT, runCli } from '../support/run-cli.js';

/**
 * test/fixtures/hostile/hostile.jsonl: two calls whose every text field (ids, osVersion, identifier, types,
 * operation names and payload, media-stats names, survey issues) holds an OSC title, an OSC 8 hyperlink,
 * a clear-screen CSI, CR, a C1 CSI (U+009B), a bidi override, NUL, BS and DEL.
 */
const FIXTURE = 'test/fixtures/hostile/hostile.jsonl';
const lines = readFileSync(`${ROOT}${FIXTURE}`, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
const EVIL_ID = lines.find((l) => String(l.correlationId).startsWith('evil'))!.correlationId as string;
const OS_VERSION = lines[0]!.properties.osVersion as string;

/**
 * Code points a terminal acts on, that reorder text or that show as nothing: C0 but \n (and \r before \n in CSV), DEL,
 * C1, bidi marks, the zero-width space, word joiner, a BOM within text and tag characters (their high surrogate, U+DB40).
 */
function unsafeCodePoints(text: string, allowCrlf = false): string[] {
  const bad: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const n = text.charCodeAt(i);
    if (n === 0x0a || (allowCrlf && n === 0x0d && text[i + 1] === '\n')) continue;
    const invisible = n === 0x200b || n === 0x2060 || n === 0xfeff || n === 0xdb40;
    if (invisible || n < 0x20 || (n >= 0x7f && n <= 0x9f) || (n >= 0x202a && n <= 0x202e) || (n >= 0x2066 && n <= 0x2069) || n === 0x200e || n === 0x200f || n === 0x061c) {
      bad.push(`U+${n.toString(16).padStart(4, '0')} at ${i}`);
    }
  }
  return bad;
}

test('the fixture is hostile: its values hold the escape sequences', () => {
  assert.match(EVIL_ID, /\u001b\]0;/);
  assert.match(OS_VERSION, /\u001b\]8;;http:\/\/evil/);
  assert.match(OS_VERSION, /\u001b\[2J/);
  assert.match(OS_VERSION, /\r/);
  assert.match(OS_VERSION, /\u009b/);
  assert.match(OS_VERSION, /\u200b\u2060\ufeff\u{e0041}/u);
});

for (const format of ['table', 'markdown', 'github', 'csv', 'junit', 'json', 'ndjson']) {
  test(`summarize --format ${format}: no control character from a log reaches stdout or stderr`, () => {
    const { status, stdout, stderr } = runCli(['summarize', FIXTURE, '--format', format], { env: { NO_COLOR: '1' } });
    assert.equal(status, 0, stderr);
    assert.deepEqual(unsafeCodePoints(stdout, format === 'csv'), [], `${format} stdout`);
    assert.deepEqual(unsafeCodePoints(stderr), [], `${format} stderr`);
  });
}

test('call text, JSON, Markdown and JUnit: no control character from a log reaches the terminal, for the hostile id too', () => {
  for (const args of [
    ['call', 'hostile0', FIXTURE],
    ['call', 'hostile0', FIXTURE, '--format', 'json'],
    ['call', 'hostile0', FIXTURE, '--format', 'markdown'],
    ['call', 'hostile0', FIXTURE, '--format', 'junit'],
    ['call', 'evil', FIXTURE],
    ['call', 'evil', FIXTURE, '--format', 'markdown'],
    ['call', 'nosuchid', FIXTURE],
  ]) {
    const { stdout, stderr } = runCli(args, { env: { NO_COLOR: '1' } });
    assert.deepEqual(unsafeCodePoints(stdout), [], `${args.join(' ')} stdout`);
    assert.deepEqual(unsafeCodePoints(stderr), [], `${args.join(' ')} stderr`);
  }
});

test('with colour forced, the only escape sequences are the tool’s own SGR colour codes', () => {
  for (const args of [['summarize', FIXTURE], ['call', 'hostile0', FIXTURE]]) {
    const { stdout } = runCli(args, { env: { FORCE_COLOR: '1' } });
    assert.match(stdout, /\u001b\[31m/, 'colour is on');
    assert.deepEqual(unsafeCodePoints(stdout.replace(/\u001b\[[0-9;]*m/g, '')), [], args.join(' '));
  }
});

test('JSON stays exact: the hostile strings parse back to what the log held', () => {
  const summary = JSON.parse(runCli(['summarize', FIXTURE, '--format', 'json']).stdout) as SummaryDocument;
  assert.ok(summary.calls.some((c) => c.correlationId === EVIL_ID));
  const call = JSON.parse(runCli(['call', 'hostile0', FIXTURE, '--format', 'json']).stdout) as CallDocument;
  assert.equal(call.participants[0]!.osVersion, OS_VERSION);
});

test('summarize --format junit: well-formed whatever the log holds, as a JUnit reader needs (not-xml-chars.jsonl)', () => {
  // Its ids and types hold U+FFFE, U+FFFF and lone surrogates, which XML 1.0 forbids, and an emoji (a surrogate pair), which it allows.
  const { status, stdout, stderr } = runCli(['summarize', 'test/fixtures/hostile/not-xml-chars.jsonl', '--format', 'junit']);
  assert.equal(status, 0, stderr);
  assert.doesNotMatch(stdout, /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
  // In the id, the testcase's name, they are written as their escapes (visible-id.ts): two such ids stay apart.
  assert.match(stdout, /<testcase name="notxml00-0000-4000-8000-00000000000\\ufffe\\uffff\u{10000}\u{1F600}" classname="Group\uFFFD" time="60">/u);
  assert.match(stdout, /<failure message="1 issue: leg p1\\ud800: Audio\uFFFD round-trip time 900 ms &gt; 500 ms — delay makes people talk over each other"/);
});

test('call --format junit: well-formed whatever the log holds (not-xml-chars.jsonl)', () => {
  const { status, stdout, stderr } = runCli(['call', 'notxml00', 'test/fixtures/hostile/not-xml-chars.jsonl', '--format', 'junit']);
  assert.equal(status, 0, stderr);
  assert.doesNotMatch(stdout, /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
  // In the id, the testcase's name, they are written as their escapes (visible-id.ts): two such ids stay apart.
  assert.match(stdout, /<testcase name="notxml00-0000-4000-8000-00000000000\\ufffe\\uffff\u{10000}\u{1F600}" classname="Group\uFFFD" time="60">/u);
});

/**
 * test/fixtures/hostile/runner-commands.jsonl: a call whose id, call type, leg id, SDK version, OS, result category and
 * stream id are CI runners' commands (Azure Pipelines' `##vso[…]`, GitHub's `##[…]` and `::…::`), and a line that is
 * one, invalid and quoted on stderr. A runner acts on `##vso[` and `##[` anywhere in a line, on `::` at its start.
 */
const RUNNER = 'test/fixtures/hostile/runner-commands.jsonl';
const RUNNER_ID = '::stop-commands::tok1';

function runnerCommands(text: string, format?: string): string[] {
  return text.split('\n').filter((line) => {
    if (/##(?:vso)?\[/i.test(line)) return true;
    // The github report's own annotations are the commands it is meant to give.
    return line.trimStart().startsWith('::') && !(format === 'github' && /^::(?:error|warning|notice) title=/.test(line));
  });
}

test('no CI runner command from a log reaches stdout or stderr, in any format of summarize or call', () => {
  const runs = [
    ...['table', 'markdown', 'github', 'csv', 'junit', 'json', 'ndjson'].map((format) => ({ format, args: ['summarize', RUNNER, '--format', format] })),
    ...['text', 'markdown', 'junit', 'json'].map((format) => ({ format, args: ['call', RUNNER_ID, RUNNER, '--format', format] })),
  ];
  for (const { format, args } of runs) {
    const { status, stdout, stderr } = runCli(args, { env: { NO_COLOR: '1' } });
    assert.equal(status, 0, `${args.join(' ')}: ${stderr}`);
    assert.deepEqual(runnerCommands(stdout, args[0] === 'summarize' ? format : undefined), [], `${args.join(' ')} stdout`);
    assert.deepEqual(runnerCommands(stderr), [], `${args.join(' ')} stderr`);
    if (args[0] === 'summarize') assert.match(stderr, /invalid record: not JSON: .*"\\u0023#vso\[task/, 'the invalid line is quoted, defused: its # escaped, as an id\'s name has it');
  }
});

test('the JSON of runner commands is still exact, and an id shown with its space is asked for as shown', () => {
  const summary = JSON.parse(runCli(['summarize', RUNNER, '--format', 'json']).stdout) as SummaryDocument;
  assert.equal(summary.calls[0]!.correlationId, RUNNER_ID);
  const call = runCli(['call', RUNNER_ID, RUNNER, '--format', 'json']);
  assert.match(call.stdout, /"sdkVersion": "\\u0023#vso\[task\.setvariable variable=ACS_GATE\]pwned"/);
  assert.equal((JSON.parse(call.stdout) as CallDocument).participants[0]!.sdkVersion, '##vso[task.setvariable variable=ACS_GATE]pwned');
  const text = runCli(['call', RUNNER_ID, RUNNER, '--no-color']);
  // The heading names the call as every report does (visibleId): the `:` that would start a command is an escape.
  assert.match(text.stdout, /^Call \\u003a:stop-commands::tok1\n/);
  const asShown = runCli(['call', ': :stop-commands::tok1', RUNNER, '--format', 'json']);
  assert.equal(asShown.status, 0, asShown.stderr);
  assert.equal((JSON.parse(asShown.stdout) as CallDocument).correlationId, RUNNER_ID);
});

/**
 * test/fixtures/hostile/gitlab-attachment.jsonl: ids and text holding `[[ATTACHMENT|…]]`, which GitLab's JUnit reader
 * makes a link to a file of the job's artifacts (junit-schema.test.ts checks the JUnit reports hold none).
 */
const ATTACHMENT = 'test/fixtures/hostile/gitlab-attachment.jsonl';
const ATTACHMENT_ID = '[[ATTACHMENT|call.png]]-0003';

test('an id holding GitLab\'s `[[ATTACHMENT|` is named with its `[` escaped in every format, is found by that name, and stays exact in JSON', () => {
  const name = '\\u005b[ATTACHMENT|call.png]]-0003';
  const csv = runCli(['summarize', ATTACHMENT, '--format', 'csv']);
  assert.equal(csv.status, 0, csv.stderr);
  assert.match(csv.stdout, /^\\u005b\[ATTACHMENT\|call\.png\]\]-0003,/m);
  const markdown = runCli(['summarize', ATTACHMENT, '--format', 'markdown']);
  // In a table's cell, its `|` escaped (markdown-text.ts).
  assert.ok(markdown.stdout.includes('| `\\u005b[ATTACHMENT\\|call.png]]-0003` |'), markdown.stdout);
  for (const asked of [name, ATTACHMENT_ID]) {
    const { status, stdout, stderr } = runCli(['call', asked, ATTACHMENT, '--format', 'json']);
    assert.equal(status, 0, `${asked}: ${stderr}`);
    assert.equal((JSON.parse(stdout) as CallDocument).correlationId, ATTACHMENT_ID);
  }
});
