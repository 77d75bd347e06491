import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { kqlQueryFor } from '../../../src/commands/kql.js';
import { buildKqlQuery, type KqlQueryOptions } from '../../../src/kql/build-kql-query.js';
import { RULE_COLUMN_TYPES, RULE_COLUMNS } from '../../../src/kql/acs-tables.js';
import { metricRangeGuards } from '../../../src/kql/value-ranges-kql.js';
import { DURATION, METRIC_RANGES } from '../../../src/schema/value-ranges.js';
import { acsTableSchemas } from '../../support/acs-table-schemas.js';
import { kqlNumber } from '../../../src/kql/kql-literal.js';
import { limitOrigins } from '../../../src/kql/limit-origins.js';
import { parseTimeBound as parseSince } from '../../../src/config/time-bound.js';
import { parseThresholdFlag } from '../../../src/config/threshold-limit.js';
import { applyOverrides, type ThresholdOverride } from '../../../src/rules/threshold-overrides.js';
import { defaultThresholds, RULE_METRICS } from '../../../src/rules/thresholds.js';
import { ROOT } from '../../support/run-cli.js';
import { describeDiagnostics, kqlDiagnostics, kqlResultColumns } from '../../support/kusto-validator.js';
import { scratchDir } from '../../support/scratch-dir.js';
import type { SummarySchema } from '../../support/acs-table-schemas.js';

const NO_CONFIG = scratchDir('kql-');
const CONFIG_DIR = `${ROOT}test/fixtures/kql`;

function assertValid(query: string, versionType: 'long' | 'string' = 'long', summarySchema: SummarySchema = 'documented'): void {
  const diagnostics = kqlDiagnostics(query, versionType, summarySchema);
  assert.deepEqual(diagnostics, [], `${describeDiagnostics(query, diagnostics)}\n\n${query}`);
}

function query(options: Partial<KqlQueryOptions> = {}): string {
  return buildKqlQuery({ thresholds: defaultThresholds(), origins: new Map(), since: null, perCall: false, ...options });
}

test('the validator is not a stub: an unknown column, a missing operand and a wrong table are errors', () => {
  assert.match(kqlDiagnostics('ACSCallDiagnostics | where RoundTripTimeAvgX > 500')[0]!.code, /KS142/);
  assert.equal(kqlDiagnostics('ACSCallDiagnostics | where RoundTripTimeAvg >')[0]!.severity, 'Error');
  assert.ok(kqlDiagnostics('ACSCallSummary | where RoundTripTimeAvg > 500').length > 0, 'RoundTripTimeAvg is not a CallSummary column');
  assert.ok(kqlDiagnostics('ACSCallDiagnostics | where CallStartTime > ago(1d)').length > 0);
  // The generated query with one column misspelled is caught too.
  const broken = query().replace('RoundTripTimeAvg > 500', 'RoundTripTimeAvgs > 500');
  assert.ok(kqlDiagnostics(broken).some((d) => d.code === 'KS142' && /RoundTripTimeAvgs/.test(d.message)));
  // The schema before ParticipantEndSubCode and ResultCategory lacks them, and the query reading them bare would fail there.
  assert.deepEqual(kqlDiagnostics('ACSCallSummary | project ParticipantEndSubCode, ResultCategory'), []);
  assert.equal(kqlDiagnostics('ACSCallSummary | project ParticipantEndSubCode, ResultCategory', 'long', 'before-end-subcode').length, 2);
  const bare = query().replace('column_ifexists("ResultCategory", "")', 'ResultCategory');
  assert.deepEqual(kqlDiagnostics(bare), []);
  assert.ok(kqlDiagnostics(bare, 'long', 'before-end-subcode').some((d) => /ResultCategory/.test(d.message)));
});

test('default rules, totals: no syntax or semantic diagnostics; one row of the nine totals', () => {
  const q = query();
  assertValid(q);
  assertValid(q, 'string');
  assertValid(q, 'long', 'before-end-subcode');
  assert.deepEqual(kqlResultColumns(q), [
    { name: 'Calls', type: 'long' },
    { name: 'PoorCalls', type: 'long' },
    { name: 'UnknownCalls', type: 'long' },
    { name: 'GoodCalls', type: 'long' },
    { name: 'Streams', type: 'long' },
    { name: 'PoorStreams', type: 'long' },
    { name: 'UnknownStreams', type: 'long' },
    { name: 'CallsWithLegs', type: 'long' },
    { name: 'FailedCalls', type: 'long' },
  ]);
});

test('--per-call: valid; one row per call with its start, quality, streams, the rules it broke and its failed legs', () => {
  const q = query({ perCall: true });
  assertValid(q);
  assertValid(q, 'string');
  assertValid(q, 'long', 'before-end-subcode');
  assert.deepEqual(
    kqlResultColumns(q).map((c) => `${c.name}:${c.type}`),
    ['Quality:string', 'CorrelationId:string', 'Start:datetime', 'DurationSeconds:real', 'CallType:string', 'Legs:long', 'Streams:long', 'PoorStreams:long', 'UnknownStreams:long', 'Breaches:dynamic', 'FailedLegs:dynamic'],
  );
  // As summarize: a duration out of 0 to 31 days is absent, and a call without CallDuration lasts from its first
  // leg's start to its last leg's end (it was null in the query, 120 s in summarize), unless a leg logs no
  // ParticipantDuration: that call is in progress as far as the logs say, its duration null (it was the ended legs').
  assert.match(q, /CallDuration = iff\(CallDuration between \(0 \.\. 2678400\), CallDuration, long\(null\)\)/);
  assert.match(q, /LegEnd = iff\(ParticipantDuration between \(0 \.\. 2678400\), ParticipantStartTime \+ ParticipantDuration \* 1s/);
  assert.match(q, /LegOpen = iff\(ParticipantDuration between \(0 \.\. 2678400\), false, true\)/);
  assert.match(q, /OpenLegs = countif\(LegOpen\)/);
  assert.match(q, /\| extend DurationSeconds = coalesce\(DurationSeconds, iff\(OpenLegs > 0, real\(null\), \(LastLegEnd - Start\) \/ 1s\)\)/);
  // A call without CallSummary (no row in the leg join) has 0 legs, as summarize's legs, not null; its counts of
  // streams are 0 as well (CallVerdicts).
  assert.match(q, /\n\| project-away CorrelationId1\n(\/\/[^\n]*\n)*\| extend Legs = coalesce\(Legs, long\(0\)\)\n/);
  assert.match(q, /\| extend Streams = coalesce\(Streams, long\(0\)\), PoorStreams = coalesce\(PoorStreams, long\(0\)\), UnknownStreams = coalesce\(UnknownStreams, long\(0\)\)/);
});

test('--per-call: the call type and the failed legs in summarize\'s leg order, the same at every run', () => {
  const q = query({ perCall: true });
  // The call type: Group when a leg says so, else the first leg's (build-calls.ts), not the first of an unordered set.
  assert.doesNotMatch(q, /make_set_if\(CallType/);
  assert.match(q, /CallTypeOrder = make_list_if\(strcat\(LegOrder, " ", CallType\), isnotempty\(CallType\)\), CallTypes = make_list_if\(CallType, isnotempty\(CallType\)\)/);
  assert.match(q, /\n {4}\| extend \(CallTypeOrder, CallTypes\) = array_sort_asc\(CallTypeOrder, CallTypes\)\n/);
  assert.match(q, /\n\| extend CallType = iff\(set_has_element\(CallTypes, "Group"\), "Group", tostring\(CallTypes\[0\]\)\)\n/);
  // Legs that tie in leg order are ordered by what the list holds of them: no order left to chance.
  assert.match(q, /FailedLegOrder = make_list_if\(strcat\(LegOrder, " ", tostring\(FailedLeg\)\), Failed\), FailedLegs = make_list_if\(FailedLeg, Failed\) by CorrelationId/);
  assert.match(q, /\n {4}\| extend \(FailedLegOrder, FailedLegs\) = array_sort_asc\(FailedLegOrder, FailedLegs\)\n/);
  // The rules a call broke: make_set keeps no order, so they are sorted by name.
  assert.match(q, /Breaches = make_set\(Breaches\)\n {12}by CorrelationId\n(\s*\/\/[^\n]*\n)* {8}\| extend Breaches = array_sort_asc\(Breaches\)\n {4}\) on CorrelationId/);
});

test('a metric value out of its range (value-ranges.ts) is null before any rule reads it: each guard written from METRIC_RANGES, every rule off or not', () => {
  for (const q of [query(), query({ perCall: true }), kqlQueryFor({ threshold: RULE_METRICS.map((m) => `${m}=off`) }, null, NO_CONFIG)]) {
    assertValid(q);
    const flags = q.slice(q.indexOf('let StreamFlags = StreamRecords\n'), q.indexOf('\nlet CallIds'));
    const firstRule = flags.search(/Breach = |Breaches = /);
    for (const metric of RULE_METRICS) {
      const column = RULE_COLUMNS[metric];
      const { max } = METRIC_RANGES[metric];
      // The range as the reader tests it: from 0 to max, both in (between is inclusive); no max, only not below 0.
      const inRange = max === Infinity ? `${column} >= 0` : `${column} between (0 .. ${kqlNumber(max)})`;
      const guard = `${column} = iff(${inRange}, ${column}, ${RULE_COLUMN_TYPES[metric]}(null))`;
      const at = flags.indexOf(guard);
      assert.ok(at > 0 && at < firstRule, `${metric}: ${guard}, before the rules`);
    }
  }
  // The ratios and the freeze have a maximum; the others are only not negative.
  const bounded = RULE_METRICS.filter((m) => METRIC_RANGES[m].max !== Infinity);
  assert.deepEqual(bounded, ['packetLossRateAvg', 'healedDataRatioAvg', 'healedDataRatioMax', 'recvFreezeDurationPerMinuteInMs']);
  // The durations of --per-call from the same ranges.
  assert.ok(query({ perCall: true }).includes(`iff(CallDuration between (0 .. ${kqlNumber(DURATION.max)}), CallDuration, long(null))`));
});

test('the null an out-of-range metric becomes is of its column\'s documented type: every metric column keeps its type', () => {
  const documented = new Map(
    acsTableSchemas()
      .get('ACSCallDiagnostics')!
      .slice(1, -1)
      .split(', ')
      .map((c) => c.split(': ') as [string, string]),
  );
  const columns = RULE_METRICS.map((m) => RULE_COLUMNS[m]);
  assert.deepEqual(
    columns.map((c) => documented.get(c)),
    RULE_METRICS.map((m) => RULE_COLUMN_TYPES[m]),
  );
  // The analyser widens iff(int, …, real(null)) to real: a null of another type would change the column's.
  const q = query();
  const flags = `${q.slice(0, q.indexOf('\nlet CallIds'))}\nStreamFlags | project ${columns.join(', ')}`;
  assertValid(flags);
  assert.deepEqual(
    kqlResultColumns(flags).map((c) => c.type),
    columns.map((c) => documented.get(c)),
  );
});

test('--since, relative and ISO: valid, and every table is filtered on TimeGenerated', () => {
  for (const text of ['24h', '7d', '2026-11-20T00:00:00Z', '2026-11-20']) {
    for (const perCall of [false, true]) {
      const q = query({ since: parseSince(text), perCall });
      assertValid(q);
      assert.match(q, text.endsWith('h') || text.endsWith('d') ? new RegExp(`let since = ago\\(${text}\\);`) : /let since = datetime\(2026-11-20T00:00:00Z\);/);
      assert.equal(q.match(/\| where TimeGenerated >= since/g)!.length, 3, 'streams, calls and legs');
    }
  }
  assert.doesNotMatch(query(), /since|TimeGenerated >=/);
});

test('--until alone and with --since: valid, every table filtered on TimeGenerated before it (and since the other)', () => {
  for (const perCall of [false, true]) {
    const before = query({ until: parseSince('2026-11-21'), perCall });
    assertValid(before);
    assert.match(before, /let until = datetime\(2026-11-21T00:00:00Z\);/);
    assert.equal(before.match(/\| where TimeGenerated < until/g)!.length, 3, 'streams, calls and legs');
    assert.doesNotMatch(before, /since/);
    const both = query({ since: parseSince('7d'), until: parseSince('1d'), perCall });
    assertValid(both);
    assert.equal(both.match(/\| where TimeGenerated >= since and TimeGenerated < until/g)!.length, 3);
    assert.match(both, /^\/\/ Records generated since and before the times below/m);
  }
});

test('default limits appear with their direction; equal to the limit is never a breach (no >= or <=)', () => {
  const q = query();
  for (const expected of [
    'RoundTripTimeAvgBreach = isnotnull(RoundTripTimeAvg) and RoundTripTimeAvg > 500',
    'JitterAvgBreach = isnotnull(JitterAvg) and JitterAvg > 30',
    'PacketLossRateAvgBreach = isnotnull(PacketLossRateAvg) and PacketLossRateAvg > 0.1',
    'JitterBufferSizeAvgBreach = isnotnull(JitterBufferSizeAvg) and JitterBufferSizeAvg > 200',
    'JitterBufferSizeMaxBreach = isnotnull(JitterBufferSizeMax) and JitterBufferSizeMax > 200',
    // The healed-data rules judge Audio only: no limit for the other media types.
    'HealedDataRatioAvgBreach = isnotnull(HealedDataRatioAvg) and case(\n            MediaType =~ "Audio", HealedDataRatioAvg > 0.1,',
    'HealedDataRatioMaxBreach = isnotnull(HealedDataRatioMax) and case(\n            MediaType =~ "Audio", HealedDataRatioMax > 0.1,',
    'MediaType =~ "Video", VideoFrameRateAvg < 7,',
    'MediaType =~ "VBSS", VideoFrameRateAvg < 1,',
    'MediaType =~ "AppSharing", VideoFrameRateAvg < 1,',
    'MediaType =~ "Video", RecvResolutionHeight < 240,',
    'MediaType =~ "VBSS", RecvResolutionHeight < 768,',
    'MediaType =~ "AppSharing", RecvResolutionHeight < 768,',
    'MediaType =~ "Video", RecvFreezeDurationPerMinuteInMs > 6000,',
    'MediaType =~ "VBSS", RecvFreezeDurationPerMinuteInMs > 25000,',
    'MediaType =~ "AppSharing", RecvFreezeDurationPerMinuteInMs > 25000,',
  ]) {
    assert.ok(q.includes(expected), expected);
  }
  // `>= 0` is only a range guard (what a metric can be), never a rule's comparison.
  const guards = metricRangeGuards();
  const rules = q.split('\n').filter((line) => !guards.some((guard) => line.includes(guard)));
  assert.doesNotMatch(rules.join('\n'), />=|<=/);
  assert.doesNotMatch(q, /\de[+-]?\d/, 'no exponent notation');
  assert.match(q, /\/\/ roundTripTimeAvg: breach above 500 \(default\)/);
});

test('thresholds changed or turned off by flags: valid, the new limits in force, off rules emit no condition', () => {
  const flags = ['roundTripTimeAvg=900', 'jitterAvg.Video=off', 'videoFrameRateAvg.VBSS=2', 'healedDataRatioAvg=off', 'packetLossRateAvg=0.05', 'recvResolutionHeight.AppSharing=100'];
  const q = kqlQueryFor({ threshold: flags }, null, NO_CONFIG);
  assertValid(q);
  assertValid(kqlQueryFor({ threshold: flags, perCall: true }, parseSince('7d'), NO_CONFIG));
  assert.match(q, /RoundTripTimeAvg > 900,\n/);
  assert.match(q, /\/\/ Rules in force from: defaults, then --threshold flags\./);
  assert.match(q, /MediaType =~ "Video", false, +\/\/ Video: off \(--threshold\)/);
  assert.match(q, /MediaType =~ "VBSS", VideoFrameRateAvg < 2, +\/\/ VBSS: 2 \(--threshold\)/);
  assert.match(q, /MediaType =~ "AppSharing", RecvResolutionHeight < 100, +\/\/ AppSharing: 100 \(--threshold\)/);
  assert.match(q, /PacketLossRateAvg > 0\.05/);
  assert.match(q, /\/\/ healedDataRatioAvg: off for every media type \(--threshold\)/);
  assert.doesNotMatch(q, /HealedDataRatioAvg [<>]|HealedDataRatioAvgBreach/, 'no condition on an off rule');
  assert.match(q, /VideoFrameRateAvg < 7, +\/\/ Video: 7 \(default\)/);
});

test('thresholds from a config file (a real fixture), then flags over it: valid, each limit says where it came from', () => {
  const q = kqlQueryFor({}, null, CONFIG_DIR);
  assertValid(q);
  assert.match(q, /\/\/ Rules in force from: defaults, then config acs-calllogs\.config\.json\./);
  assert.match(q, /\/\/ roundTripTimeAvg: breach above 900 \(acs-calllogs\.config\.json\)/);
  assert.match(q, /MediaType =~ "Video", VideoFrameRateAvg < 5, +\/\/ Video: 5 \(acs-calllogs\.config\.json\)/);
  assert.match(q, /MediaType =~ "Video", false, +\/\/ Video: off \(acs-calllogs\.config\.json\)/);
  assert.match(q, /\/\/ healedDataRatioAvg: off for every media type \(acs-calllogs\.config\.json\)/);
  const both = kqlQueryFor({ threshold: ['roundTripTimeAvg=700'], perCall: true }, parseSince('2026-11-20'), CONFIG_DIR);
  assertValid(both);
  assert.match(both, /\/\/ Rules in force from: defaults, then config acs-calllogs\.config\.json, then --threshold flags\./);
  assert.match(both, /\/\/ roundTripTimeAvg: breach above 700 \(--threshold\)/);
  assert.match(both, /VideoFrameRateAvg < 5, +\/\/ Video: 5 \(acs-calllogs\.config\.json\)/);
});

test('every rule off: still a valid query, in which no stream can be poor', () => {
  const q = kqlQueryFor({ threshold: RULE_METRICS.map((m) => `${m}=off`), perCall: true }, null, NO_CONFIG);
  assertValid(q);
  assert.match(q, /\| extend Breaches = dynamic\(\[\]\)/);
  assert.doesNotMatch(q, /Breach =/);
  // No rule judges any stream: every call with streams is of unknown quality, as summarize finds it.
  assert.match(q, /\| extend Judged = false;/);
  const one = kqlQueryFor({ threshold: RULE_METRICS.filter((m) => m !== 'jitterAvg').map((m) => `${m}=off`) }, null, NO_CONFIG);
  assertValid(one);
  assert.match(one, /array_concat\(\n\s+iff\(JitterAvgBreach, dynamic\(\["jitterAvg"\]\), dynamic\(\[\]\)\)\)/);
});

const MEDIA = ['default', 'Audio', 'Video', 'VBSS', 'AppSharing'] as const;
const overrideArb: fc.Arbitrary<ThresholdOverride> = fc.record({
  metric: fc.constantFrom(...RULE_METRICS),
  mediaType: fc.constantFrom(null, ...MEDIA),
  limit: fc.oneof(fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -1000, max: 100000 })),
  origin: fc.constant('--threshold'),
});

test('any thresholds the flags and config can express give a valid query that states each limit in force', () => {
  fc.assert(
    fc.property(fc.array(overrideArb, { maxLength: 8 }), fc.boolean(), (overrides, perCall) => {
      const thresholds = applyOverrides(overrides);
      const origins = limitOrigins(defaultThresholds(), defaultThresholds(), thresholds, 'config');
      const q = buildKqlQuery({ thresholds, origins, since: parseSince('1d'), perCall });
      assertValid(q);
      for (const metric of RULE_METRICS) {
        const { breachWhen, limits } = thresholds[metric];
        const column = RULE_COLUMNS[metric];
        for (const [key, limit] of Object.entries(limits)) {
          if (limit === null || (key !== 'default' && limit === (limits.default ?? null))) continue;
          const comparison = `${column} ${breachWhen === 'above' ? '>' : '<'} ${kqlNumber(limit)}`;
          assert.ok(q.includes(comparison), `${metric}.${key}: ${comparison}`);
        }
      }
    }),
    { numRuns: 40 },
  );
});

test('a flag value is checked as the CLI checks it', () => {
  assert.throws(() => kqlQueryFor({ threshold: ['rtt=3'] }, null, NO_CONFIG), /unknown metric 'rtt'/);
  assert.throws(() => parseThresholdFlag('jitterAvg.Vdeo=3'), /unknown media type/);
});

test('call ids are keyed as summarize keys them: a GUID in lower case in every source (streams, legs, the calls), before it is grouped on', () => {
  for (const perCall of [false, true]) {
    const q = query({ perCall });
    assertValid(q);
    const lets = q.split(/\n(?=let )/);
    for (const name of ['StreamVersions', 'LegVersions', 'CallIds']) {
      const body = lets.find((l) => l.startsWith(`let ${name} =`))!;
      const lower = body.indexOf('| extend CorrelationId = iff(CorrelationId matches regex @"(?i)^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", tolower(CorrelationId), CorrelationId)');
      assert.ok(lower > 0, `${name} lowers GUIDs`);
      const grouped = body.search(/\| (summarize|distinct) /);
      assert.ok(grouped > lower, `${name}: lowered before it is grouped on`);
    }
  }
});

test('a stream is keyed by its direction as summarize keys it (version-key.ts): Inbound and Outbound are two streams', () => {
  const q = query();
  assertValid(q);
  const body = q.split(/\n(?=let )/).find((l) => l.startsWith('let StreamVersions ='))!;
  assert.match(body, /by CorrelationId, ParticipantId, EndpointId, EndpointType, MediaType, StreamId, StreamDirection, Copy;/);
  // Read from the one word list the CLI reads, in any case; none logged, inferred from the endpoint type.
  assert.match(body, /column_ifexists\("StreamDirection", ""\)/);
  assert.match(body, /StreamDirection in \("inbound", "recv", "receive"\), "inbound", StreamDirection in \("outbound", "send"\), "outbound"/);
  assert.match(body, /isempty\(StreamDirection\), iff\(EndpointType =~ "Server", "inbound", "outbound"\)/);
  assert.ok(body.indexOf('extend StreamDirection') < body.indexOf('| summarize'), 'read before it is grouped on');
  assert.match(q, /extend RecordKey = tostring\(pack_array\(CorrelationId, ParticipantId, EndpointId, EndpointType, MediaType, StreamId, StreamDirection\)\)/);
});

test('a final record is matched to its updates on its key as one text: Kusto\'s join matches no null key, and StreamId is a long a record may leave null', () => {
  for (const perCall of [false, true]) {
    const q = query({ perCall });
    assertValid(q);
    const joins = q.split('\n').filter((line) => line.includes('join kind=leftanti'));
    assert.equal(joins.length, 2, 'streams and legs');
    for (const join of joins) {
      // Joined on RecordKey alone, a string (never null in Kusto), built from every key column the same way on both sides.
      assert.match(join, /\| extend RecordKey = tostring\(pack_array\([A-Za-z, ]+\)\) \| distinct RecordKey\) on RecordKey$/);
    }
    for (const name of ['StreamRecords', 'LegRecords']) {
      const body = q.split(/\n(?=let )/).find((l) => l.startsWith(`let ${name} =`))!;
      const keys = [...body.matchAll(/extend RecordKey = (tostring\(pack_array\([^)]*\)\))/g)].map((m) => m[1]);
      assert.equal(keys.length, 2, name);
      assert.equal(keys[0], keys[1], `${name}: one key on both sides`);
      assert.match(body, /\| project-away RecordKey\);$/m, `${name}: the key does not reach the verdicts`);
    }
  }
});
