import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { RULE_METRICS } from '../../src/rules/thresholds.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { ROOT, runCli, runJson } from '../support/run-cli.js';

interface Expected {
  totals: SummaryDocument['totals'];
  input: { records: number; duplicates: number; superseded: number; ignored: number; byCategory: Record<string, number> };
  calls: Record<string, { quality: string; callType: string | null; participants: number | null; streams: number; poorStreams: number; issues: unknown[]; failedLegs: unknown[] }>;
}
const expected = JSON.parse(readFileSync(`${ROOT}test/fixtures/samples-expected.json`, 'utf8')) as Expected;
const sortIssues = (issues: unknown[]) => issues.map((i) => JSON.stringify(i)).sort();

test('summarize samples/ --format json: every call, its verdict and its issues, as worked out by hand', () => {
  const { result, json } = runJson<SummaryDocument>(['summarize', 'samples/']);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(json.schemaVersion, 1);
  assert.deepEqual(json.totals, expected.totals);
  assert.deepEqual(Object.keys(json.calls.map((c) => c.correlationId)).length, Object.keys(expected.calls).length);
  for (const call of json.calls) {
    const want = expected.calls[call.correlationId];
    assert.ok(want, `unexpected call ${call.correlationId}`);
    assert.equal(call.quality, want.quality, call.correlationId);
    assert.equal(call.callType, want.callType, call.correlationId);
    assert.equal(call.participants, want.participants, call.correlationId);
    assert.equal(call.streams, want.streams, call.correlationId);
    assert.equal(call.poorStreams, want.poorStreams, call.correlationId);
    assert.deepEqual(sortIssues(call.issues), sortIssues(want.issues), call.correlationId);
    assert.deepEqual(call.failedLegs, want.failedLegs, call.correlationId);
    for (const issue of call.issues) assert.ok((RULE_METRICS as readonly string[]).includes(issue.metric));
  }
});

test('poor calls come first, then unknown, then good', () => {
  const { json } = runJson<SummaryDocument>(['summarize', 'samples/']);
  const order = json.calls.map((c) => c.quality);
  const rank = { poor: 0, unknown: 1, good: 2 } as const;
  assert.deepEqual(order, [...order].sort((a, b) => rank[a] - rank[b]));
  assert.equal(order[0], 'poor');
});

test('input counts: nothing lost silently; the counts add up to the records read', () => {
  const { json } = runJson<SummaryDocument>(['summarize', 'samples/']);
  const i = json.input;
  assert.equal(i.records, expected.input.records);
  assert.equal(i.duplicates, expected.input.duplicates);
  assert.equal(i.superseded, expected.input.superseded);
  assert.equal(i.ignored, expected.input.ignored);
  assert.deepEqual(i.byCategory, expected.input.byCategory);
  assert.equal(i.records, i.used + i.duplicates + i.superseded + i.ignored);
  assert.equal(i.invalid, 0);
  assert.equal(i.files, 15);
  assert.deepEqual(Object.keys(i.shapes).sort(), ['csv', 'json-array', 'json-lines', 'query-api', 'records-envelope']);
});

test('the JSON shows the rules in force', () => {
  const { json } = runJson<SummaryDocument>(['summarize', 'samples/']);
  assert.deepEqual(json.thresholds.roundTripTimeAvg, { breachWhen: 'above', default: 500 });
  assert.deepEqual(json.thresholds.videoFrameRateAvg, { breachWhen: 'below', Video: 7, VBSS: 1, AppSharing: 1 });
  assert.deepEqual(json.thresholds.recvResolutionHeight, { breachWhen: 'below', Video: 240, VBSS: 768, AppSharing: 768 });
  assert.deepEqual(json.thresholds.recvFreezeDurationPerMinuteInMs, { breachWhen: 'above', Video: 6000, VBSS: 25000, AppSharing: 25000 });
  assert.deepEqual(json.thresholds.jitterBufferSizeMax, { breachWhen: 'above', default: 200 });
  assert.deepEqual(json.thresholds.healedDataRatioAvg, { breachWhen: 'above', Audio: 0.1 });
  assert.deepEqual(json.thresholds.healedDataRatioMax, { breachWhen: 'above', Audio: 0.1 });
  assert.deepEqual(Object.keys(json.thresholds), [...RULE_METRICS]);
});

test('the table: poor calls first with their breaches, totals and what was read; no colour when piped', () => {
  const { status, stdout, stderr } = runCli(['summarize', 'samples/']);
  assert.equal(status, 0, stderr);
  const rows = stdout.split('\n').filter((l) => /│ (POOR|unknown|good) /.test(l));
  assert.equal(rows.length, 8);
  assert.match(rows[0]!, /POOR/);
  assert.match(rows.at(-1)!, /good/);
  assert.match(stdout, /│ POOR\s+│ f794018d │ .*│ 583436d8: Audio outbound RTT 612 > 500 ms/);
  assert.match(stdout, /8 calls: 4 poor, 1 unknown, 3 good · 50 streams, 7 poor · 1 with a failed leg/);
  assert.match(stdout, /Read 15 files .*: 146 records — 140 used, 1 duplicate, 4 superseded, 1 ignored/);
  assert.doesNotMatch(stdout, /\u001b\[/);
});

test('colour: always with FORCE_COLOR, never with NO_COLOR', () => {
  assert.match(runCli(['summarize', 'samples/'], { env: { FORCE_COLOR: '1' } }).stdout, /\u001b\[31m/);
  assert.doesNotMatch(runCli(['summarize', 'samples/'], { env: { NO_COLOR: '1' } }).stdout, /\u001b\[/);
});

test('standard input: -', () => {
  const csv = readFileSync(`${ROOT}samples/log-analytics/portal-export-acs-calls-2026-11-20.csv`);
  const { result, json } = runJson<SummaryDocument>(['summarize', '-'], { input: csv });
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(json.calls.map((c) => [c.correlationId, c.quality]), [['f794018d-ad40-410f-a885-10ebe648da20', 'poor']]);
});

test('a CSV exported in the portal\'s local time: read as UTC, with one warning naming the file; the verdicts are the same', () => {
  const csv = readFileSync(`${ROOT}samples/log-analytics/portal-export-acs-calls-2026-11-20.csv`, 'utf8');
  assert.match(csv, /\[UTC\]/);
  const local = csv.replaceAll('[UTC]', '[Local Time]');
  const utc = runJson<SummaryDocument>(['summarize', '-'], { input: csv });
  const zoned = runJson<SummaryDocument>(['summarize', '-'], { input: local });
  assert.equal(zoned.result.status, 0, zoned.result.stderr);
  assert.equal(utc.result.stderr, '');
  assert.equal(zoned.result.stderr, "warning: <stdin>: its times are headed [Local Time], not [UTC], and are read as UTC: export it again with the portal's time zone set to UTC for exact times\n");
  assert.deepEqual(zoned.json.calls, utc.json.calls);
});

test("the JSON reports of summarize and call list a CSV in the portal's local time, not stderr alone", () => {
  const csv = readFileSync(`${ROOT}samples/log-analytics/portal-export-acs-calls-2026-11-20.csv`, 'utf8');
  const local = csv.replaceAll('[UTC]', '[Local Time]');
  for (const threads of ['1', '2']) {
    const zoned = runJson<SummaryDocument>(['summarize', '-', '--threads', threads], { input: local });
    assert.deepEqual(zoned.json.input.localTimes, [{ file: '<stdin>', timeZone: 'Local Time' }], `--threads ${threads}`);
  }
  assert.deepEqual(runJson<SummaryDocument>(['summarize', '-'], { input: csv }).json.input.localTimes, []);
  const call = runCli(['call', 'f794018d', '-', '--format', 'json'], { input: local });
  assert.equal(call.status, 0, call.stderr);
  assert.deepEqual(JSON.parse(call.stdout).input.localTimes, [{ file: '<stdin>', timeZone: 'Local Time' }]);
});

test("exports joined into one CSV whose second header is in the portal's local time, the first in UTC: warned of and listed as the first would be", () => {
  const csv = readFileSync(`${ROOT}samples/log-analytics/portal-export-acs-calls-2026-11-20.csv`, 'utf8');
  const joined = csv + csv.replaceAll('[UTC]', '[Local Time]');
  const warning = "warning: <stdin>: its times are headed [Local Time], not [UTC], and are read as UTC: export it again with the portal's time zone set to UTC for exact times";
  for (const threads of ['1', '2']) {
    const zoned = runJson<SummaryDocument>(['summarize', '-', '--threads', threads], { input: joined });
    assert.equal(zoned.result.status, 0, zoned.result.stderr);
    assert.deepEqual(zoned.json.input.localTimes, [{ file: '<stdin>', timeZone: 'Local Time' }], `--threads ${threads}`);
    assert.ok(zoned.result.stderr.split('\n').includes(warning), zoned.result.stderr);
  }
  // Both headers local: the file is listed once.
  const both = csv.replaceAll('[UTC]', '[Local Time]');
  assert.deepEqual(runJson<SummaryDocument>(['summarize', '-'], { input: both + both.replace('Local Time', 'Local  Time') }).json.input.localTimes, [{ file: '<stdin>', timeZone: 'Local Time' }]);
  const call = runCli(['call', 'f794018d', '-', '--format', 'json'], { input: joined });
  assert.equal(call.status, 0, call.stderr);
  assert.deepEqual(JSON.parse(call.stdout).input.localTimes, [{ file: '<stdin>', timeZone: 'Local Time' }]);
});

test('the table cuts ids to what tells apart every call read, not only those listed: a prefix copied from it finds one call', () => {
  const fixture = 'test/fixtures/input/ids-alike-for-8.jsonl'; // deadbeef-0…, deadbeef-1…, deadbeef-2…: alike for 8 characters
  for (const flags of [[], ['--only-poor'], ['--limit', '1'], ['--since', '2026-11-20T08:00Z', '--until', '2026-11-20T09:03Z'], ['--only-poor', '--threads', '2']]) {
    const { status, stdout } = runCli(['summarize', fixture, ...flags], { env: { NO_COLOR: '1' } });
    assert.equal(status, 0, flags.join(' '));
    const shown = [...stdout.matchAll(/│ (?:POOR|GOOD|UNKNOWN) +│ (\S+) +│/g)].map((m) => m[1]!);
    assert.ok(shown.length > 0, flags.join(' '));
    for (const prefix of shown) {
      assert.match(prefix, /^deadbeef-\d$/, `${flags.join(' ')}: ${prefix}`);
      assert.equal(runCli(['call', prefix, fixture]).status, 0, `call ${prefix} finds one call`);
    }
  }
});

test('two ids that differ only in case show whole in the table: call matches a prefix in any case, so a cut one would be ambiguous', () => {
  const fixture = 'test/fixtures/input/ids-alike-but-case.jsonl';
  const { stdout } = runCli(['summarize', fixture, '--no-breakdowns'], { env: { NO_COLOR: '1' } });
  for (const id of ['Synthetic-Call-0001-aaaa', 'synthetic-call-0001-aaaa']) {
    assert.match(stdout, new RegExp(`│ ${id} +│`));
    assert.equal(runCli(['call', id, fixture]).status, 0, id);
  }
});

test('summarize: a breach rounded to its limit gets the digits that keep it past it, in the table and the CSV', () => {
  const path = 'test/fixtures/input/values-at-their-limits.jsonl';
  const table = runCli(['summarize', path], { env: { NO_COLOR: '1' } });
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout, /p1: Audio outbound RTT 500.001 > 500 ms/);
  assert.match(table.stdout, /p1: Audio outbound loss 10.001% > 10%/);
  const csv = runCli(['summarize', path, '--format', 'csv']).stdout;
  assert.match(csv, /leg p1: Audio outbound RTT 500.001 > 500 ms; leg p1: Audio outbound loss 10.001% > 10%; /);
  assert.match(csv, /leg p1: Video outbound jitter 30.001 > 30 ms/);
  assert.match(csv, /leg p1: Video outbound frame rate 6.9999 < 7 fps/);
});
