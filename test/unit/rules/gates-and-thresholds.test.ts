import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CONFIG_GATE_EXPECTED, countLimitFromConfig, parseCountLimit } from '../../../src/config/gate-limit.js';
import { limitFromConfig, parseThresholdFlag } from '../../../src/config/threshold-limit.js';
import { evaluateCallGates, evaluateSummaryGates, gateExitCode } from '../../../src/rules/gates.js';
import { ValueProblem } from '../../../src/config/written-number.js';
import { applyOverrides } from '../../../src/rules/threshold-overrides.js';
import { describeGate } from '../../../src/report/describe-gate.js';

const totals = { calls: 10, poorCalls: 3, unknownCalls: 2, streams: 40, poorStreams: 5, unknownStreams: 0, callsWithLegs: 9, failedCalls: 2, streamsWithoutPackets: 0, callsWithStreamsWithoutPackets: 0 };

test('gate values: a count or a percentage; anything else is refused', () => {
  assert.deepEqual(parseCountLimit('--max-poor-calls', '3'), { kind: 'count', max: 3 });
  assert.deepEqual(parseCountLimit('--max-poor-calls', '12.5%'), { kind: 'percent', max: 12.5 });
  // Written in digits: an exponent, which a limit of --threshold may have, is not a count's.
  for (const bad of ['-1', 'ten', '3.5', '101%', '', '5 %x', '1e1', '1e1%', '0x10']) assert.throws(() => parseCountLimit('--max-poor-calls', bad), /--max-poor-calls/);
  // As JSON writes a number (README, Inputs 7), each refusal naming the flag, the value and what it takes.
  const expected = '; expected a count in digits (3), a percentage (12.5%) or off';
  for (const [bad, problem] of [
    ['.5', 'has no digit before its point'],
    ['+5', 'has a + sign'],
    ['05', 'has a leading zero'],
    ['5.', 'has no digit after its point'],
    ['5.%', 'has no digit after its point'],
    ['1e1', 'has an exponent: write it in digits'],
    [' 5', 'has white space around the number'],
    ['5 %', 'has white space around the number'],
    ['0x10', 'is not in decimal digits'],
    ['2.5', 'is not a whole number'],
    ['-1', 'is negative'],
    ['-0.5%', 'is negative'],
    ['150%', 'is over 100%'],
    ['1,000', 'has a separator in it (no decimal comma or thousands separator)'],
  ] as const) {
    assert.throws(() => parseCountLimit('--max-poor-calls', bad), { name: 'Error', message: `--max-poor-calls '${bad}' ${problem}${expected}` }, bad);
  }
  assert.deepEqual(parseCountLimit('--max-poor-calls', '0'), { kind: 'count', max: 0 });
  assert.deepEqual(parseCountLimit('--max-poor-calls', '0.5%'), { kind: 'percent', max: 0.5 });
  assert.deepEqual(parseCountLimit('--max-poor-calls', '100%'), { kind: 'percent', max: 100 });
});

test('a gate of the config file: a count is a JSON number, a percentage a string; fractions, strings of digits and other types refused', () => {
  assert.deepEqual(countLimitFromConfig(3), { kind: 'count', max: 3 });
  assert.deepEqual(countLimitFromConfig(1e1), { kind: 'count', max: 10 });
  assert.deepEqual(countLimitFromConfig('12.5%'), { kind: 'percent', max: 12.5 });
  for (const [bad, problem] of [
    [2.5, 'is not a whole number'],
    [-1, 'is negative'],
    [Infinity, 'is too large'],
    ['5', 'is a count written as a string: write it as a number'],
    ['1e1%', 'has an exponent: write it in digits'],
    [' 5%', 'has white space around the number'],
    [true, 'is a boolean'],
    [null, 'is null'],
    [[3], 'is an array'],
  ] as const) {
    assert.throws(() => countLimitFromConfig(bad), (e: unknown) => e instanceof ValueProblem && e.problem === problem && e.expected === CONFIG_GATE_EXPECTED, String(bad));
  }
});

test('max-poor-calls as a count: more than N crosses, N does not', () => {
  assert.equal(evaluateSummaryGates(totals, { maxPoorCalls: { kind: 'count', max: 3 } })[0]!.crossed, false);
  const [r] = evaluateSummaryGates(totals, { maxPoorCalls: { kind: 'count', max: 2 } });
  assert.equal(r!.crossed, true);
  assert.equal(r!.actual, 3);
});

test('max-failed-calls: calls with a failed leg, of the calls with a CallSummary', () => {
  assert.equal(evaluateSummaryGates(totals, { maxFailedCalls: { kind: 'count', max: 2 } })[0]!.crossed, false);
  const [r] = evaluateSummaryGates(totals, { maxFailedCalls: { kind: 'count', max: 1 } });
  assert.deepEqual([r!.gate, r!.crossed, r!.count, r!.of], ['max-failed-calls', true, 2, 9]);
  const [share] = evaluateSummaryGates(totals, { maxFailedCalls: { kind: 'percent', max: 20 } });
  assert.deepEqual([share!.crossed, share!.actual.toFixed(2)], [true, '22.22']);
});

test('a percentage is of the calls whose quality is known', () => {
  const [r] = evaluateSummaryGates(totals, { maxPoorCalls: { kind: 'percent', max: 30 } });
  assert.equal(r!.of, 8);
  assert.equal(r!.actual, 37.5);
  assert.equal(r!.crossed, true);
  assert.equal(evaluateSummaryGates(totals, { maxPoorCalls: { kind: 'percent', max: 37.5 } })[0]!.crossed, false);
  assert.equal(evaluateSummaryGates(totals, { maxPoorStreams: { kind: 'percent', max: 10 } })[0]!.crossed, true);
});

test('a share exactly at its percentage limit passes, a hair over crosses, whatever floating point makes of it (7 of 25 at 28%)', () => {
  let checked = 0;
  for (let known = 1; known <= 400; known++) {
    for (let count = 0; count <= known; count++) {
      // Shares that are a decimal of at most 4 places, written as a user would: 28, 12.5, 0.25, 57.1425 …
      const tenThousandths = count * 1_000_000;
      if (tenThousandths % known !== 0) continue;
      const exact = tenThousandths / known;
      const text = `${Math.floor(exact / 10_000)}.${String(exact % 10_000).padStart(4, '0')}%`;
      const at = evaluateSummaryGates({ calls: known, poorCalls: count, unknownCalls: 0, streams: 0, poorStreams: 0, unknownStreams: 0, callsWithLegs: 0, failedCalls: 0, streamsWithoutPackets: 0, callsWithStreamsWithoutPackets: 0 }, { maxPoorCalls: parseCountLimit('--max-poor-calls', text) });
      assert.equal(at[0]!.crossed, false, `${count} of ${known} at ${text}`);
      // JSON's `actual` is the share itself, so a consumer that compares it with `limit` agrees with `crossed`.
      assert.equal(at[0]!.actual, at[0]!.limit, `actual of ${count} of ${known} at ${text}`);
      if (exact === 0) continue;
      const below = `${Math.floor((exact - 1) / 10_000)}.${String((exact - 1) % 10_000).padStart(4, '0')}%`;
      const over = evaluateSummaryGates({ calls: 0, poorCalls: 0, unknownCalls: 0, streams: known, poorStreams: count, unknownStreams: 0, callsWithLegs: 0, failedCalls: 0, streamsWithoutPackets: 0, callsWithStreamsWithoutPackets: 0 }, { maxPoorStreams: parseCountLimit('--max-poor-streams', below) });
      assert.equal(over[0]!.crossed, true, `${count} of ${known} streams at ${below}`);
      checked++;
    }
  }
  assert.ok(checked > 1000, `${checked} shares`);
});

test('fail-on-unknown and fail-on-poor; the exit code is 1 only when a gate is crossed', () => {
  const unknown = evaluateSummaryGates(totals, { failOnUnknown: true });
  assert.equal(unknown[0]!.crossed, true);
  assert.equal(gateExitCode(unknown), 1);
  assert.equal(gateExitCode(evaluateSummaryGates({ ...totals, unknownCalls: 0 }, { failOnUnknown: true })), 0);
  assert.equal(gateExitCode(evaluateCallGates('poor', { failOnPoor: true })), 1);
  assert.equal(gateExitCode(evaluateCallGates('good', { failOnPoor: true })), 0);
  assert.equal(gateExitCode(evaluateCallGates('poor', {})), 0);
  assert.deepEqual(evaluateSummaryGates(totals, {}), []);
  // summarize's fail-on-poor: any poor call of the known ones; call's fail-on-unknown: the call's quality.
  const poor = evaluateSummaryGates(totals, { failOnPoor: true });
  assert.deepEqual(poor.map((g) => [g.gate, g.crossed, g.count, g.of]), [['fail-on-poor', true, 3, 8]]);
  assert.equal(gateExitCode(evaluateSummaryGates({ ...totals, poorCalls: 0 }, { failOnPoor: true })), 0);
  assert.equal(gateExitCode(evaluateCallGates('unknown', { failOnUnknown: true })), 1);
  assert.equal(gateExitCode(evaluateCallGates('poor', { failOnUnknown: true })), 0);
  assert.equal(gateExitCode(evaluateCallGates('unknown', { failOnPoor: true })), 0);
});

test('--threshold: a bare metric sets every media type it judges; .MediaType one; off turns it off', () => {
  const t = applyOverrides([
    parseThresholdFlag('roundTripTimeAvg=900'),
    parseThresholdFlag('videoFrameRateAvg=5'),
    parseThresholdFlag('recvResolutionHeight.VBSS=600'),
    parseThresholdFlag('jitterAvg.video=off'),
    parseThresholdFlag('jitterBufferSizeMax=250'),
    parseThresholdFlag('healedDataRatioAvg=0.2'),
    parseThresholdFlag('healedDataRatioMax.Video=30%'),
  ]);
  assert.deepEqual(t.roundTripTimeAvg.limits, { default: 900 });
  // The screen-sharing limits are VBSS's and AppSharing's: a bare metric sets both.
  assert.deepEqual(t.videoFrameRateAvg.limits, { Video: 5, VBSS: 5, AppSharing: 5 });
  assert.deepEqual(t.recvResolutionHeight.limits, { Video: 240, VBSS: 600, AppSharing: 768 });
  assert.deepEqual(t.jitterAvg.limits, { default: 30, Video: null });
  assert.deepEqual(t.jitterBufferSizeMax.limits, { default: 250 });
  // The healed-data rules judge Audio: a bare metric sets Audio's limit; .Video gives Video one of its own.
  assert.deepEqual(t.healedDataRatioAvg.limits, { Audio: 0.2 });
  assert.deepEqual(t.healedDataRatioMax.limits, { Audio: 0.1, Video: 0.3 });
  const off = applyOverrides([parseThresholdFlag('jitterBufferSizeMax=off'), parseThresholdFlag('healedDataRatioMax.Audio=off')]);
  assert.deepEqual(off.jitterBufferSizeMax.limits, { default: null });
  assert.deepEqual(off.healedDataRatioMax.limits, { Audio: null });
});

test('--threshold names the metric or media type a typo most likely meant, as commander names a mistyped flag', () => {
  const message = (text: string) => {
    try {
      parseThresholdFlag(text);
    } catch (error) {
      return (error as Error).message;
    }
    return assert.fail(`taken: ${text}`);
  };
  assert.match(message('jiterAvg=40'), /^--threshold 'jiterAvg=40': unknown metric 'jiterAvg' \(did you mean jitterAvg\?\); expected one of roundTripTimeAvg, jitterAvg, /);
  assert.match(message('RoundTripTime=900'), /unknown metric 'RoundTripTime' \(did you mean roundTripTimeAvg\?\)/);
  assert.match(message('healedDataRatio=0.2'), /\(did you mean healedDataRatioAvg or healedDataRatioMax\?\)/);
  assert.match(message('rtt=3'), /unknown metric 'rtt'; expected one of /);
  // `default` is a media type the flag takes (README): it is listed with the others.
  assert.equal(message('jitterAvg.Vid=3'), "--threshold 'jitterAvg.Vid=3': unknown media type 'Vid' (did you mean Video?); expected one of default, Audio, Video, VBSS, AppSharing");
  assert.equal(parseThresholdFlag('jitterAvg.default=40').mediaType, 'default');
});

test('--threshold refuses unknown metrics, media types and values, naming them', () => {
  assert.throws(() => parseThresholdFlag('rtt=3'), /unknown metric 'rtt'/);
  assert.throws(() => parseThresholdFlag('jitterAvg.Radio=3'), /unknown media type 'Radio'/);
  assert.throws(() => parseThresholdFlag('jitterAvg=fast'), /'fast' is not a number/);
  assert.throws(() => parseThresholdFlag('jitterAvg'), /expected <metric>/);
  // Limits no stream could cross, or every stream would: refused, not taken.
  assert.throws(() => parseThresholdFlag('packetLossRateAvg=10'), /'10' is over 1: packetLossRateAvg is a ratio from 0 to 1 \(0.1 or 10% for a tenth\)/);
  assert.throws(() => parseThresholdFlag('roundTripTimeAvg=-5'), /'-5' is negative; expected a number of at least 0 \(900\) or off$/);
  assert.throws(() => parseThresholdFlag('jitterAvg=10%'), /jitterAvg is not a ratio/);
  assert.throws(() => parseThresholdFlag('healedDataRatioMax=10'), /healedDataRatioMax is a ratio from 0 to 1/);
  assert.throws(() => parseThresholdFlag('jitterBufferSizeMax=10%'), /jitterBufferSizeMax is not a ratio/);
  for (const notDecimal of ['jitterAvg=0x10', 'packetLossRateAvg=0x10%', 'jitterAvg=Infinity', 'jitterAvg=1e']) assert.throws(() => parseThresholdFlag(notDecimal), /is not (a number|a finite number|in decimal digits)/, notDecimal);
  assert.equal(parseThresholdFlag('jitterAvg=2.5e1').limit, 25);
  assert.equal(parseThresholdFlag('jitterAvg=0').limit, 0);
  assert.equal(parseThresholdFlag('packetLossRateAvg=1.5e1%').limit, 0.15);
  // As JSON writes a number: the flag, the value and what the metric takes, in one line.
  for (const [flag, problem] of [
    ['jitterAvg=.5', "'.5' has no digit before its point"],
    ['jitterAvg=+5', "'+5' has a + sign"],
    ['jitterAvg=05', "'05' has a leading zero"],
    ['jitterAvg=5.', "'5.' has no digit after its point"],
    ['jitterAvg= 5', "' 5' has white space around the number"],
    ['jitterAvg=0x10', "'0x10' is not in decimal digits"],
    ['jitterAvg=1e999', "'1e999' is too large"],
    ['jitterAvg=', "'' is empty"],
  ] as const) {
    assert.throws(() => parseThresholdFlag(flag), { message: `--threshold '${flag}': ${problem}; expected a number of at least 0 (900) or off` }, flag);
  }
  assert.throws(() => parseThresholdFlag('packetLossRateAvg=.5%'), { message: "--threshold 'packetLossRateAvg=.5%': '.5%' has no digit before its point; expected a number from 0 to 1 (0.15), a percentage (15%) or off" });
});

test('a ratio\'s limit may be a percentage: packetLossRateAvg=15% is 0.15', () => {
  assert.equal(parseThresholdFlag('packetLossRateAvg=15%').limit, 0.15);
  assert.equal(parseThresholdFlag('healedDataRatioAvg.Audio=5%').limit, 0.05);
  assert.equal(parseThresholdFlag('healedDataRatioMax=15%').limit, 0.15);
  assert.equal(parseThresholdFlag('packetLossRateAvg=1').limit, 1);
  assert.equal(parseThresholdFlag('packetLossRateAvg=off').limit, null);
});

test('a gate line never reads as the other side of its limit: the share gets the places it needs, passed or crossed', () => {
  const gate = (count: number, of: number, limit: number) => describeGate(evaluateSummaryGates({ calls: of, poorCalls: count, unknownCalls: 0, streams: 0, poorStreams: 0, unknownStreams: 0, callsWithLegs: 0, failedCalls: 0, streamsWithoutPackets: 0, callsWithStreamsWithoutPackets: 0 }, { maxPoorCalls: { kind: 'percent', max: limit } })[0]!);
  assert.equal(gate(2, 3, 66.667), 'max-poor-calls passed: 66.667% poor calls (2 of 3 known) ≤ 66.667% allowed (set by --max-poor-calls)'); // not 66.67%
  assert.equal(gate(2, 3, 66.666), 'max-poor-calls crossed: 66.67% poor calls (2 of 3 known) > 66.666% allowed — over by 0.0006667 points (set by --max-poor-calls)');
  assert.equal(gate(1, 3, 50), 'max-poor-calls passed: 33.33% poor calls (1 of 3 known) ≤ 50% allowed (set by --max-poor-calls)');
  // A gap past six zeros is written out, not as 4.286e-8: a gate line is read by people, in CI logs.
  assert.equal(gate(4, 7, 57.1428571), 'max-poor-calls crossed: 57.143% poor calls (4 of 7 known) > 57.1428571% allowed — over by 0.00000004286 points (set by --max-poor-calls)');
});

test('a ratio\'s percentage is the hundredth its text writes, not the number / 100: 0.7% is 0.007, which a stream at 0.007 is not over', () => {
  const limit = (text: string) => parseThresholdFlag(`packetLossRateAvg=${text}`).limit;
  // 0.7 / 100 is 0.006999999999999999 and 1.1 / 100 0.011000000000000001: a stream logging 0.007 was poor by "0.7%".
  assert.deepEqual(['0.7%', '1.1%', '14.3%', '1.5e1%', '70e-1%', '100%', '0%'].map(limit), [0.007, 0.011, 0.143, 0.15, 0.07, 1, 0]);
  assert.equal(limitFromConfig('healedDataRatioAvg', '0.7%'), 0.007);
});
