import assert from 'node:assert/strict';
import { test } from 'node:test';
import { section } from '../support/report-section.js';
import { runCli } from '../support/run-cli.js';

// A P2P call of 48 issues: 45 stream issues of leg ea000001, then what leg eb000002's client logged under a
// ParticipantId of its own (9c000009, which no leg has): two media-stats series past their limit (that log has no
// EndpointId: shown under the leg its operations tie them to, the client's id beside it), and a failed operation,
// whose EndpointId names the leg.
const FILE = 'test/fixtures/input/p2p-series-asked.jsonl';
const SERIES = /^ {2}leg eb000002 \(client 9c000009\): client media stats recv audio (JitterInMs|RoundTripTimeInMs) averaged /;
const OPERATION = /^ {2}leg eb000002: CreateView Failed \(500\) at \+10s \(09:00:10 UTC\)$/;

test("a P2P leg asked for by its endpointId: its client's media-stats series issues (shown under the leg, the client's participantId beside it) and its failed operation are kept in the 40; the other leg asked for keeps none of them", () => {
  const { status, stdout, stderr } = runCli(['call', 'eb000002', FILE]);
  assert.equal(status, 0, stderr);
  const issues = section(stdout, /^Issues/);
  assert.equal(issues[0], 'Issues (48)');
  assert.equal(issues.filter((l) => SERIES.test(l)).length, 2, issues.join('\n'));
  assert.equal(issues.filter((l) => OPERATION.test(l)).length, 1, issues.join('\n'));
  assert.equal(issues.length, 1 + 40 + 1);
  assert.equal(issues.at(-1), '  +8 more: stream issues; --all lists every one');
  // The other leg asked for: none of them kept, the 40 its own stream issues.
  const other = section(runCli(['call', 'ea000001', FILE]).stdout, /^Issues/);
  assert.ok(!other.some((l) => SERIES.test(l) || OPERATION.test(l)), other.join('\n'));
});

test("a P2P leg asked for by its client's participantId: the leg's failed operation (shown under its endpointId) is kept with the client's series", () => {
  const issues = section(runCli(['call', '9c000009', FILE]).stdout, /^Issues/);
  assert.equal(issues.filter((l) => SERIES.test(l)).length, 2, issues.join('\n'));
  assert.equal(issues.filter((l) => OPERATION.test(l)).length, 1, issues.join('\n'));
});

test("a P2P leg asked for by its client's participantId is marked ▸ in the Legs table, on its endpointId, as asked for by that id (text and Markdown)", () => {
  const { status, stdout, stderr } = runCli(['call', '9c000009', FILE]);
  assert.equal(status, 0, stderr);
  assert.match(stdout, /^Asked for leg 9c000009-0000-4000-8000-000000000009 \(its client's own participantId\), marked ▸ below at endpoint eb000002$/m);
  const legs = section(stdout, /^Legs/);
  assert.equal(legs.filter((l) => l.includes('▸')).length, 1, legs.join('\n'));
  assert.match(legs.find((l) => l.includes('▸'))!, /^│ \(p2p\) │ ▸ eb000002 │ VoIP /);
  // As asking for the leg's own id marks it: the same row.
  const byEndpoint = section(runCli(['call', 'eb000002', FILE]).stdout, /^Legs/);
  assert.deepEqual(byEndpoint.filter((l) => l.includes('▸')), legs.filter((l) => l.includes('▸')));

  const markdown = runCli(['call', '9c000009', FILE, '--format', 'markdown']).stdout;
  assert.match(markdown, /^Asked for leg `9c000009-0000-4000-8000-000000000009` \(its client's own participantId\), marked ▸ below at endpoint `eb000002`\.$/m);
  assert.deepEqual(markdown.split('\n').filter((l) => l.startsWith('| (p2p) |')).map((l) => l.split(' | ')[1]), ['`ea000001`', '▸ `eb000002`']);
});
