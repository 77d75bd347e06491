import assert from 'node:assert/strict';
import { test } from 'node:test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

// --format github says the gates as the Markdown and stderr do: an ::error per gate crossed, first (GitHub shows a
// step's first ten errors), and every gate set with its outcome in the ::notice, as the Markdown's list of gates.

const FLEET = 'test/fixtures/fleet/fleet-calls.jsonl';
const GATES = ['--max-poor-calls', '0', '--max-failed-calls', '50%', '--fail-on-unknown'];

test('summarize --format github: an ::error per gate crossed, first, in the words of stderr\'s gate lines', () => {
  const { status, stdout, stderr } = runCli(['summarize', FLEET, '--format', 'github', ...GATES]);
  assert.equal(status, 1);
  assert.equal(stderr, 'acs-calllogs: gate max-poor-calls crossed: 2 poor calls > 0 allowed — over by 2 (set by --max-poor-calls)\nacs-calllogs: gate fail-on-unknown crossed: 1 call of unknown quality (set by --fail-on-unknown)\n');
  const lines = stdout.trimEnd().split('\n');
  assert.deepEqual(lines.slice(0, 3), [
    '::error title=Gate max-poor-calls crossed::max-poor-calls crossed: 2 poor calls > 0 allowed — over by 2 (set by --max-poor-calls)',
    '::error title=Gate fail-on-unknown crossed::fail-on-unknown crossed: 1 call of unknown quality (set by --fail-on-unknown)',
    lines.find((l) => l.startsWith('::error title=Poor call aaaa0001-')),
  ]);
  // The passed gate has no annotation of its own.
  assert.equal(lines.filter((l) => l.startsWith('::error title=Gate ')).length, 2);
});

test('summarize --format github: the ::notice names every gate set with its outcome, as the Markdown lists them', () => {
  const github = runCli(['summarize', FLEET, '--format', 'github', ...GATES]).stdout.trimEnd().split('\n');
  assert.equal(
    github.at(-1),
    '::notice title=ACS call quality::4 calls: 2 poor, 1 unknown; 8 streams, 3 poor; 2 with a failed leg' +
      '%0A❌ max-poor-calls crossed: 2 poor calls > 0 allowed — over by 2 (set by --max-poor-calls)' +
      '%0A✅ max-failed-calls passed: 50%25 calls with a failed leg (2 of 4 with a CallSummary) ≤ 50%25 allowed (set by --max-failed-calls)' +
      '%0A❌ fail-on-unknown crossed: 1 call of unknown quality (set by --fail-on-unknown)',
  );
  const markdown = runCli(['summarize', FLEET, '--format', 'markdown', ...GATES]).stdout;
  const listed = [...markdown.matchAll(/^- ([❌✅] .*)$/gmu)].map((m) => m[1]!);
  assert.equal(listed.length, 3);
  assert.deepEqual(github.at(-1)!.replace(/%25/g, '%').split('%0A').slice(1), listed);
});

test('summarize --format github with gates that all pass: no ::error for them, the notice says they passed; without gates, as before', () => {
  const passed = runCli(['summarize', FLEET, '--format', 'github', '--max-poor-calls', '2']);
  assert.equal(passed.status, 0, passed.stderr);
  assert.ok(!passed.stdout.includes('title=Gate '), passed.stdout);
  assert.match(passed.stdout, /^::notice title=ACS call quality::4 calls: 2 poor, 1 unknown; 8 streams, 3 poor; 2 with a failed leg%0A✅ max-poor-calls passed: 2 poor calls ≤ 2 allowed \(set by --max-poor-calls\)\n$/m);
  const none = runCli(['summarize', FLEET, '--format', 'github']);
  assert.equal(none.status, 0, none.stderr);
  assert.match(none.stdout, /^::notice title=ACS call quality::4 calls: 2 poor, 1 unknown; 8 streams, 3 poor; 2 with a failed leg\n$/m);
});

test('summarize --format github: at most ten ::warning lines (what GitHub shows of a step), the pointer to the rest among them', () => {
  const records = Array.from({ length: 12 }, (_, i) => {
    const correlationId = `bb${String(i).padStart(6, '0')}-0000-4000-8000-000000000000`;
    return [
      { category: 'CallSummary', correlationId, properties: { participantId: `p${i}`, callType: 'Group', callStartTime: '2026-11-20T08:00:00Z', callDuration: 60, participantEndReason: '410', participantEndSubCode: '3101' } },
      { category: 'CallDiagnostics', correlationId, properties: { participantId: `p${i}`, mediaType: 'Audio', streamId: '1', roundTripTimeAvg: '40' } },
    ].map((r) => JSON.stringify(r)).join('\n');
  });
  const file = join(scratchDir('warnings-'), 'failed-legs.jsonl');
  writeFileSync(file, `${records.join('\n')}\n`);
  const { status, stdout } = runCli(['summarize', file, '--format', 'github', '--max-failed-calls', '0']);
  assert.equal(status, 1);
  const warnings = stdout.split('\n').filter((l) => l.startsWith('::warning'));
  assert.equal(warnings.length, 10, stdout);
  assert.equal(warnings.filter((l) => l.startsWith('::warning title=Failed leg in call ')).length, 9);
  assert.match(warnings.at(-1)!, /^::warning title=More failed legs::3 more calls with a failed leg not annotated; run acs-calllogs summarize --format markdown or json for all 12$/);
});

test('summarize --format github: a poor call\'s ::error keeps within the 4096 characters GitHub keeps of a message, whole lines, the last saying how many more', () => {
  // One group call of 80 legs, each with an audio stream past two limits: 160 issue lines, some 5 KB, of which the
  // runner kept the first 4096 characters and cut the rest, a line in two, saying nothing.
  const correlationId = 'dd000000-0000-4000-8000-000000000000';
  const records = Array.from({ length: 80 }, (_, i) => {
    const participantId = `leg${String(i).padStart(3, '0')}-0000-4000-8000-000000000000`;
    return [
      { category: 'CallSummary', correlationId, properties: { participantId, callType: 'Group', callStartTime: '2026-11-20T08:00:00Z', callDuration: 60, endpointType: 'VoIP' } },
      { category: 'CallDiagnostics', correlationId, properties: { participantId, endpointType: 'VoIP', mediaType: 'Audio', streamId: String(i), roundTripTimeAvg: '900', jitterAvg: '50' } },
    ].map((r) => JSON.stringify(r)).join('\n');
  });
  const file = join(scratchDir('long-annotation-'), 'many-legs.jsonl');
  writeFileSync(file, `${records.join('\n')}\n`);
  const { status, stdout, stderr } = runCli(['summarize', file, '--format', 'github', '--fail-on-poor']);
  assert.equal(status, 1, stderr);
  const error = stdout.split('\n').find((l) => l.startsWith('::error title=Poor call '));
  assert.ok(error !== undefined, stdout);
  // The message as the runner reads it: after the `::` that ends the properties, unescaped.
  const message = error.slice(error.indexOf('::', 2) + 2).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  assert.ok(message.length <= 4096, `${message.length} characters`);
  const lines = message.split('\n');
  assert.equal(lines[0], `Group ${correlationId}: 80 poor streams`);
  const shown = lines.slice(1, -1);
  for (const line of shown) assert.match(line, /^leg leg\d{3}\S*: Audio (RTT 900 > 500 ms|jitter 50 > 30 ms)$/);
  const more = /^… and (\d+) more: GitHub keeps 4096 characters of an annotation; see --format markdown or json for all 160$/.exec(lines.at(-1)!);
  assert.ok(more !== null, lines.at(-1));
  assert.equal(shown.length + Number(more[1]), 160);
  assert.ok(shown.length > 80, `${shown.length} lines shown`);
});
