import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, runJson } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

/** The folders whose calls are shown with and without --redact: phone legs, Teams users, Android devices, bots. */
const FOLDERS = ['test/fixtures/pstn', 'samples'];
const SUMMARY_FORMATS = ['table', 'json', 'markdown', 'junit', 'github', 'csv', 'ndjson'];

/** What the fields --redact changes may differ in; everything else of call's JSON is the same with it and without. */
const REDACTED_FIELDS = new Set(['identifier', 'osVersion', 'userAgent', 'payload', 'teamsThreadId']);

function callIds(folder: string): string[] {
  return runJson(['summarize', folder]).json.calls.map((c: { correlationId: string }) => c.correlationId);
}

/**
 * What a call's unredacted JSON holds that --redact must not show: a phone number's digits after its country code,
 * a user id's own part and the end the reports show of it, a device's model, a client's tag.
 */
function secretsOf(doc: any): string[] {
  const secrets: string[] = [];
  for (const leg of doc.participants) {
    const id: string | null = leg.identifier;
    if (id !== null && id !== 'Redacted' && !id.startsWith('28:')) {
      const phone = /^4:\+?(\d+)$/.exec(id);
      if (phone !== null) secrets.push(phone[1]!.slice(-10, -2));
      else {
        const own = id.replace(/^(?:\d+:)?(?:[a-z-]+:)?/i, '');
        // An ACS id's own part is its resource's id and the user's: the user's is not shown (the resource's is a tenant's).
        secrets.push(own, own.slice(-8), own.slice(own.lastIndexOf('_') + 1));
      }
    }
    const model = /Model: ([^;]+)/.exec(leg.osVersion ?? '');
    if (model !== null) secrets.push(model[1]!);
  }
  for (const op of doc.operations) {
    const device = /Android [\d.]+; ([^;)]+)/.exec(op.userAgent ?? '');
    if (device !== null) secrets.push(device[1]!);
    const tag = /#clientTag:([^;)\s]+)/.exec(op.userAgent ?? '');
    if (tag !== null) secrets.push(tag[1]!);
  }
  return secrets;
}

/** The paths where two JSON values differ, by their keys ("participants.1.identifier"). */
function differences(a: unknown, b: unknown, path: string[] = []): string[][] {
  if (a === b) return [];
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return [path];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...path, k]));
}

test('call --redact: no phone number, user id, device model or client tag of the logs is left in any format, and nothing else changes', () => {
  let secretsChecked = 0;
  for (const folder of FOLDERS) {
    for (const id of callIds(folder)) {
      const plain = runCli(['call', id, folder, '--format', 'json', '--fail-on-poor']);
      const doc = JSON.parse(plain.stdout);
      const secrets = secretsOf(doc);
      const dir = scratchDir('redact-');
      const reports = { json: join(dir, 'r.json'), markdown: join(dir, 'r.md'), junit: join(dir, 'r.xml') };
      const run = runCli(['call', id, folder, '--redact', '--fail-on-poor', ...Object.entries(reports).flatMap(([f, p]) => ['--report', `${f}=${p}`])]);
      assert.equal(run.status, plain.status, `${id}: the exit code is the same`);
      const shown = [run.stdout, ...Object.values(reports).map((p) => readFileSync(p, 'utf8'))].join('\n').toLowerCase();
      for (const secret of secrets) assert.ok(!shown.includes(secret.toLowerCase()), `${id}: '${secret}' is not shown`);
      secretsChecked += secrets.length;
      // The JSON is the JSON without --redact but in the fields it redacts: verdicts, counts, issues, ids alike.
      const redacted = JSON.parse(readFileSync(reports.json, 'utf8'));
      const changed = differences(doc, redacted);
      for (const path of changed) assert.ok(REDACTED_FIELDS.has(path.at(-1)!) || path.includes('payload'), `${id}: ${path.join('.')} changed`);
      assert.deepEqual([redacted.quality, redacted.issueCount, redacted.issues, redacted.streams], [doc.quality, doc.issueCount, doc.issues, doc.streams]);
    }
  }
  // The fixtures do hold what is to be redacted: phone legs, ACS and Teams users, Android devices, web clients.
  assert.ok(secretsChecked > 40, `${secretsChecked} values checked`);
});

test('call --redact shows a phone leg by its country code and last digits, a user by the same pseudonym in every leg and format', () => {
  const text = runCli(['call', 'c5030c33', 'test/fixtures/pstn', '--redact']).stdout;
  assert.match(text, /PSTN · Outbound │ \+44…50 /);
  assert.ok(!text.includes('+442071838750'));
  const { json } = runJson(['call', '7ea40e55', 'test/fixtures/pstn', '--redact']);
  const ids: string[] = json.participants.map((p: { identifier: string }) => p.identifier);
  assert.match(ids.find((id) => id.startsWith('8:orgid:'))!, /^8:orgid:…[0-9a-f]{8}$/);
  // Stable across runs and calls: the Teams user of the next call of the fixture reads the same.
  const next: string[] = runJson(['call', '7ea40f66', 'test/fixtures/pstn', '--redact']).json.participants.map((p: { identifier: string }) => p.identifier);
  assert.ok(next.includes(ids.find((id) => id.startsWith('8:orgid:'))!), `${ids} ${next}`);
  // A rejoin of the same user is still drawn as one (call-gantt.ts matches legs by their identifier).
  const sample = runCli(['call', 'a60ad5d9', 'samples', '--redact']).stdout;
  assert.match(sample, /↳ 9d64fef3/);
  assert.match(sample, /│ Android 14\.0 +│/);
});

test('call --redact finds a call by a leg id as without it: the search is on the raw records', () => {
  const run = runCli(['call', '2c3d4e5f', 'test/fixtures/pstn', '--redact', '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(JSON.parse(run.stdout).correlationId, 'c5030c33-2a7d-4b8e-8f1a-6d5e4c3b2503');
  assert.match(run.stderr, /is leg 2c3d4e5f/);
});

test('summarize --redact: every format the same as without it (it shows no personal data), and none of the calls\' secrets', () => {
  const inputs = [...FOLDERS];
  const secrets = FOLDERS.flatMap((folder) => callIds(folder).flatMap((id) => secretsOf(runJson(['call', id, folder]).json)));
  for (const format of SUMMARY_FORMATS) {
    const plain = runCli(['summarize', ...inputs, '--format', format, '--max-poor-calls', '0']);
    const redacted = runCli(['summarize', ...inputs, '--format', format, '--max-poor-calls', '0', '--redact']);
    assert.equal(redacted.status, plain.status, format);
    assert.equal(redacted.stdout, plain.stdout, format);
    const shown = redacted.stdout.toLowerCase();
    for (const secret of secrets) assert.ok(!shown.includes(secret.toLowerCase()), `${format}: '${secret}'`);
  }
});

test("the config's redact: true redacts as --redact does, --no-redact turns it off for a run, and --print-config says which", () => {
  const dir = scratchDir('redact-config-');
  const config = join(dir, 'acs-calllogs.config.json');
  writeFileSync(config, JSON.stringify({ redact: true }));
  const args = ['call', 'c5030c33', 'test/fixtures/pstn', '--config', config];
  assert.match(runCli(args).stdout, /\+44…50/);
  assert.match(runCli([...args, '--no-redact']).stdout, /\+442071838750/);
  assert.equal(JSON.parse(runCli([...args, '--print-config']).stdout).redact, true);
  assert.equal(JSON.parse(runCli([...args, '--no-redact', '--print-config']).stdout).redact, false);
  assert.equal(JSON.parse(runCli(['summarize', 'samples', '--redact', '--print-config']).stdout).redact, true);
  assert.equal(JSON.parse(runCli(['summarize', 'samples', '--print-config']).stdout).redact, false);
  writeFileSync(config, JSON.stringify({ redact: 'yes' }));
  const bad = runCli(args);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /redact/);
});
