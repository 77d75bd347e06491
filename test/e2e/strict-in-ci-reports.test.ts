import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

// A --strict failure (an invalid record: exit 2) is said in the Markdown step summary and in --format github, in the
// words of JUnit's `strict` testcase and stderr's line: a reader of the summary must not see green while the job is red.

// test/fixtures/input/strict-invalid.jsonl: a poor call d0000001, a good call d0000002, lines 2 and 6 not JSON.
const FIXTURE = 'test/fixtures/input/strict-invalid.jsonl';

/** "--strict: 2 invalid records (first at …)", as stderr's last line says it before ", so exit 2". */
function strictSaid(stderr: string): string {
  const said = /^acs-calllogs: (--strict: .+), so exit 2$/m.exec(stderr)?.[1];
  assert.ok(said !== undefined, stderr);
  return said;
}

test('summarize --strict: the Markdown lists the invalid records beside the gates, as JUnit and stderr say them', () => {
  const md = runCli(['summarize', FIXTURE, '--strict', '--max-poor-calls', '5', '--format', 'markdown', '--no-breakdowns']);
  assert.equal(md.status, 2);
  const said = strictSaid(md.stderr);
  assert.match(said, /^--strict: 2 invalid records \(first at \S+strict-invalid\.jsonl:2: not JSON: /);
  assert.match(md.stdout, /### Gates\n\n- ✅ max-poor-calls passed: 1 poor call ≤ 5 allowed \(set by --max-poor-calls\)\n- (.*)\n\n/);
  assert.equal(/### Gates\n\n.*\n- (.*)\n/.exec(md.stdout)![1], `❌ ${said}`);
  const junit = runCli(['summarize', FIXTURE, '--strict', '--format', 'junit']).stdout;
  assert.ok(junit.includes(`<failure message="${said}" type="invalid-input">`), junit);
  // Without gates, the check is still listed; without --strict, it is not.
  assert.match(runCli(['summarize', FIXTURE, '--strict', '--format', 'markdown']).stdout, /### Gates\n\n- ❌ --strict: 2 invalid records/);
  assert.doesNotMatch(runCli(['summarize', FIXTURE, '--format', 'markdown']).stdout, /--strict|### Gates/);
  // With no invalid record, it passed.
  const clean = runCli(['summarize', 'samples/', '--strict', '--format', 'markdown']);
  assert.equal(clean.status, 0, clean.stderr);
  assert.match(clean.stdout, /### Gates\n\n- ✅ --strict: 0 invalid records\n/);
});

test('summarize --strict: --format github makes the invalid records an ::error after the gates\', and lists the check in the ::notice', () => {
  const { status, stdout, stderr } = runCli(['summarize', FIXTURE, '--strict', '--max-poor-calls', '0', '--format', 'github']);
  assert.equal(status, 2);
  const said = strictSaid(stderr);
  const lines = stdout.trimEnd().split('\n');
  assert.equal(lines[0], '::error title=Gate max-poor-calls crossed::max-poor-calls crossed: 1 poor call > 0 allowed — over by 1 (set by --max-poor-calls)');
  assert.equal(lines[1], `::error title=Invalid input (--strict)::${said}`);
  assert.match(lines[2]!, /^::error title=Poor call d0000001-/);
  assert.match(lines.at(-1)!, new RegExp(`%0A❌ max-poor-calls crossed: [^%]*%0A❌ ${said.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  const clean = runCli(['summarize', 'samples/', '--strict', '--format', 'github']);
  assert.equal(clean.status, 0, clean.stderr);
  assert.doesNotMatch(clean.stdout, /::error title=Invalid input/);
  assert.match(clean.stdout, /%0A✅ --strict: 0 invalid records\n$/);
});

test('summarize --strict --format github: the invalid records\' ::error counts against the ten errors GitHub shows of a step', () => {
  const records = Array.from({ length: 12 }, (_, i) => {
    const correlationId = `cc${String(i).padStart(6, '0')}-0000-4000-8000-000000000000`;
    return [
      { category: 'CallSummary', correlationId, properties: { participantId: `p${i}`, callType: 'Group', callStartTime: '2026-11-20T08:00:00Z', callDuration: 60 } },
      { category: 'CallDiagnostics', correlationId, properties: { participantId: `p${i}`, mediaType: 'Audio', streamId: '1', roundTripTimeAvg: '900' } },
    ].map((r) => JSON.stringify(r)).join('\n');
  });
  const file = join(scratchDir('strict-errors-'), 'poor-and-invalid.jsonl');
  writeFileSync(file, `${records.join('\n')}\nnot json\n`);
  const { status, stdout } = runCli(['summarize', file, '--strict', '--fail-on-poor', '--format', 'github']);
  assert.equal(status, 2);
  const errors = stdout.split('\n').filter((l) => l.startsWith('::error'));
  assert.equal(errors.length, 10, stdout);
  assert.deepEqual(errors.slice(0, 2).map((l) => /^::error title=([^:]*)::/.exec(l)?.[1]), ['Gate fail-on-poor crossed', 'Invalid input (--strict)']);
  assert.equal(errors.filter((l) => l.startsWith('::error title=Poor call ')).length, 8);
  assert.match(stdout, /^::warning title=More poor calls::4 more poor calls not annotated; /m);
});

test('call --strict: the Markdown lists the invalid record beside the gates, as JUnit does', () => {
  const md = runCli(['call', 'd0000001', FIXTURE, '--strict', '--fail-on-poor', '--format', 'markdown']);
  assert.equal(md.status, 2);
  const said = strictSaid(md.stderr);
  assert.match(md.stdout, /### Gates\n\n- ❌ fail-on-poor crossed: 1 poor call \(set by --fail-on-poor\)\n- (.*)\n/);
  assert.equal(/### Gates\n\n.*\n- (.*)\n/.exec(md.stdout)![1], `❌ ${said}`);
  assert.doesNotMatch(runCli(['call', 'd0000001', FIXTURE, '--format', 'markdown']).stdout, /--strict/);
});
