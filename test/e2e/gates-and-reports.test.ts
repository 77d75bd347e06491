import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { BIN, ROOT, runCli, runJson } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

const SAMPLES = `${ROOT}samples/`;

test('gates: crossed gates exit 1 with one stderr line each, saying by how much; passed gates exit 0', () => {
  const crossed = runCli(['summarize', SAMPLES, '--max-poor-calls', '2', '--max-poor-streams', '10%', '--fail-on-unknown']);
  assert.equal(crossed.status, 1);
  const lines = crossed.stderr.trim().split('\n');
  assert.deepEqual(lines, [
    'acs-calllogs: gate max-poor-calls crossed: 4 poor calls > 2 allowed — over by 2 (set by --max-poor-calls)',
    'acs-calllogs: gate max-poor-streams crossed: 14% poor streams (7 of 50 known) > 10% allowed — over by 4 points (set by --max-poor-streams)',
    'acs-calllogs: gate fail-on-unknown crossed: 1 call of unknown quality (set by --fail-on-unknown)',
  ]);
  const passed = runCli(['summarize', SAMPLES, '--max-poor-calls', '4', '--max-poor-streams', '14%']);
  assert.equal(passed.status, 0, passed.stderr);
  assert.equal(passed.stderr, '');
});

test('a percentage of poor calls is of the calls whose quality is known (4 of 7)', () => {
  const { result, json } = runJson<SummaryDocument>(['summarize', SAMPLES, '--max-poor-calls', '57%']);
  assert.equal(result.status, 1);
  assert.equal(json.gates[0]!.of, 7);
  assert.ok(Math.abs(json.gates[0]!.actual - (4 / 7) * 100) < 1e-9);
  assert.equal(runCli(['summarize', SAMPLES, '--max-poor-calls', '57.2%']).status, 0);
  // Just over: the share is shown to as many places as tell it from the limit, and the limit as given.
  for (const [limit, line] of [
    ['57.14%', 'gate max-poor-calls crossed: 57.143% poor calls (4 of 7 known) > 57.14% allowed — over by 0.002857 points (set by --max-poor-calls)'],
    ['57.1428%', 'gate max-poor-calls crossed: 57.143% poor calls (4 of 7 known) > 57.1428% allowed — over by 0.00005714 points (set by --max-poor-calls)'],
    ['56.142857%', 'gate max-poor-calls crossed: 57.14% poor calls (4 of 7 known) > 56.142857% allowed — over by 1 point (set by --max-poor-calls)'],
  ]) {
    assert.equal(runCli(['summarize', SAMPLES, '--max-poor-calls', limit!]).stderr, `acs-calllogs: ${line}\n`);
  }
});

test('a malformed gate value exits 2', () => {
  for (const args of [['--max-poor-calls', 'lots'], ['--max-poor-streams', '150%'], ['--max-poor-calls', '-1']]) {
    const r = runCli(['summarize', SAMPLES, ...args]);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, new RegExp(args[0]!));
  }
});

test('call --fail-on-poor exits 1 on a poor call and 0 on a good one', () => {
  const poor = runCli(['call', 'f794018d', SAMPLES, '--fail-on-poor']);
  assert.equal(poor.status, 1);
  assert.match(poor.stderr, /gate fail-on-poor crossed/);
  assert.equal(runCli(['call', '8d1a8374', SAMPLES, '--fail-on-poor']).status, 0);
});

test('--threshold changes a limit; the JSON shows the rules in force; per media type with .Video', () => {
  const { json } = runJson<SummaryDocument>(['summarize', SAMPLES, '--threshold', 'roundTripTimeAvg=700', '--threshold', 'jitterAvg=off', '--threshold', 'videoFrameRateAvg.Video=5',
    '--threshold', 'jitterBufferSizeMax=400', '--threshold', 'healedDataRatioMax.Audio=off']);
  assert.deepEqual(json.thresholds.roundTripTimeAvg, { breachWhen: 'above', default: 700 });
  assert.deepEqual(json.thresholds.videoFrameRateAvg, { breachWhen: 'below', Video: 5, VBSS: 1, AppSharing: 1 });
  assert.deepEqual(json.thresholds.jitterBufferSizeMax, { breachWhen: 'above', default: 400 });
  assert.deepEqual(json.thresholds.healedDataRatioMax, { breachWhen: 'above', Audio: null });
  const p2p = json.calls.find((c) => c.correlationId.startsWith('f794018d'))!;
  assert.equal(p2p.quality, 'good', 'RTT 612 is within 700, jitter is off, jitter buffer max 380 is within 400 and healed max is off for Audio');
  const video = json.calls.find((c) => c.correlationId.startsWith('ad9b017d'))!;
  assert.ok(!video.issues.some((i) => i.metric === 'videoFrameRateAvg' && i.mediaType === 'Video'), 'frame rate 5.5 passes a limit of 5');
  assert.equal(runCli(['summarize', SAMPLES, '--threshold', 'rtt=3']).status, 2);
});

function configProject(config: unknown): string {
  const dir = scratchDir('cfg-');
  writeFileSync(join(dir, 'acs-calllogs.config.json'), JSON.stringify(config));
  return dir;
}

test('config file: found upward, inputs relative to it, gates and format; flags win; --print-config', () => {
  const dir = configProject({ inputs: [SAMPLES], format: 'json', thresholds: { roundTripTimeAvg: 650 }, gates: { maxPoorCalls: 10 } });
  const printed = JSON.parse(runCli(['summarize', '--print-config', '--threshold', 'roundTripTimeAvg=700'], { cwd: dir }).stdout);
  assert.equal(printed.configFile, join(dir, 'acs-calllogs.config.json'));
  assert.deepEqual(printed.inputs, [`${ROOT}samples`]);
  assert.deepEqual(printed.thresholds.roundTripTimeAvg, { breachWhen: 'above', default: 700 });
  assert.deepEqual(printed.gates, { maxPoorCalls: { kind: 'count', max: 10 } });
  assert.deepEqual(printed.gateSources, { maxPoorCalls: { kind: 'config', file: join(dir, 'acs-calllogs.config.json'), key: 'gates.maxPoorCalls' } });
  assert.deepEqual(JSON.parse(runCli(['summarize', '--print-config', '--max-poor-calls', '3', '--fail-on-poor'], { cwd: dir }).stdout).gateSources, {
    maxPoorCalls: { kind: 'flag', flag: '--max-poor-calls' },
    failOnPoor: { kind: 'flag', flag: '--fail-on-poor' },
  });
  const run = runCli(['summarize'], { cwd: dir });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(JSON.parse(run.stdout).thresholds.roundTripTimeAvg.default, 650);
  assert.equal(runCli(['summarize', '--max-poor-calls', '1'], { cwd: dir }).status, 1);
});

test('every gate is a flag and a config key; a flag turns the config\'s gate off for one run (off, --no-…)', () => {
  const strict = configProject({ gates: { maxPoorCalls: 0, maxPoorStreams: '1%', maxFailedCalls: 0, failOnPoor: true, failOnUnknown: true } });
  const all = runCli(['summarize', SAMPLES], { cwd: strict });
  assert.equal(all.status, 1);
  assert.deepEqual(all.stderr.trim().split('\n').map((l) => l.replace(/ crossed.*/, '')), ['acs-calllogs: gate max-poor-calls', 'acs-calllogs: gate max-poor-streams', 'acs-calllogs: gate max-failed-calls', 'acs-calllogs: gate fail-on-poor', 'acs-calllogs: gate fail-on-unknown']);
  const relaxed = runCli(['summarize', SAMPLES, '--max-poor-calls', 'off', '--max-poor-streams', 'OFF', '--max-failed-calls', 'off', '--no-fail-on-poor', '--no-fail-on-unknown'], { cwd: strict });
  assert.equal(relaxed.status, 0, relaxed.stderr);
  assert.equal(relaxed.stderr, '');
  assert.equal(runCli(['summarize', SAMPLES, '--fail-on-poor']).stderr, 'acs-calllogs: gate fail-on-poor crossed: 4 poor calls (set by --fail-on-poor)\n');
  assert.equal(runCli(['call', '959b96af', SAMPLES, '--fail-on-unknown']).status, 1, 'a call of unknown quality');
  const unjudged = runCli(['call', '959b96af', SAMPLES, '--fail-on-poor']);
  assert.equal(unjudged.status, 0);
  assert.match(unjudged.stderr, /^warning: --fail-on-poor passed with nothing to judge: the call's quality is unknown \(no CallDiagnostics\); add --fail-on-unknown to fail then\n$/);
  assert.equal(runCli(['call', '959b96af', SAMPLES], { cwd: strict }).status, 1);
  assert.equal(runCli(['call', '959b96af', SAMPLES, '--no-fail-on-unknown'], { cwd: strict }).status, 0);
});

test('a gate set by a config file further up says so, by key and whole path, in every report for a reader, the JSON\'s source too; one under the folder run in, relative to it', () => {
  const root = configProject({ gates: { maxPoorCalls: 0 } });
  const file = join(root, 'acs-calllogs.config.json');
  const job = join(root, 'tests', 'calls');
  mkdirSync(job, { recursive: true });
  const md = join(root, 'gates.md');
  const xml = join(root, 'gates.xml');
  const run = runCli(['summarize', SAMPLES, '--fail-on-unknown', '--format', 'github', '--report', `markdown=${md}`, '--report', `junit=${xml}`], { cwd: job });
  assert.equal(run.status, 1);
  const crossed = `max-poor-calls crossed: 4 poor calls > 0 allowed — over by 4 (set by gates.maxPoorCalls in ${file})`;
  assert.equal(run.stderr, `acs-calllogs: gate ${crossed}\nacs-calllogs: gate fail-on-unknown crossed: 1 call of unknown quality (set by --fail-on-unknown)\n`);
  assert.ok(run.stdout.startsWith(`::error title=Gate max-poor-calls crossed::${crossed}\n`), run.stdout);
  assert.match(run.stdout, /^::notice title=ACS call quality::.*%0A❌ max-poor-calls crossed: .* \(set by gates\.maxPoorCalls in [^)]+\)%0A/m);
  const markdown = readFileSync(md, 'utf8');
  assert.ok(markdown.includes(`- ❌ max-poor-calls crossed: 4 poor calls > 0 allowed — over by 4 (set by gates.maxPoorCalls in \`${file}\`)\n`), markdown);
  assert.ok(readFileSync(xml, 'utf8').includes(`<failure message="${crossed.replace('>', '&gt;')}" type="gate">`), readFileSync(xml, 'utf8'));
  // Found further up than the folder run in: the JSON gives it whole too, as the other reports name it.
  const above = runJson<SummaryDocument>(['summarize', SAMPLES], { cwd: job });
  assert.deepEqual(above.json.gates.map((g) => g.source), [{ kind: 'config', file, key: 'gates.maxPoorCalls' }]);
  // Named by --config under the folder run in: relative to it, in the JSON as in every other report, so that the
  // artifacts of two checkouts (`/home/runner/work/app/app/…`) do not differ by it.
  const named = runJson<SummaryDocument>(['summarize', SAMPLES, '--config', 'ci/gates.json'], { cwd: copyConfigTo(root, 'ci/gates.json') });
  assert.deepEqual(named.json.gates.map((g) => g.source), [{ kind: 'config', file: join('ci', 'gates.json'), key: 'gates.maxPoorCalls' }]);
  assert.match(named.result.stderr, /^acs-calllogs: gate max-poor-calls crossed: .* \(set by gates\.maxPoorCalls in ci\/gates\.json\)\n$/);
  for (const format of ['junit', 'github', 'table']) {
    const said = runCli(['summarize', SAMPLES, '--config', 'ci/gates.json', '--format', format], { cwd: root }).stdout;
    assert.ok(said.includes('(set by gates.maxPoorCalls in ci/gates.json)'), `${format}: ${said.slice(0, 1000)}`);
    assert.ok(!said.includes(root), format);
  }
  // A flag wins, and is named.
  const flagged = runJson<SummaryDocument>(['summarize', SAMPLES, '--max-poor-calls', '10'], { cwd: job });
  assert.deepEqual(flagged.json.gates.map((g) => g.source), [{ kind: 'flag', flag: '--max-poor-calls' }]);
});

/** The config of `root` copied to `relative` under it; returns `root`. */
function copyConfigTo(root: string, relative: string): string {
  mkdirSync(dirname(join(root, relative)), { recursive: true });
  writeFileSync(join(root, relative), readFileSync(join(root, 'acs-calllogs.config.json')));
  return root;
}

test("--print-config shows the gates the command applies: call's are failOnPoor and failOnUnknown, not a shared config's count gates", () => {
  const shared = configProject({ gates: { maxPoorCalls: 0, maxPoorStreams: '1%', maxFailedCalls: 0, failOnPoor: true, failOnUnknown: true } });
  const summarize = JSON.parse(runCli(['summarize', SAMPLES, '--print-config'], { cwd: shared }).stdout);
  assert.deepEqual(Object.keys(summarize.gates), ['maxPoorCalls', 'maxPoorStreams', 'maxFailedCalls', 'failOnUnknown', 'failOnPoor']);
  const call = JSON.parse(runCli(['call', '341acde7', SAMPLES, '--print-config'], { cwd: shared }).stdout);
  assert.deepEqual(call.gates, { failOnUnknown: true, failOnPoor: true });
  assert.deepEqual(Object.keys(call.gateSources), ['failOnUnknown', 'failOnPoor']);
  // As applied: the good call with a failed-call limit of 0 and no poor call allowed passes.
  assert.equal(runCli(['call', '341acde7', SAMPLES], { cwd: shared }).status, 0);
  const relaxed = JSON.parse(runCli(['call', '341acde7', SAMPLES, '--print-config', '--no-fail-on-poor'], { cwd: shared }).stdout);
  assert.deepEqual(relaxed.gates, { failOnUnknown: true });
});

test('a gate is off by --max-…-calls off on the command line, and by null in the config file; --help says both', () => {
  const failedLeg = `${ROOT}test/fixtures/input/failed-leg.jsonl`;
  const gated = configProject({ gates: { maxFailedCalls: 0 } });
  assert.equal(runCli(['summarize', failedLeg], { cwd: gated }).status, 1);
  assert.equal(runCli(['summarize', failedLeg, '--max-failed-calls', 'off'], { cwd: gated }).status, 0);
  const nulls = configProject({ gates: { maxPoorCalls: null, maxPoorStreams: null, maxFailedCalls: null } });
  const run = runCli(['summarize', failedLeg], { cwd: nulls });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(runCli(['summarize', failedLeg, '--print-config'], { cwd: nulls }).stdout).gates, {});
  // Null is off, not a limit of 0: a flag still sets the gate.
  assert.equal(runCli(['summarize', failedLeg, '--max-failed-calls', '0'], { cwd: nulls }).status, 1);
  const help = runCli(['summarize', '--help']).stdout.replace(/\s+/g, ' ');
  for (const [flag, key] of [['--max-poor-calls', 'maxPoorCalls'], ['--max-poor-streams', 'maxPoorStreams'], ['--max-failed-calls', 'maxFailedCalls']]) {
    assert.match(help, new RegExp(`${flag} <N\\|P%\\|off> .*?; off: none this run, whatever gates\\.${key} says \\(null there is off\\)`), flag);
  }
});

test('--max-failed-calls: calls with a leg that dropped or never connected, which media gates cannot see', () => {
  const failedLeg = 'test/fixtures/input/failed-leg.jsonl';
  const run = runCli(['summarize', failedLeg, '--max-failed-calls', '0', '--fail-on-poor', '--no-breakdowns'], { env: { NO_COLOR: '1' } });
  assert.equal(run.status, 1, 'its media is good: only the failed leg crosses a gate');
  assert.equal(run.stderr, 'acs-calllogs: gate max-failed-calls crossed: 1 call with a failed leg > 0 allowed — over by 1 (set by --max-failed-calls)\n');
  assert.match(run.stdout, /good .* eeeeeeee .*ep-a: failed 495\/4507/);
  assert.match(run.stdout, /1 call: 0 poor, 0 unknown, 1 good · 1 stream, 0 poor · 1 with a failed leg/);
  const md = runCli(['summarize', failedLeg, '--format', 'markdown', '--no-breakdowns']).stdout;
  assert.match(md, /\| 1 \| 0 \| 0 \| 1 \| 1 \| 0 \| 0 \| 1 \|/, 'totals: 1 call, good, with a failed leg');
  assert.match(md, /### Calls with a failed leg\n\n.*\n.*\n\| `eeeeeeee-0000-4000-8000-000000000005` \| .* \| P2P \| leg ep-a: failed 495\/4507 \|/);
  const github = runCli(['summarize', failedLeg, '--format', 'github']).stdout;
  assert.match(github, /^::warning title=Failed leg in call eeeeeeee-0000-4000-8000-000000000005::P2P eeeeeeee-0000-4000-8000-000000000005: media good, 1 leg failed%0Aleg ep-a: failed 495\/4507$/m);
  assert.match(github, /::notice title=ACS call quality::1 call: 0 poor, 0 unknown; 1 stream, 0 poor; 1 with a failed leg/);
  const { json } = runJson<SummaryDocument>(['summarize', failedLeg, SAMPLES, '--max-failed-calls', '25%']);
  assert.deepEqual([json.totals.failedCalls, json.totals.callsWithLegs], [2, 9]);
  assert.equal(json.gates[0]!.crossed, false, '2 of 9 is 22.2%');
  const sample = json.calls.find((c) => c.correlationId.startsWith('a60ad5d9'))!;
  assert.deepEqual(sample.failedLegs.map((l) => [l.code, l.subCode, l.dropped]), [[410, 3101, true], [500, 4521, true]]);
  assert.deepEqual(json.calls.find((c) => c.correlationId.startsWith('eeeeeeee'))!.failedLegs, [
    { participantId: null, endpointId: 'ep-a', code: 495, subCode: 4507, resultCategory: 'UnexpectedClientError', dropped: false },
  ]);
});

test('gates with nothing to judge pass, and say so: no call in the window, or none of known quality', () => {
  const empty = runCli(['summarize', SAMPLES, '--since', '2030-01-01', '--max-poor-calls', '0']);
  assert.equal(empty.status, 0);
  assert.equal(
    empty.stderr,
    'warning: no call started in the window 2030-01-01 00:00:00 → … UTC (8 calls outside it); a --since/--until time without a zone is UTC\nwarning: the gates passed with nothing to judge: no call in the selection\n',
  );
  assert.equal(runCli(['summarize', SAMPLES, '--since', '2030-01-01', '--fail-on-unknown']).stderr, empty.stderr, 'said with --fail-on-unknown too');
  const unknown = runCli(['summarize', `${SAMPLES}storage-account/insights-logs-callsummary`, '--max-poor-streams', '0']);
  assert.match(unknown.stderr, /nothing to judge: no call of known quality \(1 call, none with CallDiagnostics\)/);
  const judged = runCli(['summarize', `${SAMPLES}storage-account/insights-logs-callsummary`, '--max-poor-streams', '0', '--fail-on-unknown']);
  assert.equal(judged.status, 1);
  assert.doesNotMatch(judged.stderr, /nothing to judge/);
  assert.equal(runCli(['summarize', SAMPLES, '--max-poor-calls', '10']).stderr, '');
  // No CallSummary, so no leg to have failed: --max-failed-calls would pass for ever on such an export.
  const noLegs = runCli(['summarize', 'test/fixtures/article-limits/PT1H.json', '--max-failed-calls', '0', '--max-poor-calls', '10']);
  assert.equal(noLegs.status, 0);
  assert.equal(noLegs.stderr, 'warning: --max-failed-calls passed with nothing to judge: no leg logged (5 calls, none with CallSummary); export the CallSummary category too\n');
  const onlyFailedGate = runCli(['summarize', `${SAMPLES}storage-account/insights-logs-callsummary`, '--max-failed-calls', '0']);
  assert.equal(onlyFailedGate.stderr, '', 'legs logged and no media gate: nothing to warn of, though no call has CallDiagnostics');
});

test('config file: an unknown key or a bad value exits 2 naming the field', () => {
  const bad = runCli(['summarize', SAMPLES], { cwd: configProject({ thresholds: { roundTripTimeAvg: 'slow' } }) });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /acs-calllogs\.config\.json: thresholds\.roundTripTimeAvg: /);
  const unknown = runCli(['summarize', SAMPLES], { cwd: configProject({ gate: {} }) });
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /gate: unknown key/);
  const ratio = runCli(['summarize', SAMPLES], { cwd: configProject({ thresholds: { healedDataRatioAvg: { Audio: 10 } } }) });
  assert.equal(ratio.status, 2);
  assert.match(ratio.stderr, /thresholds\.healedDataRatioAvg\.Audio: 10 is over 1: healedDataRatioAvg is a ratio from 0 to 1/);
  // A fraction where a count is needed: the file, the key, the value and what it takes (zod's bare "Invalid input" before).
  const dir = configProject({ gates: { maxPoorCalls: 2.5 } });
  const fraction = runCli(['summarize', SAMPLES], { cwd: dir });
  assert.equal(fraction.status, 2);
  assert.equal(fraction.stderr, `acs-calllogs: ${join(dir, 'acs-calllogs.config.json')}: gates.maxPoorCalls: 2.5 is not a whole number; expected a count as a number (3), a percentage as a string ("12.5%"), "off" or null\n`);
  // A ratio's percentage reads as the flag's does: 12% is 0.12, which the JSON shows.
  const { json } = runJson<SummaryDocument>(['summarize', SAMPLES], { cwd: configProject({ thresholds: { packetLossRateAvg: '12%' } }) });
  assert.deepEqual(json.thresholds.packetLossRateAvg, { breachWhen: 'above', default: 0.12 });
});

test('several reports in one run: the table on stdout, junit and markdown to files; gates still decide the exit', () => {
  const out = scratchDir('reports-');
  const r = runCli(['summarize', SAMPLES, '--report', `junit=${out}/ci/calls.xml`, '--report', `markdown=${out}/summary.md`, '--max-poor-calls', '0']);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /│ POOR/);
  const xml = readFileSync(join(out, 'ci/calls.xml'), 'utf8');
  // The calls' durations (the table's Duration) as each testcase's time, summed on the testsuite and <testsuites>.
  assert.match(xml, /<testsuites name="acs-calllogs" tests="9" failures="5" errors="0" time="7014">/);
  assert.match(xml, /<testsuite name="acs-calllogs call quality" tests="8" failures="4" errors="0" skipped="1" time="7014" timestamp="2026-11-20T08:30:12">/);
  assert.match(xml, /<testcase name="f794018d-ad40-410f-a885-10ebe648da20" classname="P2P" time="734">\s*<failure message=/);
  assert.match(xml, /<testcase name="959b96af-607a-4ff9-804a-54bd74980481" classname="Group" time="388">\s*<skipped/);
  const md = readFileSync(join(out, 'summary.md'), 'utf8');
  assert.match(md, /## ACS call quality: 4 poor of 8 calls/);
  assert.match(md, /❌ max-poor-calls crossed: 4 poor calls > 0 allowed/);
  assert.equal(existsSync(join(out, 'nope')), false);
  assert.equal(runCli(['summarize', SAMPLES, '--report', 'pdf=x.pdf']).status, 2);
});

test('junit with --limit or --only-poor: the counts are those of the testcases written, as a reader that counts them sees', () => {
  for (const [flags, tests, failures, skipped] of [
    [['--limit', '2'], 2, 2, 0],
    [['--only-poor'], 4, 4, 0],
    [['--sort', 'id', '--limit', '5'], 5, 1, 1],
  ] as const) {
    const xml = runCli(['summarize', SAMPLES, ...flags, '--format', 'junit']).stdout;
    assert.equal(xml.match(/<testcase /g)?.length, tests, flags.join(' '));
    assert.equal(xml.match(/<failure /g)?.length ?? 0, failures, flags.join(' '));
    assert.equal(xml.match(/<skipped /g)?.length ?? 0, skipped, flags.join(' '));
    // The time too is that of the testcases written: the sum of their durations.
    const time = [...xml.matchAll(/<testcase [^>]* time="(\d+)"/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    assert.match(xml, new RegExp(`<testsuites name="acs-calllogs" tests="${tests}" failures="${failures}" errors="0" time="${time}">`), flags.join(' '));
    assert.match(xml, new RegExp(`<testsuite name="acs-calllogs call quality" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="${time}" timestamp="2026-11-20T[0-9:]{8}">`), flags.join(' '));
  }
});

test('GITHUB_STEP_SUMMARY is appended to, as GitHub expects', () => {
  const summary = join(scratchDir('gh-'), 'step_summary');
  writeFileSync(summary, '# before\n');
  runCli(['summarize', SAMPLES, '--report', `markdown=${summary}`], { env: { GITHUB_STEP_SUMMARY: summary } });
  assert.match(readFileSync(summary, 'utf8'), /^# before\n## ACS call quality/);
  // Named another way (relative to the working folder), it is the same file: appended to, not replaced.
  runCli(['summarize', SAMPLES, '--report', 'markdown=step_summary'], { env: { GITHUB_STEP_SUMMARY: summary }, cwd: dirname(summary) });
  assert.match(readFileSync(summary, 'utf8'), /^# before\n## ACS call quality[^]*\n## ACS call quality/);
  // Named by a symbolic link to it: the same file, by device and inode.
  symlinkSync(summary, join(dirname(summary), 'link.md'));
  runCli(['summarize', SAMPLES, '--report', `markdown=${join(dirname(summary), 'link.md')}`], { env: { GITHUB_STEP_SUMMARY: summary } });
  assert.match(readFileSync(summary, 'utf8'), /^# before\n## ACS call quality[^]*\n## ACS call quality[^]*\n## ACS call quality/);
});

test('a step summary that holds a lot already: markdown appended takes only what is left of GitHub\'s 1 MiB', () => {
  const run = (room: number) => {
    const summary = join(scratchDir('gh-'), 'step_summary');
    writeFileSync(summary, `# before\n${'x'.repeat(1024 * 1024 - room)}\n`);
    const r = runCli(['summarize', SAMPLES, '--report', `markdown=${summary}`], { env: { GITHUB_STEP_SUMMARY: summary } });
    assert.equal(r.status, 0, r.stderr);
    const text = readFileSync(summary, 'utf8');
    assert.ok(Buffer.byteLength(text) <= 1024 * 1024, `${room} bytes left: ${Buffer.byteLength(text)} bytes in all`);
    return text.slice(text.indexOf('## ACS'));
  };
  // Room for the totals and the calls, not for the breakdown tables.
  const some = run(20 * 1024);
  assert.match(some, /^## ACS call quality: 4 poor of 8 calls\n/);
  assert.match(some, /\| `f794018d-ad40-410f-a885-10ebe648da20` \|/);
  assert.doesNotMatch(some, /Where poor quality comes from/);
  // Next to no room: the heading and a pointer to the JSON report.
  assert.equal(run(1024), '## ACS call quality: 4 poor of 8 calls\n\n_No room left for the report (GitHub caps a step summary at 1 MiB); see the JSON report._\n');
});

test('--format markdown >> "$GITHUB_STEP_SUMMARY": standard output that is the step summary takes only what is left too', () => {
  const summary = join(scratchDir('gh-'), 'step_summary');
  writeFileSync(summary, `# before\n${'x'.repeat(1024 * 1024 - 20 * 1024)}\n`);
  // As a shell's >> gives it: the file opened for appending as standard output.
  const fd = openSync(summary, 'a');
  try {
    const r = spawnSync(process.execPath, [BIN, 'summarize', SAMPLES, '--format', 'markdown'], {
      stdio: ['ignore', fd, 'pipe'],
      env: { ...process.env, GITHUB_STEP_SUMMARY: summary },
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
  } finally {
    closeSync(fd);
  }
  const text = readFileSync(summary, 'utf8');
  assert.ok(Buffer.byteLength(text) <= 1024 * 1024, `${Buffer.byteLength(text)} bytes in all`);
  const report = text.slice(text.indexOf('## ACS'));
  assert.match(report, /\| `f794018d-ad40-410f-a885-10ebe648da20` \|/);
  assert.doesNotMatch(report, /Where poor quality comes from/);
  // Standard output that is another file, or a pipe, gets the whole budget: the breakdowns are there.
  assert.match(runCli(['summarize', SAMPLES, '--format', 'markdown'], { env: { GITHUB_STEP_SUMMARY: summary } }).stdout, /Where poor quality comes from/);
});

test('--report <format>=- is refused: a report goes to a file, standard output is --format\'s', () => {
  const r = runCli(['summarize', SAMPLES, '--report', 'json=-']);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, "acs-calllogs: --report 'json=-': a report goes to a file; for standard output use --format json\n");
});

test('--report <format>= with no path says the path is empty, and of markdown that $GITHUB_STEP_SUMMARY is GitHub\'s', () => {
  // `--report markdown="$GITHUB_STEP_SUMMARY"` copied from a workflow and run locally: the shell passes `markdown=`.
  for (const command of [['summarize', SAMPLES], ['call', '8d1a8374', SAMPLES]]) {
    const r = runCli([...command, '--report', 'markdown=']);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, "acs-calllogs: --report 'markdown=': the path after '=' is empty ($GITHUB_STEP_SUMMARY is set only on GitHub Actions; elsewhere name a file, e.g. markdown=out/summary.md)\n");
  }
  const junit = runCli(['summarize', SAMPLES, '--report', 'junit=']);
  assert.equal(junit.status, 2);
  assert.equal(junit.stderr, "acs-calllogs: --report 'junit=': the path after '=' is empty (an unset variable?): expected junit=<path>\n");
  // No '=' at all is still the form's error.
  assert.equal(runCli(['summarize', SAMPLES, '--report', 'junit']).stderr, "acs-calllogs: --report 'junit': expected junit=<path>, the path in the same word, after '=' (junit=out/report.xml)\n");
});

test('--format ndjson: one line per call, the objects of calls[]', () => {
  const lines = runCli(['summarize', SAMPLES, '--format', 'ndjson']).stdout.trimEnd().split('\n');
  const { json } = runJson<SummaryDocument>(['summarize', SAMPLES]);
  assert.deepEqual(lines.map((l) => JSON.parse(l)), json.calls);
});

test('--format github: an ::error per poor call; gates work with every format', () => {
  const r = runCli(['summarize', SAMPLES, '--format', 'github', '--max-poor-calls', '3']);
  assert.equal(r.status, 1);
  const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error title=Poor call '));
  assert.equal(errors.length, 4);
  assert.match(errors[0]!, /::error title=Poor call [0-9a-f-]+::Group [0-9a-f-]+: 3 poor streams%0A/);
  assert.match(errors[2]!, /: 1 poor stream%0A/);
  assert.match(r.stderr, /gate max-poor-calls crossed/);
  // --limit lists (and annotates) fewer poor calls than there are: the pointer counts the rest.
  const limited = runCli(['summarize', SAMPLES, '--format', 'github', '--limit', '2']).stdout.split('\n');
  assert.equal(limited.filter((l) => l.startsWith('::error ')).length, 2);
  assert.ok(limited.includes('::warning title=More poor calls::2 more poor calls not annotated; run acs-calllogs summarize --format markdown or json for all 4'));
});

test('--max-poor-streams takes its share of the streams of known quality, as its help says: one with no metric read is in neither count', () => {
  const help = runCli(['summarize', '--help']).stdout.replace(/\s+/g, ' ');
  assert.match(help, /--max-poor-streams <N\|P%\|off> gate: fail with more poor streams than N, or than P% of the streams of known quality \(not those with no metric read\)/);
  const { result, json } = runJson<SummaryDocument>(['summarize', 'test/fixtures/input/no-metric-read.jsonl', '--max-poor-streams', '0%']);
  assert.equal(result.status, 1);
  const gate = json.gates.find((g) => g.gate === 'max-poor-streams')!;
  assert.ok(json.totals.unknownStreams > 0);
  assert.deepEqual([gate.count, gate.of], [json.totals.poorStreams, json.totals.streams - json.totals.unknownStreams]);
});
