import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { RULE_COLUMNS } from '../../../src/kql/acs-tables.js';
import { buildKqlQuery } from '../../../src/kql/build-kql-query.js';
import { streamFlags } from '../../../src/kql/stream-flags-kql.js';
import { judgeStream, streamQuality } from '../../../src/rules/evaluate-stream.js';
import { applyOverrides, type ThresholdOverride } from '../../../src/rules/threshold-overrides.js';
import { RULE_METRICS, type RuleMetric, type Thresholds } from '../../../src/rules/thresholds.js';
import type { DiagnosticsRecord } from '../../../src/schema/call-record.js';
import { normaliseRecord } from '../../../src/schema/normalise-record.js';
import { METRIC_RANGES } from '../../../src/schema/value-ranges.js';
import { toMediaType } from '../../../src/schema/values.js';
import { evaluateLet, type KqlRow } from '../../support/kql-row-interpreter.js';

/**
 * A workspace cannot run here, so the generated breach expressions are evaluated by a tiny interpreter of the only
 * forms they take — `isnotnull(C) and C > n`, `isnotnull(C) and case(MediaType =~ "M", C < n | false, …, fallback)` —
 * with Kusto's semantics for them (=~ is case-insensitive; a null MediaType is an empty string), and compared with
 * the CLI's own judgeStream on the same stream.
 */
type Row = { MediaType: string; values: Map<string, number | null> };

function evaluateCondition(text: string, row: Row): boolean {
  const t = text.trim();
  if (t === 'false') return false;
  const m = /^(\w+) ([<>]) (-?[\d.]+)$/.exec(t);
  if (!m) throw new Error(`unexpected condition: ${t}`);
  const value = row.values.get(m[1]!) ?? null;
  if (value === null) return false;
  return m[2] === '>' ? value > Number(m[3]) : value < Number(m[3]);
}

function evaluateBlock(block: string[], row: Row): { column: string; breach: boolean } {
  const code = block.map((line) => line.replace(/\/\/.*$/, '').trim()).filter((line) => line !== '').join(' ');
  const head = /^(\w+) = isnotnull\((\w+)\) and (.*)$/.exec(code);
  if (!head) throw new Error(`unexpected flag: ${code}`);
  const [, column, guarded, rest] = head;
  if (row.values.get(guarded!) == null) return { column: column!, breach: false };
  const caseMatch = /^case\((.*)\)$/.exec(rest!);
  if (!caseMatch) return { column: column!, breach: evaluateCondition(rest!, row) };
  const parts = caseMatch[1]!.split(',').map((p) => p.trim());
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const media = /^MediaType =~ "(.*)"$/.exec(parts[i]!);
    if (!media) throw new Error(`unexpected branch: ${parts[i]}`);
    if (row.MediaType.toLowerCase() === media[1]!.toLowerCase()) return { column: column!, breach: evaluateCondition(parts[i + 1]!, row) };
  }
  return { column: column!, breach: evaluateCondition(parts[parts.length - 1]!, row) };
}

function kqlBreaches(thresholds: Thresholds, row: Row): RuleMetric[] {
  const { blocks, flags } = streamFlags(thresholds, new Map());
  const breached = new Set(blocks.map((b) => evaluateBlock(b, row)).filter((r) => r.breach).map((r) => r.column));
  return flags.filter((f) => breached.has(f.column)).map((f) => f.metric);
}

function cliBreaches(thresholds: Thresholds, rawMediaType: string | null, metrics: Partial<Record<RuleMetric, number>>): RuleMetric[] {
  const stream = { category: 'CallDiagnostics', mediaType: toMediaType(rawMediaType), metrics } as unknown as DiagnosticsRecord;
  return judgeStream(stream, thresholds).issues.map((i) => i.metric);
}

const LIMIT_POOL = [0, 0.1, 1, 7, 30, 240, 500, 768, 6000, 25000];
const overrideArb: fc.Arbitrary<ThresholdOverride> = fc.record({
  metric: fc.constantFrom(...RULE_METRICS),
  mediaType: fc.constantFrom(null, 'default', 'Audio', 'Video', 'VBSS', 'AppSharing'),
  limit: fc.oneof(fc.constant(null), fc.constantFrom(...LIMIT_POOL)),
  origin: fc.constant('--threshold'),
});
// Values at, just under and just over the limits, so equality and direction are exercised.
const valueArb = fc.oneof(fc.constantFrom(...LIMIT_POOL), fc.constantFrom(...LIMIT_POOL).map((v) => v + 0.05), fc.constantFrom(...LIMIT_POOL).map((v) => v - 0.05));
const metricsArb = fc.record(Object.fromEntries(RULE_METRICS.map((m) => [m, valueArb])) as Record<RuleMetric, fc.Arbitrary<number>>, { requiredKeys: [] });

test('the KQL breach flags give the CLI verdict for any rules, media type and values (missing, equal, either side)', () => {
  fc.assert(
    fc.property(
      fc.array(overrideArb, { maxLength: 6 }),
      fc.constantFrom(null, 'Audio', 'Video', 'VBSS', 'AppSharing', 'video', 'VBSs', 'Data'),
      metricsArb,
      (overrides, mediaType, metrics) => {
        const thresholds = applyOverrides(overrides);
        const row: Row = {
          MediaType: mediaType ?? '',
          values: new Map(RULE_METRICS.map((m) => [RULE_COLUMNS[m], metrics[m] ?? null])),
        };
        assert.deepEqual(kqlBreaches(thresholds, row), cliBreaches(thresholds, mediaType, metrics));
      },
    ),
    { numRuns: 3000 },
  );
});

test('the interpreter reads what it is given: default rules on a known poor Video stream', () => {
  const thresholds = applyOverrides([]);
  const row: Row = { MediaType: 'Video', values: new Map([['VideoFrameRateAvg', 5.5], ['RoundTripTimeAvg', 500], ['JitterAvg', 31]]) };
  assert.deepEqual(kqlBreaches(thresholds, row), ['jitterAvg', 'videoFrameRateAvg']);
});

/**
 * A metric's values at the edges of what it can be (METRIC_RANGES): 0, below it, its maximum and past it, as a
 * workspace column may hold them and the reader reads them absent (a loss of -50, a loss ratio of 10).
 */
function rangeEdges(metric: RuleMetric): number[] {
  const { max } = METRIC_RANGES[metric];
  return [0, -0.05, -50, ...(max === Infinity ? [1e9] : [max, max + 0.05, max * 10])];
}
const metricValueArb = (metric: RuleMetric) => fc.oneof(valueArb, fc.constantFrom(...rangeEdges(metric)));

/** The stream as the CLI reads it from a record that logs these values: out of range, a value is absent. */
function readStream(mediaType: string | null, values: Partial<Record<RuleMetric, number>>): DiagnosticsRecord {
  const read = normaliseRecord({ category: 'CallDiagnostics', correlationId: 'c1', properties: { mediaType, ...values } });
  if (read.kind !== 'record') throw new Error(`not read: ${JSON.stringify(read)}`);
  return read.record as DiagnosticsRecord;
}

test('the query\'s StreamFlags, run step by step on the values a workspace holds, give each stream the quality the CLI reads: poor, unknown (no rule judges it) or good', () => {
  let unknown = 0;
  let outOfRange = 0;
  fc.assert(
    fc.property(
      fc.array(overrideArb, { maxLength: 6 }),
      fc.constantFrom(null, 'Audio', 'Video', 'VBSS', 'AppSharing', 'video', 'VBSs', 'Data'),
      // Two metrics at most, so that streams with none a rule judges for their media type come up often.
      fc
        .uniqueArray(fc.constantFrom(...RULE_METRICS), { maxLength: 2 })
        .chain((names) => fc.tuple(...names.map(metricValueArb)).map((values): Partial<Record<RuleMetric, number>> => Object.fromEntries(names.map((name, i) => [name, values[i]])))),
      (overrides, mediaType, values) => {
        const thresholds = applyOverrides(overrides);
        const query = buildKqlQuery({ thresholds, origins: new Map(), since: null, perCall: false });
        const row: KqlRow = { MediaType: mediaType ?? '', ...Object.fromEntries(RULE_METRICS.map((m) => [RULE_COLUMNS[m], values[m] ?? null])) };
        const flags = evaluateLet(query, 'StreamFlags', row);
        const stream = readStream(mediaType, values);
        if (Object.keys(stream.metrics).length < Object.keys(values).length) outOfRange++;
        const judgement = judgeStream(stream, thresholds);
        const quality = streamQuality(judgement);
        if (quality === 'unknown') unknown++;
        assert.deepEqual(flags.Breaches, judgement.issues.map((i) => i.metric));
        assert.equal(flags.Poor, quality === 'poor');
        assert.equal(flags.Judged, quality !== 'unknown');
      },
    ),
    { numRuns: 1000 },
  );
  assert.ok(unknown > 100, `${unknown} streams no rule judged`);
  assert.ok(outOfRange > 100, `${outOfRange} streams with a value out of range`);
});

test('a value out of its range is null in StreamFlags, and one at its edge is kept: from 0 to the maximum, both in', () => {
  const query = buildKqlQuery({ thresholds: applyOverrides([]), origins: new Map(), since: null, perCall: false });
  for (const metric of RULE_METRICS) {
    const column = RULE_COLUMNS[metric];
    for (const value of rangeEdges(metric)) {
      const row: KqlRow = { MediaType: 'Audio', ...Object.fromEntries(RULE_METRICS.map((m) => [RULE_COLUMNS[m], m === metric ? value : null])) };
      const read = readStream('Audio', { [metric]: value }).metrics[metric] ?? null;
      assert.equal(evaluateLet(query, 'StreamFlags', row)[column], read, `${metric} ${value}`);
    }
  }
  // The cases that made the query disagree with summarize: a loss of -50 judged good, a loss ratio of 10 poor.
  const loss = (value: number) => evaluateLet(query, 'StreamFlags', { MediaType: 'Audio', ...Object.fromEntries(RULE_METRICS.map((m) => [RULE_COLUMNS[m], m === 'packetLossRateAvg' ? value : null])) });
  for (const value of [-50, 10]) assert.deepEqual([loss(value).Judged, loss(value).Poor], [false, false], String(value));
  assert.deepEqual([loss(1).Judged, loss(1).Poor], [true, true]);
});
