import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from '../support/run-cli.js';

// Gates with nothing to judge pass (exit 0) with a stderr warning. A CI job's reader sees only the reports: the
// Markdown step summary, the github ::notice and the JUnit gate testcases must say it too, in stderr's words, not
// "✅ passed: 0% (0 of 0 known)", which reads as a real pass.

const SAMPLES = 'samples/';
const SUMMARY_ONLY = 'samples/storage-account/insights-logs-callsummary';
const NO_CALL_SUMMARY = 'test/fixtures/article-limits/PT1H.json';

/** The `why` of each stderr warning "warning: <who> passed with nothing to judge: <why>". */
function whys(stderr: string): string[] {
  return [...stderr.matchAll(/^warning: .+? passed with nothing to judge: (.+)$/gm)].map((m) => m[1]!);
}

/** Each report of the run, the exit code and what stderr warned. */
function reports(args: string[]) {
  const md = runCli([...args, '--format', 'markdown', '--no-breakdowns']);
  const github = runCli([...args, '--format', 'github']);
  const junit = runCli([...args, '--format', 'junit']);
  for (const run of [md, github, junit]) assert.equal(run.status, 0, run.stderr);
  assert.equal(github.stderr, md.stderr);
  return { md: md.stdout, github: github.stdout, junit: junit.stdout, why: whys(md.stderr) };
}

/** The lines of the github ::notice, unescaped: the totals, then a line per gate. */
function noticeLines(github: string): string[] {
  const notice = github.split('\n').find((l) => l.startsWith('::notice title=ACS call quality::'))!;
  return notice.replace(/^::notice title=ACS call quality::/, '').split('%0A').map((l) => l.replace(/%25/g, '%'));
}

test('summarize: no call in the --since window: every gate is said, in each CI report, to have passed with nothing to judge', () => {
  const { md, github, junit, why } = reports(['summarize', SAMPLES, '--since', '2030-01-01', '--max-poor-calls', '5%', '--max-failed-calls', '0']);
  assert.deepEqual(why, ['no call in the selection']);
  const lines = ['max-poor-calls', 'max-failed-calls'].map((gate) => `⚠️ ${gate} passed with nothing to judge (set by --${gate}): no call in the selection`);
  assert.deepEqual([...md.matchAll(/^- (.*)$/gm)].map((m) => m[1]), lines);
  assert.doesNotMatch(md, /✅|0 of 0/);
  // After the totals, the window they are over (as the Markdown says it), then the gates.
  assert.deepEqual(noticeLines(github).slice(1), ['Calls that started 2030-01-01 00:00:00 → … UTC; left out: 8 outside', ...lines]);
  assert.match(junit, /<testsuite name="acs-calllogs gates" tests="2" failures="0" errors="0" skipped="2">/);
  for (const gate of ['max-poor-calls', 'max-failed-calls']) {
    const said = `${gate} passed with nothing to judge (set by --${gate}): no call in the selection`;
    assert.ok(junit.includes(`<testcase name="${gate}" classname="gate">\n      <skipped message="${said}">${said}</skipped>\n    </testcase>`), junit);
  }
});

test('summarize: no call of known quality (CallDiagnostics not arrived): the media gates say so; with --fail-on-unknown they are judged', () => {
  const { md, github, junit, why } = reports(['summarize', SUMMARY_ONLY, '--max-poor-calls', '10%', '--max-poor-streams', '0']);
  assert.deepEqual(why, ['no call of known quality (1 call, none with CallDiagnostics); add --fail-on-unknown to fail then']);
  const lines = ['max-poor-calls', 'max-poor-streams'].map((gate) => `⚠️ ${gate} passed with nothing to judge (set by --${gate}): ${why[0]}`);
  assert.deepEqual([...md.matchAll(/^- (.*)$/gm)].map((m) => m[1]), lines);
  assert.deepEqual(noticeLines(github).slice(1), lines);
  assert.match(junit, /skipped="2" timestamp="2026-11-20T09:54:05">\n {4}<testcase name="max-poor-calls" classname="gate">\n {6}<skipped message="max-poor-calls passed with nothing to judge \(set by --max-poor-calls\): no call of known quality \(1 call, none with CallDiagnostics\); add --fail-on-unknown to fail then">/);
  // --fail-on-unknown judges what the others cannot: it crosses, and no gate is said to have judged nothing.
  const judged = runCli(['summarize', SUMMARY_ONLY, '--max-poor-calls', '10%', '--fail-on-unknown', '--format', 'markdown']);
  assert.equal(judged.status, 1);
  assert.doesNotMatch(judged.stdout, /nothing to judge/);
  assert.match(judged.stdout, /^- ❌ fail-on-unknown crossed: 1 call of unknown quality \(set by --fail-on-unknown\)$/m);
});

test('summarize: --max-failed-calls on an export without CallSummary says it judged nothing; the gate that judged something is as before', () => {
  const { md, github, junit, why } = reports(['summarize', NO_CALL_SUMMARY, '--max-failed-calls', '0', '--max-poor-calls', '10']);
  assert.deepEqual(why, ['no leg logged (5 calls, none with CallSummary); export the CallSummary category too']);
  const lines = ['✅ max-poor-calls passed: 2 poor calls ≤ 10 allowed (set by --max-poor-calls)', `⚠️ max-failed-calls passed with nothing to judge (set by --max-failed-calls): ${why[0]}`];
  assert.deepEqual([...md.matchAll(/^- (.*)$/gm)].map((m) => m[1]), lines);
  assert.deepEqual(noticeLines(github).slice(1), lines);
  assert.match(junit, /<testsuite name="acs-calllogs gates" tests="2" failures="0" errors="0" skipped="1">\n {4}<testcase name="max-poor-calls" classname="gate"\/>\n {4}<testcase name="max-failed-calls" classname="gate">\n {6}<skipped message="max-failed-calls passed with nothing to judge \(set by --max-failed-calls\): no leg logged/);
});

test('call --fail-on-poor on a call of unknown quality: Markdown and JUnit say the gate judged nothing, as stderr does', () => {
  const md = runCli(['call', '959b96af', SAMPLES, '--fail-on-poor', '--format', 'markdown']);
  const junit = runCli(['call', '959b96af', SAMPLES, '--fail-on-poor', '--format', 'junit']);
  assert.equal(md.status, 0);
  assert.equal(junit.status, 0);
  const why = whys(md.stderr);
  assert.deepEqual(why, ["the call's quality is unknown (no CallDiagnostics); add --fail-on-unknown to fail then"]);
  const said = `fail-on-poor passed with nothing to judge (set by --fail-on-poor): ${why[0]}`;
  assert.equal(/### Gates\n\n- (.*)\n/.exec(md.stdout)![1], `⚠️ ${said}`);
  assert.ok(junit.stdout.includes(`skipped="1" timestamp="2026-11-20T10:40:02">\n    <testcase name="fail-on-poor" classname="gate">\n      <skipped message="${said}">${said}</skipped>`), junit.stdout);
  // A call of known quality is judged: the gate's line is as before.
  assert.match(runCli(['call', 'a60ad5d9', SAMPLES, '--fail-on-poor', '--format', 'markdown']).stdout, /^- ❌ fail-on-poor crossed: 1 poor call \(set by --fail-on-poor\)$/m);
});

test('summarize --format json: each gate says in nothingToJudge why it judged nothing, in stderr\'s words; null for one that judged something', () => {
  const json = (args: string[]) => {
    const run = runCli([...args, '--format', 'json']);
    assert.equal(run.status, 0, run.stderr);
    return { gates: (JSON.parse(run.stdout) as { gates: { gate: string; nothingToJudge: string | null }[] }).gates, why: whys(run.stderr) };
  };
  const none = json(['summarize', SAMPLES, '--since', '2030-01-01', '--max-poor-calls', '5%', '--max-failed-calls', '0']);
  assert.deepEqual(none.gates.map((g) => [g.gate, g.nothingToJudge]), [['max-poor-calls', 'no call in the selection'], ['max-failed-calls', 'no call in the selection']]);
  const unknown = json(['summarize', SUMMARY_ONLY, '--max-poor-calls', '10%', '--max-failed-calls', '0']);
  assert.deepEqual(unknown.gates.map((g) => [g.gate, g.nothingToJudge]), [['max-poor-calls', unknown.why[0]], ['max-failed-calls', null]]);
  const noLegs = json(['summarize', NO_CALL_SUMMARY, '--max-failed-calls', '0', '--max-poor-streams', '100%']);
  assert.deepEqual(noLegs.gates.map((g) => [g.gate, g.nothingToJudge]), [['max-poor-streams', null], ['max-failed-calls', noLegs.why[0]]]);
  assert.match(noLegs.why[0]!, /none with CallSummary/);
});
