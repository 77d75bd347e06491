import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import stringWidth from 'string-width';
import type { CallDocument } from '../../src/report/call-document.js';
import { BIG_CALL_ID, bigGroupCall } from '../support/big-group-call.js';
import { section } from '../support/report-section.js';
import { runCli, runJson } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

// A town hall of 150 legs (PSTN legs "PSTN · DirectRouting", 9 drops, ~100 issues) on a support engineer's terminal:
// `acs-calllogs call <id> <export>` in 80, 100 or 120 columns.

const FILE = join(scratchDir('big-call-terminal-'), 'town-hall.jsonl');
writeFileSync(FILE, bigGroupCall({ legs: 150 }));
const ID = BIG_CALL_ID.slice(0, 8);
const { json } = runJson<CallDocument>(['call', ID, FILE]);
const drops = json.dropped.map((l) => l.participantId!.slice(0, 8));

/** The lines wider than `columns`, each with its width. */
function over(stdout: string, columns: number): string[] {
  return stdout.split('\n').flatMap((l) => (stringWidth(l) > columns ? [`${stringWidth(l)}: ${l}`] : []));
}

test("a town hall with COLUMNS=80, 100 and 120: every line fits, the Legs table's ids, times and drops whole", () => {
  for (const columns of [80, 100, 120]) {
    const result = runCli(['call', ID, FILE], { env: { COLUMNS: String(columns) } });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(over(result.stdout, columns), [], `at ${columns}`);
    const legs = section(result.stdout, /^Legs/).join('\n');
    for (const id of drops) assert.match(legs, new RegExp(`│ ${id} `), id);
    assert.match(legs, /│ \+42m 48s +│/);
    assert.ok((legs.match(/\(dropped\)/g) ?? []).length >= drops.length, legs);
  }
});

test('a town hall at 80 columns: the Leg over its Endpoint, Joined over Duration, SDK over OS; a pipe has the nine columns as before', () => {
  const legs = section(runCli(['call', ID, FILE], { env: { COLUMNS: '80' } }).stdout, /^Legs/);
  assert.match(legs[2]!, /^│ Leg +│ Type +│ Identifier +│ Joined +│ End reason +│ SDK +│$/);
  assert.match(legs[3]!, /^│ Endpoint │ +│ +│ Duration +│ +│ OS +│$/);
  const piped = section(runCli(['call', ID, FILE]).stdout, /^Legs/);
  assert.match(piped[2]!, /^│ Leg +│ Endpoint │ Type +│ Identifier +│ Joined +│ Duration +│ End reason +│ SDK +│ OS +│$/);
});

test('every call of samples/ fits 80, 100 and 120 columns (ids of 20 characters, Teams threads that disagree)', () => {
  const ids = runCli(['summarize', 'samples/', '--format', 'csv']).stdout.trim().split('\n').slice(1).map((row) => row.slice(0, 8));
  assert.ok(ids.length >= 8, ids.join(' '));
  for (const id of ids) {
    for (const columns of [80, 100, 120]) {
      const result = runCli(['call', id, 'samples/'], { env: { COLUMNS: String(columns) } });
      assert.deepEqual(over(result.stdout, columns), [], `${id} at ${columns}`);
    }
  }
});

test("a town hall's Issues: every drop, then stream issues up to 40, the rest counted by kind; --all lists every one; the header counts all; 41 are all listed", () => {
  const issues = section(runCli(['call', ID, FILE]).stdout, /^Issues/);
  assert.equal(issues[0], `Issues (${json.issueCount})`);
  assert.ok(json.issueCount > 60, String(json.issueCount));
  assert.deepEqual(issues.slice(1, 1 + drops.length).map((l) => /^ {2}leg ([0-9a-f]{8}): dropped at \+/.exec(l)?.[1]), drops);
  const listed = issues.slice(1, -1);
  assert.equal(listed.length, 40);
  assert.equal(issues.at(-1), `  +${json.issueCount - 40} more: stream issues; --all lists every one`);
  const all = section(runCli(['call', ID, FILE, '--all']).stdout, /^Issues/);
  assert.equal(all.length, 1 + json.issueCount);
  assert.deepEqual(all.slice(0, 41), issues.slice(0, 41));
  // The Markdown has every one.
  assert.equal(runCli(['call', ID, FILE, '--format', 'markdown']).stdout.split('\n').filter((l) => l.startsWith('- leg ')).length, json.issueCount);
  // A call of 41 (60 legs): one left out would take the line that says so.
  const file = join(scratchDir('big-call-terminal-'), 'some-issues.jsonl');
  writeFileSync(file, bigGroupCall({ legs: 60 }));
  const some = section(runCli(['call', ID, file]).stdout, /^Issues/);
  assert.equal(some[0], 'Issues (41)');
  assert.equal(some.length, 42);
});

test("a town hall asked for by a leg whose issues are past the 40: that leg's issues are kept as the drops are, in the 40", () => {
  const all = section(runCli(['call', ID, FILE, '--all']).stdout, /^Issues/);
  const last = all.map((l) => /^ {2}leg ([0-9a-f]{8}):/.exec(l)?.[1]).findLast((id) => id !== undefined);
  assert.ok(last !== undefined && !all.slice(0, 41).some((l) => l.startsWith(`  leg ${last}`)), all.join('\n'));
  const leg = json.participants.find((l) => l.participantId?.startsWith(last))!.participantId!;
  const own = all.filter((l) => l.startsWith(`  leg ${last}`));
  assert.ok(own.length >= 1 && !drops.includes(last), own.join('\n'));
  const issues = section(runCli(['call', leg, FILE]).stdout, /^Issues/);
  assert.equal(issues[0], `Issues (${json.issueCount})`);
  for (const line of own) assert.ok(issues.includes(line), `${line} not listed:\n${issues.join('\n')}`);
  // Still 40 shown, as drops are: the asked leg's in their place, one other fewer; the count says the rest.
  assert.equal(issues.length, 1 + 40 + 1);
  assert.equal(issues.at(-1), `  +${json.issueCount - 40} more: stream issues; --all lists every one`);
  assert.ok(!issues.includes(all[40 - own.length + 1]!), all[40 - own.length + 1]);
});

test("a town hall asked for by a leg whose CallSummary is not in the export: that leg's issues (its streams') are kept all the same", () => {
  const all = section(runCli(['call', ID, FILE, '--all']).stdout, /^Issues/);
  const last = all.map((l) => /^ {2}leg ([0-9a-f]{8}):/.exec(l)?.[1]).findLast((id) => id !== undefined)!;
  const leg = json.participants.find((l) => l.participantId?.startsWith(last))!.participantId!;
  // Its CallSummary left out, as an export cut before the call ended leaves it: the leg is known by its streams alone.
  const records = readFileSync(FILE, 'utf8').split('\n');
  const without = join(scratchDir('big-call-no-summary-'), 'town-hall.jsonl');
  writeFileSync(without, records.filter((r) => !(r.includes('"CallSummary"') && r.includes(leg))).join('\n'));
  const issues = section(runCli(['call', leg, without]).stdout, /^Issues/);
  const own = all.filter((l) => l.startsWith(`  leg ${last}`));
  assert.ok(own.length >= 1);
  for (const line of own) assert.ok(issues.includes(line), `${line} not listed:\n${issues.join('\n')}`);
  assert.equal(issues.length, 1 + 40 + 1);
});

test("a town hall's nine drops of one code: their advice said once under the Legs table, naming three and counting the rest, narrowed or piped", () => {
  const once = /\nAdvice for ([0-9a-f]{8}), ([0-9a-f]{8}), ([0-9a-f]{8}) and 6 more legs \(410\/3101\): Check\s+network configuration,/;
  for (const env of [{ COLUMNS: '80' }, { COLUMNS: '100' }, { COLUMNS: '120' }, {}]) {
    const { stdout } = runCli(['call', ID, FILE], { env });
    assert.equal(drops.length, 9);
    assert.deepEqual(once.exec(stdout)?.slice(1), drops.slice(0, 3), JSON.stringify(env));
    assert.equal(stdout.match(/Check\s+network\s+configuration/g)?.length, 1, JSON.stringify(env));
    assert.doesNotMatch(stdout, /│ Advice: /);
  }
  // Four (60 legs): each named, no "1 more leg" for an id the line has room for.
  const file = join(scratchDir('big-call-terminal-'), 'four-drops.jsonl');
  writeFileSync(file, bigGroupCall({ legs: 60 }));
  const four = runJson<CallDocument>(['call', ID, file]).json.dropped.map((l) => l.participantId!.slice(0, 8));
  assert.match(runCli(['call', ID, file]).stdout, new RegExp(`\nAdvice for ${four.slice(0, 3).join(', ')} and ${four[3]} \\(410/3101\\): `));
});

test("a town hall's Markdown: the nine drops' shared advice said once under the Legs table, not in each of their cells", () => {
  const markdown = runCli(['call', ID, FILE, '--format', 'markdown']).stdout;
  assert.equal(markdown.match(/Check network configuration/g)?.length, 1, markdown.slice(0, 4000));
  const below = new RegExp(`\\n\\n_Advice for \`${drops[0]}\`, \`${drops[1]}\`, \`${drops[2]}\` and 6 more legs \\(410/3101\\): Check network configuration`);
  assert.match(markdown, below);
  // A drop's cell keeps its code and what it means.
  const row = markdown.split('\n').find((l) => l.startsWith(`| \`${drops[0]}\``))!;
  assert.match(row, /410\/3101 .*\*\*\(dropped\)\*\*/);
  assert.doesNotMatch(row, /Advice/);
});

test("a town hall's Legs: how many legs are not shown directly under the table, before the shared advice (after it, it read as the advice's), text and Markdown", () => {
  for (const env of [{ COLUMNS: '80' }, {}]) {
    const legs = section(runCli(['call', ID, FILE], { env }).stdout, /^Legs/);
    const bottom = legs.findLastIndex((l) => l.startsWith('└'));
    assert.match(legs[bottom + 1]!, /^ {2}55 of 150 legs not shown /, JSON.stringify(env));
    assert.ok(legs.findIndex((l) => l.startsWith('Advice for ')) > bottom + 1, legs.slice(bottom).join('\n'));
  }
  const markdown = runCli(['call', ID, FILE, '--format', 'markdown']).stdout.split('\n');
  const lastRow = markdown.findLastIndex((l, i) => l.startsWith('| ') && markdown.slice(0, i).includes('### Legs') && !markdown.slice(0, i).includes('### Timeline'));
  assert.equal(markdown[lastRow + 1], '');
  assert.match(markdown[lastRow + 2]!, /^_55 of 150 legs not shown /);
  assert.match(markdown[lastRow + 4]!, /^_Advice for `/);
});
