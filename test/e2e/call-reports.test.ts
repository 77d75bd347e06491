import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SaxesParser } from 'saxes';
import { runCli } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

const REJOIN = 'a60ad5d9-ceeb-4b7f-a165-539cb9f7a904';
const GOOD = '341acde7-8aa5-445b-a3da-2ddadca47d22';
const UNKNOWN = '959b96af';

/** The elements of a JUnit report read by a strict XML parser (saxes): name, attributes and text of each. */
function readXml(xml: string): Array<{ name: string; attributes: Record<string, string>; text: string }> {
  const parser = new SaxesParser();
  const elements: Array<{ name: string; attributes: Record<string, string>; text: string }> = [];
  const open: typeof elements = [];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element = { name: tag.name, attributes: { ...(tag.attributes as Record<string, string>) }, text: '' };
    elements.push(element);
    open.push(element);
  });
  parser.on('text', (text) => {
    if (open.length > 0) open.at(-1)!.text += text;
  });
  parser.on('closetag', () => open.pop());
  parser.write(xml).close();
  return elements;
}

test('call --format markdown: the verdict, every issue as the text report words it, legs, timeline, streams with the breaches in bold', () => {
  const { status, stdout, stderr } = runCli(['call', REJOIN, 'samples', '--format', 'markdown']);
  assert.equal(status, 0, stderr);
  assert.match(stdout, /^## Call `a60ad5d9-ceeb-4b7f-a165-539cb9f7a904`: ❌ poor, 7 issues\n/);
  // The issue lines are the text report's, escaped for Markdown.
  const text = runCli(['call', REJOIN, 'samples']).stdout;
  const textIssues = text.slice(text.indexOf('Issues (7)')).split('\n').slice(1, 8).map((line) => line.trim());
  assert.equal(textIssues.length, 7);
  for (const line of textIssues) assert.ok(stdout.includes(`- ${line.replace(/>/g, '&gt;')}\n`), line);
  assert.match(stdout, /\n\| `2aaed7ee` \| `816d30e1` \| VoIP \| …0d00c8f2 \| \+4s \| 1m 36s \| 410\/3101 UnexpectedClientError: Call dropped .* \*\*\(dropped\)\*\*<br>_Advice: Check network configuration, [^|]*_ \|/);
  // The timeline in a code block, the drop marked.
  assert.match(stdout, /### Timeline\n\n```\n {21}0s {39}20m 20s\n {2}e0dd0d03 VoIP {6}█{48}\n {2}2aaed7ee VoIP {6}███✕·+\n/);
  assert.match(stdout, /\| `2aaed7ee` \| Audio \| Outbound \| UDP \| OPUS \| 11201 \| ❌ poor \| RTT 164 ms · RTT max 402 ms · \*\*jitter 38 ms \(limit 30 ms\)\*\* · /);
  // Only the operations that failed or were degraded, and how many others there were.
  assert.match(stdout, /\| \+1m 12s \| `2aaed7ee` \| CreateView \| \*\*Failed 500\*\* \| 4021 ms \|/);
  assert.match(stdout, /_9 other operations, none failed or degraded \(Succeeded 9\); `--format json` lists every one\._/);
  assert.match(stdout, /- `9d64fef3`: \*\*overall 2\/5 poor \(CallDropped\)\*\* · \*\*audio 2\/5 poor \(Distorted, Echo\)\*\*/);
  assert.match(stdout, /<sub>Read 15 files, 146 records \(82 used, 64 of other calls\) · acs-calllogs<\/sub>\n$/);
});

test("call --format markdown's footer names every part of what was read, and the parts add up to the JSON's read", () => {
  // One call with superseded records, one with a duplicate, one with a record of another category.
  for (const [id, part] of [['848d6af0', /, 4 superseded, /], ['8d1a8374', /, 1 duplicate, /], ['89ad9b35', /, 1 ignored \(other categories\), /]] as const) {
    const { status, stdout, stderr } = runCli(['call', id, 'samples', '--format', 'markdown']);
    assert.equal(status, 0, stderr);
    const footer = /<sub>Read 15 files, (\d+) records \((.*)\) · acs-calllogs<\/sub>\n$/.exec(stdout);
    assert.ok(footer, stdout.slice(-300));
    assert.match(footer[2]!, part);
    const input = JSON.parse(runCli(['call', id, 'samples', '--format', 'json']).stdout).input;
    assert.equal(Number(footer[1]), input.read);
    const sum = [...footer[2]!.matchAll(/(?:^|, )(\d+) /g)].reduce((total, m) => total + Number(m[1]), 0);
    assert.equal(sum, input.read, footer[2]);
  }
});

test('call --format markdown of a good call says none, and of an unknown one why; the gate set is shown with its outcome', () => {
  const good = runCli(['call', GOOD, 'samples', '--format', 'markdown', '--fail-on-poor']);
  assert.equal(good.status, 0, good.stderr);
  assert.match(good.stdout, /: ✅ good, 0 issues\n/);
  assert.match(good.stdout, /### Gates\n\n- ✅ fail-on-poor passed: 0 poor calls \(none allowed; set by --fail-on-poor\)\n/);
  assert.match(good.stdout, /### Issues: none\n/);
  const unknown = runCli(['call', UNKNOWN, 'samples', '--format', 'markdown', '--fail-on-unknown']);
  assert.equal(unknown.status, 1, unknown.stderr);
  assert.match(unknown.stdout, /: ❔ unknown, 0 issues\n[^]*_Quality unknown: no CallDiagnostics\._[^]*- ❌ fail-on-unknown crossed: 1 call of unknown quality \(set by --fail-on-unknown\)\n/);
  assert.match(unknown.stdout, /### Streams \(0\)\n\n_No CallDiagnostics records: media quality unknown\._/);
});

test('call --format junit: one testcase, failed with every issue when poor, skipped when unknown, passed when good; gates a testsuite', () => {
  const poor = runCli(['call', REJOIN, 'samples', '--format', 'junit', '--fail-on-poor']);
  assert.equal(poor.status, 1, poor.stderr);
  const elements = readXml(poor.stdout);
  assert.deepEqual(
    elements.filter((e) => e.name === 'testsuite').map((e) => e.attributes),
    [
      { name: 'acs-calllogs call', tests: '1', failures: '1', errors: '0', skipped: '0', time: '1220', timestamp: '2026-11-20T09:19:58' },
      { name: 'acs-calllogs gates', tests: '1', failures: '1', errors: '0', skipped: '0', timestamp: '2026-11-20T09:19:58' },
    ],
  );
  // Its `time` the call's duration (20m 20s), the testsuite's the same; a gate has none.
  assert.deepEqual(elements.find((e) => e.name === 'testcase')!.attributes, { name: REJOIN, classname: 'Group', time: '1220' });
  const failure = elements.find((e) => e.name === 'failure' && e.attributes.type === 'poor-call')!;
  // The drops first (finding-order.ts): the three the message names are what a ticket's "the call dropped" is about.
  assert.match(failure.attributes.message!, /^7 issues: leg 2aaed7ee: dropped at \+1m 40s \(09:21:39 UTC\) — code 410\/3101 .*; leg afe17849: dropped at \+11m 02s \(09:31:00 UTC\) — code 500\/4521 .*; leg 2aaed7ee: Audio outbound jitter 38 ms > 30 ms — voices sound robotic; and 4 more$/);
  assert.equal(failure.text.split('\n').length, 7);
  assert.match(failure.text, /leg afe17849: dropped at \+11m 02s \(09:31:00 UTC\) — code 500\/4521/);
  assert.match(elements.find((e) => e.name === 'system-out')!.text, /^leg e0dd0d03 \(VoIP\): joined \+0s, stayed 20m 10s, ended 0\/0 Success: /);

  const unknown = readXml(runCli(['call', UNKNOWN, 'samples', '--format', 'junit']).stdout);
  assert.equal(unknown.find((e) => e.name === 'testsuite')!.attributes.skipped, '1');
  assert.equal(unknown.find((e) => e.name === 'skipped')!.attributes.message, 'quality unknown: no CallDiagnostics');
  // Its legs are in its skipped text too, under the reason, as in its system-out: GitLab and Azure DevOps show no
  // skipped testcase's system-out (summarize's JUnit says a skipped call's so: junit-skipped.ts).
  const legs = unknown.find((e) => e.name === 'system-out')!.text;
  assert.match(legs, /^leg 3b464a7c \(VoIP\): joined \+0s, stayed 6m 28s, ended 0\/0 Success: [^\n]+\nleg b8078daa \(PSTN\): joined \+8s/);
  assert.equal(unknown.find((e) => e.name === 'skipped')!.text, `quality unknown: no CallDiagnostics\n${legs}`);
  const good = readXml(runCli(['call', GOOD, 'samples', '--format', 'junit']).stdout);
  assert.deepEqual(good.find((e) => e.name === 'testsuites')!.attributes, { name: 'acs-calllogs', tests: '1', failures: '0', errors: '0', time: '87' });
  assert.ok(!good.some((e) => e.name === 'failure' || e.name === 'skipped'));
});

test('call --report: each file in its format beside the terminal\'s; the step summary appended to; the exit code the gate\'s', () => {
  const dir = scratchDir('call-reports-');
  const summary = join(dir, 'step-summary.md');
  writeFileSync(summary, '# earlier step\n');
  const junit = join(dir, 'out', 'call.xml');
  const text = join(dir, 'out', 'call.txt');
  const { status, stdout, stderr } = runCli(['call', REJOIN, 'samples', '--fail-on-poor', '--report', `junit=${junit}`, '--report', `markdown=${summary}`, '--report', `text=${text}`, '--format', 'json'], {
    env: { GITHUB_STEP_SUMMARY: summary, FORCE_COLOR: '1' },
  });
  assert.equal(status, 1, stderr);
  assert.equal(JSON.parse(stdout).correlationId, REJOIN);
  assert.equal(readXml(readFileSync(junit, 'utf8')).find((e) => e.name === 'testcase')!.attributes.name, REJOIN);
  assert.match(readFileSync(summary, 'utf8'), /^# earlier step\n## Call `a60ad5d9-/);
  // A report file is never coloured, whatever the terminal.
  const written = readFileSync(text, 'utf8');
  assert.doesNotMatch(written, /\u001b/);
  assert.equal(written, runCli(['call', REJOIN, 'samples']).stdout);
  for (const bad of ['csv=x.csv', 'junit=-', 'junit']) {
    const refused = runCli(['call', REJOIN, 'samples', '--report', bad]);
    assert.equal(refused.status, 2, bad);
    assert.match(refused.stderr, /^acs-calllogs: .*--report/, bad);
    assert.equal(refused.stdout, '', bad);
  }
});

test("call takes the config file's format when it is one of its own: markdown and junit now, table as text, csv as text", () => {
  for (const [configured, start] of [['markdown', '## Call '], ['junit', '<?xml'], ['table', 'Call '], ['csv', 'Call ']] as const) {
    const dir = scratchDir('call-config-format-');
    writeFileSync(join(dir, 'acs-calllogs.config.json'), JSON.stringify({ format: configured }));
    const { status, stdout, stderr } = runCli(['call', GOOD, join(process.cwd(), 'samples')], { cwd: dir });
    assert.equal(status, 0, stderr);
    assert.ok(stdout.startsWith(start), `${configured}: ${stdout.slice(0, 40)}`);
  }
});
