import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RULE_COLUMNS } from '../../src/kql/acs-tables.js';
import { loadCalls } from '../../src/model/load-calls.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import type { FailedLeg } from '../../src/rules/call-row.js';
import { RULE_METRICS } from '../../src/rules/thresholds.js';
import { evaluateLet, type KqlRow } from '../support/kql-row-interpreter.js';
import { describeDiagnostics, kqlDiagnostics } from '../support/kusto-validator.js';
import { ROOT, runCli } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

const NO_CONFIG = scratchDir('kql-e2e-');

function assertValid(query: string): void {
  for (const schema of ['documented', 'before-end-subcode'] as const) {
    const diagnostics = kqlDiagnostics(query, 'long', schema);
    assert.deepEqual(diagnostics, [], `${schema}:\n${describeDiagnostics(query, diagnostics)}`);
  }
}

test('kql --threshold … --since 24h prints only a valid query on stdout and exits 0', () => {
  const r = runCli(['kql', '--threshold', 'roundTripTimeAvg=900', '--threshold', 'jitterAvg.Video=off', '--since', '24h'], { cwd: NO_CONFIG });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assertValid(r.stdout);
  assert.match(r.stdout, /^\/\/ acs-calllogs kql: totals/);
  assert.match(r.stdout, /let since = ago\(24h\);/);
  assert.match(r.stdout, /RoundTripTimeAvg > 900,/);
  assert.match(r.stdout, /MediaType =~ "Video", false, +\/\/ Video: off \(--threshold\)/);
  assert.match(r.stdout, /^\/\/ acs-calllogs kql: totals of poor, unknown and good calls, of poor streams and of calls with a failed leg/);
  assert.match(r.stdout, /\n {4}UnknownStreams = coalesce\(sum\(UnknownStreams\), long\(0\)\), CallsWithLegs = countif\(Legs > 0\), FailedCalls = countif\(FailedLegs > 0\)\n$/);
});

test('kql --until, as summarize takes it; a window that holds no moment is refused as summarize refuses it', () => {
  const r = runCli(['kql', '--since', '2026-11-13', '--until', '2026-11-20T09:00Z'], { cwd: NO_CONFIG });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /let until = datetime\(2026-11-20T09:00:00Z\);/);
  const empty = runCli(['kql', '--since', '2026-11-21', '--until', '2026-11-20'], { cwd: NO_CONFIG });
  assert.equal(empty.status, 2);
  assert.match(empty.stderr, /^acs-calllogs: --since 2026-11-21T00:00:00\.000Z is not before --until 2026-11-20T00:00:00\.000Z/);
  // The query selects records by TimeGenerated, not calls by their start: the line says records.
  assert.match(empty.stderr, /: no record can be written in that window \(the query selects records by TimeGenerated\)\n$/);
  assert.doesNotMatch(empty.stderr, /no call can start/);
  assert.equal(empty.stdout, '');
});

test('kql --per-call --since <ISO> with the config file found from the working directory', () => {
  const r = runCli(['kql', '--per-call', '--since', '2026-11-20T00:00:00Z'], { cwd: `${ROOT}test/fixtures/kql` });
  assert.equal(r.status, 0, r.stderr);
  assertValid(r.stdout);
  assert.match(r.stdout, /let since = datetime\(2026-11-20T00:00:00Z\);/);
  assert.match(r.stdout, /roundTripTimeAvg: breach above 900 \(acs-calllogs\.config\.json\)/);
  assert.match(r.stdout, /\| project Quality, CorrelationId, Start,/);
  assert.match(r.stdout, /\n {4}FailedLegs = coalesce\(FailedLegs, dynamic\(\[\]\)\)\n$/);
});

test('on the samples and the failed-leg fixture, the query\'s LegEnds over the legs summarize read give summarize\'s failed legs and totals', async () => {
  const inputs = ['samples', 'test/fixtures/input/failed-leg.jsonl'];
  const summary = runCli(['summarize', ...inputs, '--format', 'json'], { cwd: ROOT });
  assert.equal(summary.status, 0, summary.stderr);
  const json = JSON.parse(summary.stdout) as { totals: { callsWithLegs: number; failedCalls: number }; calls: Array<{ correlationId: string; failedLegs: FailedLeg[] }> };
  const query = runCli(['kql'], { cwd: NO_CONFIG }).stdout;
  const { calls } = await loadCalls(inputs.map((input) => `${ROOT}${input}`));
  const text = (value: number | string | null) => (value === null ? '' : String(value));
  const failedLegsByKql = new Map(
    calls.map((call) => [
      call.correlationId,
      call.legs.flatMap((leg): FailedLeg[] => {
        const row = { ParticipantEndReason: text(leg.endReasonCode), ParticipantEndSubCode: text(leg.endReasonSubCode), ResultCategory: text(leg.resultCategory) };
        const end = evaluateLet(query, 'LegEnds', row);
        if (end.Failed !== true) return [];
        const code = (key: unknown) => (key === '' ? null : Number(key));
        const category = end.EndCategory === '' ? null : (end.EndCategory as string);
        return [{ participantId: leg.participantId, endpointId: leg.endpointId, code: code(end.EndCode), subCode: code(end.EndSubCode), resultCategory: category, dropped: end.Dropped as boolean }];
      }),
    ]),
  );
  for (const call of json.calls) assert.deepEqual(failedLegsByKql.get(call.correlationId), call.failedLegs, call.correlationId);
  assert.equal(calls.filter((call) => call.legs.length > 0).length, json.totals.callsWithLegs);
  assert.equal([...failedLegsByKql.values()].filter((legs) => legs.length > 0).length, json.totals.failedCalls);
  assert.equal(json.totals.failedCalls, 2, 'a60ad5d9 of the samples, and the fixture\'s call that never connected');
});

test('kql --since takes what summarize --since takes, and writes it as KQL: 7d is ago(7d), 2w ago(14d), a time datetime(…); KQL\'s own forms are refused', () => {
  for (const [since, written] of [['7d', 'ago(7d)'], ['2w', 'ago(14d)'], ['90m', 'ago(90m)'], ['2026-11-20', 'datetime(2026-11-20T00:00:00Z)'], ['2026-11-20T10:00+02:00', 'datetime(2026-11-20T08:00:00Z)']]) {
    const r = runCli(['kql', '--since', since!], { cwd: NO_CONFIG });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.includes(`let since = ${written};`), since);
  }
  for (const since of ['ago(7d)', 'datetime(2026-11-20)']) {
    const r = runCli(['kql', '--since', since], { cwd: NO_CONFIG });
    assert.equal(r.status, 2, since);
    assert.match(r.stderr, /^acs-calllogs: --since '[^']*': expected /);
  }
});

test('bad values exit 2 with one line on stderr and nothing on stdout', () => {
  for (const args of [['--since', 'yesterday'], ['--since', '2026-02-30'], ['--threshold', 'rtt=3'], ['--threshold', 'jitterAvg=fast'], ['--config', 'missing.json']]) {
    const r = runCli(['kql', ...args], { cwd: NO_CONFIG });
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stdout, '');
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /^acs-calllogs: /);
  }
});

test('a --since or --until that KQL\'s datetime cannot hold (before 0001-01-01, after 9999-12-31) exits 2 with one line; its edges are written', () => {
  const refused: Array<[string, string, RegExp]> = [
    ['--since', '0000-01-01', /^acs-calllogs: --since '0000-01-01' is before 0001-01-01, the earliest time a KQL datetime holds: leave --since out to read every record\n$/],
    ['--since', '0001-01-01T00:30+01:00', /^acs-calllogs: --since '0001-01-01T00:30\+01:00' is before 0001-01-01/],
    ['--since', '999999d', /^acs-calllogs: --since '999999d' back from now is before 0001-01-01/],
    ['--since', '999999w', /^acs-calllogs: --since '999999w' back from now is before 0001-01-01/],
    ['--until', '9999-12-31T23:00-05:00', /^acs-calllogs: --until '9999-12-31T23:00-05:00' is after 9999-12-31, the latest time a KQL datetime holds: leave --until out to read up to now\n$/],
    ['--until', '999999d', /^acs-calllogs: --until '999999d' back from now is before 0001-01-01/],
  ];
  for (const [flag, value, message] of refused) {
    const r = runCli(['kql', flag, value], { cwd: NO_CONFIG });
    assert.equal(r.status, 2, `${flag} ${value}`);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
  const edges = runCli(['kql', '--since', '0001-01-01', '--until', '9999-12-31T23:59:59Z'], { cwd: NO_CONFIG });
  assert.equal(edges.status, 0, edges.stderr);
  assertValid(edges.stdout);
  assert.match(edges.stdout, /let since = datetime\(0001-01-01T00:00:00Z\);\nlet until = datetime\(9999-12-31T23:59:59Z\);/);
});

test('a config file named as another origin (default, --threshold) is named as a config, and its limits are told as its own', () => {
  for (const name of ['default', '--threshold']) {
    const dir = scratchDir('kql-origin-');
    writeFileSync(join(dir, name), '{"thresholds":{"roundTripTimeAvg":900}}');
    const r = runCli(['kql', `--config=${name}`], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`^// Rules in force from: defaults, then config \\./${name}\\.$`, 'm'), name);
    assert.match(r.stdout, new RegExp(`// roundTripTimeAvg: breach above 900 \\(\\./${name}\\)\n`), name);
  }
});

test('kql --print-config shows the rules in force', () => {
  const r = runCli(['kql', '--print-config', '--threshold', 'videoFrameRateAvg.VBSS=2'], { cwd: NO_CONFIG });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout).thresholds.videoFrameRateAvg, { breachWhen: 'below', Video: 7, VBSS: 2, AppSharing: 1 });
});

test('on the samples and the no-metric-read fixture, the query\'s StreamFlags over the streams summarize read give summarize\'s qualities', async () => {
  const inputs = ['samples', 'test/fixtures/input/no-metric-read.jsonl'];
  const summary = runCli(['summarize', ...inputs, '--format', 'json'], { cwd: ROOT });
  assert.equal(summary.status, 0, summary.stderr);
  const json = JSON.parse(summary.stdout) as SummaryDocument;
  const query = runCli(['kql', '--per-call'], { cwd: NO_CONFIG }).stdout;
  const { calls } = await loadCalls(inputs.map((input) => `${ROOT}${input}`));
  const byKql = new Map(
    calls.map((call) => {
      const flags = call.streams.map((stream) => {
        const row: KqlRow = { MediaType: stream.mediaType ?? '', ...Object.fromEntries(RULE_METRICS.map((m) => [RULE_COLUMNS[m], stream.metrics[m] ?? null])) };
        return evaluateLet(query, 'StreamFlags', row);
      });
      // As CallVerdicts counts them and decides.
      const streams = flags.length;
      const poorStreams = flags.filter((f) => f.Poor === true).length;
      const unknownStreams = flags.filter((f) => f.Judged !== true).length;
      const quality = poorStreams > 0 ? 'poor' : unknownStreams === streams ? 'unknown' : 'good';
      return [call.correlationId, { quality, streams, poorStreams, unknownStreams }];
    }),
  );
  for (const call of json.calls) {
    const { quality, streams, poorStreams, unknownStreams } = call;
    assert.deepEqual(byKql.get(call.correlationId), { quality, streams, poorStreams, unknownStreams }, call.correlationId);
  }
  assert.equal(json.totals.unknownStreams, 7);
  assert.equal(json.totals.unknownCalls, 3, 'the samples\' call without CallDiagnostics and the fixture\'s two');
  assert.match(query, /\| extend Quality = case\(PoorStreams > 0, "poor", UnknownStreams == Streams, "unknown", "good"\);/);
});
