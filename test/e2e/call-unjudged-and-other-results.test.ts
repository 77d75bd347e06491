import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from '../support/run-cli.js';

const FILE = 'test/fixtures/input/call-unjudged-and-other-results.jsonl';
const CALL = 'abcdef08';

test('call: a stream whose only metric no rule judges (jitterAvg=off) is "no metric a rule judges" in the verdict and JUnit, as on its stream line', () => {
  const off = ['call', CALL, FILE, '--threshold', 'jitterAvg=off'];
  const text = runCli(off);
  assert.match(text.stdout, /^Verdict: POOR — 1 issue \(1 stream: no metric a rule judges\)$/m);
  assert.match(text.stdout, /jitter 10 ms · no metric a rule judges: quality unknown/);
  assert.doesNotMatch(text.stdout, /no metric read/);
  const junit = runCli([...off, '--format', 'junit']);
  assert.match(junit.stdout, /<system-out>1 stream: no metric a rule judges<\/system-out>/);
  // With the rule on, the metric is judged (good), and nothing is unknown.
  const on = runCli(['call', CALL, FILE]);
  assert.doesNotMatch(on.stdout, /no metric/);
});

test('call --format markdown: the operations not in the table are told by their logged results, not all called succeeded', () => {
  const { status, stdout, stderr } = runCli(['call', CALL, FILE, '--format', 'markdown']);
  assert.equal(status, 0, stderr);
  assert.match(stdout, /\| \+3s \| `aa000008` \| Unmute \| \*\*Canceled 499\*\* \|/);
  assert.match(stdout, /_3 other operations, none failed or degraded \(Succeeded 1, ExpectedError 1, no result logged 1\); `--format json` lists every one\._/);
  assert.doesNotMatch(stdout, /succeeded;/);
});
