import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endReasonsOf, mergeEndReasons } from '../../../../src/rules/breakdowns/end-reasons.js';
import { mergeReliability, reliabilityOf } from '../../../../src/rules/breakdowns/reliability.js';
import { payloadSubCode } from '../../../../src/rules/evaluate-operation.js';
import { call, leg, op } from './call-builders.js';

// Five legs: two ended 0/0 (Success, logged), one 487/0 with no logged category (the code table says Success),
// one 410/3101 UnexpectedClientError (dropped), one 500/4521 UnexpectedServerError (dropped).
const calls = [
  call('a', {
    legs: [
      leg({ endReasonCode: 0, endReasonSubCode: 0, resultCategory: 'Success' }),
      leg({ endReasonCode: 410, endReasonSubCode: 3101, resultCategory: 'UnexpectedClientError' }),
      leg({ endReasonCode: 487, endReasonSubCode: 0 }),
    ],
    operations: [
      op('Join', 'Succeeded', '200'),
      op('Join', 'Failed', '408'),
      op('StartVideo', 'ExpectedError', '403'),
      op('StartVideo', 'Failed', '403', { SubCode: 41001 }),
      op('StartVideo', 'Failed', '403', { subcode: '41001' }),
      op('Hangup', null),
      op('UserFacingDiagnostics', 'Succeeded', '200', { DiagnosticKind: 'networkReceiveQuality', DiagnosticQuality: 'Bad' }),
      op('UserFacingDiagnostics', 'Succeeded', '200', { DiagnosticKind: 'networkReceiveQuality', DiagnosticQuality: 'Good' }),
    ],
  }),
  call('b', {
    legs: [leg({ endReasonCode: 0, endReasonSubCode: 0, resultCategory: 'Success' }), leg({ endReasonCode: 500, endReasonSubCode: 4521, resultCategory: 'UnexpectedServerError' })],
    operations: [
      op('Join', 'Succeeded', '200'),
      op('Join', 'Succeeded', '200'),
      op('UserFacingDiagnostics', 'Succeeded', '200', { DiagnosticKind: 'networkReceiveQuality', DiagnosticQuality: 'Poor' }),
      op('UserFacingDiagnostics', 'Succeeded', '200', { DiagnosticChanged: 'speakingWhileMicrophoneIsMuted', DiagnosticQuality: true }),
    ],
  }),
];
const ends = endReasonsOf(calls);

test('end reasons: legs by result category (not Success first) and by code, dropped first, then most legs', () => {
  assert.equal(ends.legs, 5);
  assert.deepEqual(ends.byCategory, [
    { resultCategory: 'UnexpectedClientError', legs: 1 },
    { resultCategory: 'UnexpectedServerError', legs: 1 },
    { resultCategory: 'Success', legs: 3 },
  ]);
  assert.deepEqual(
    ends.byCode.map((r) => [r.code, r.subCode, r.resultCategory, r.dropped, r.legs]),
    [
      [410, 3101, 'UnexpectedClientError', true, 1],
      [500, 4521, 'UnexpectedServerError', true, 1],
      [0, 0, 'Success', false, 2],
      [487, 0, 'Success', false, 1],
    ],
  );
  assert.match(ends.byCode[3]!.message!, /caller canceled/);
});

test('end reasons: a ResultCategory in another case is the same category, shown as the code table spells it, else in one spelling whatever the order read or parts merged', () => {
  const legs = [
    leg({ endReasonCode: 0, endReasonSubCode: 0, resultCategory: 'success' }),
    leg({ endReasonCode: 0, endReasonSubCode: 0, resultCategory: 'Success' }),
    leg({ endReasonCode: 0, endReasonSubCode: 0, resultCategory: 'SUCCESS' }),
    leg({ endReasonCode: 410, endReasonSubCode: 3101, resultCategory: 'unexpectedClientError' }),
    leg({ endReasonCode: 410, endReasonSubCode: 3101, resultCategory: 'UnexpectedClientError' }),
    leg({ endReasonCode: 603, endReasonSubCode: 0, resultCategory: 'failure' }),
    leg({ endReasonCode: 603, endReasonSubCode: 0, resultCategory: 'Failure' }),
    leg({ endReasonCode: 480, endReasonSubCode: 0, resultCategory: 'Unexpected' }),
  ];
  const expectedCategories = [
    { resultCategory: 'Failure', legs: 2 },
    { resultCategory: 'UnexpectedClientError', legs: 2 },
    { resultCategory: 'Unexpected', legs: 1 },
    { resultCategory: 'Success', legs: 3 },
  ];
  // Not Success before Success, as in byCategory: 'Failure' and 'Unexpected' are no category ACS documents, so not failed.
  const expectedCodes = [
    [410, 3101, 'UnexpectedClientError', 2],
    [603, 0, 'Failure', 2],
    [480, 0, 'Unexpected', 1],
    [0, 0, 'Success', 3],
  ];
  const rows = (b: ReturnType<typeof endReasonsOf>) => b.byCode.map((r) => [r.code, r.subCode, r.resultCategory, r.legs]);
  for (const order of [legs, [...legs].reverse()]) {
    const whole = endReasonsOf([call('a', { legs: order })]);
    assert.deepEqual(whole.byCategory, expectedCategories);
    assert.deepEqual(rows(whole), expectedCodes);
    // Split between threads, one leg a part: the same rows.
    const merged = mergeEndReasons(order.map((l, i) => endReasonsOf([call(`p${i}`, { legs: [l] })])));
    assert.deepEqual(merged.byCategory, expectedCategories);
    assert.deepEqual(rows(merged), expectedCodes);
  }
});

test('end codes worst first: dropped, then failed (495/4507, not dropped), then other categories, then Success; most legs within', () => {
  // A failed code with one leg was ranked among the successes by its count, and cut from the report's first rows below them.
  const legs = [
    ...Array.from({ length: 3 }, () => leg({ endReasonCode: 0, endReasonSubCode: 0, resultCategory: 'Success' })),
    ...Array.from({ length: 2 }, () => leg({ endReasonCode: 0 })),
    leg({ endReasonCode: 999, endReasonSubCode: 0 }),
    leg({ endReasonCode: 603, endReasonSubCode: 0, resultCategory: 'Failure' }),
    leg({ endReasonCode: 603, endReasonSubCode: 0, resultCategory: 'Declined' }),
    leg({ endReasonCode: 496, endReasonSubCode: 7 }),
    leg({ endReasonCode: 495, endReasonSubCode: 4507 }),
    leg({ endReasonCode: 410, endReasonSubCode: 3101, resultCategory: 'UnexpectedClientError' }),
  ];
  const expected = [
    [410, 3101, 'UnexpectedClientError', true, 1],
    [495, 4507, 'UnexpectedClientError', false, 1],
    [496, 7, 'ExpectedError', false, 1],
    [603, 0, 'Declined', false, 1],
    [603, 0, 'Failure', false, 1],
    [999, 0, null, false, 1],
    [0, 0, 'Success', false, 3],
    [0, null, 'Success', false, 2],
  ];
  const rows = (b: ReturnType<typeof endReasonsOf>) => b.byCode.map((r) => [r.code, r.subCode, r.resultCategory, r.dropped, r.legs]);
  // In any order read, and merged from parts (worker threads) in any order: the same rows, ties broken by category.
  for (const order of [legs, [...legs].reverse()]) {
    assert.deepEqual(rows(endReasonsOf([call('a', { legs: order })])), expected);
    assert.deepEqual(rows(mergeEndReasons(order.map((l, i) => endReasonsOf([call(`p${i}`, { legs: [l] })])))), expected);
  }
});

test('reliability: per operation, ExpectedError counts as success, no ResultType is no attempt, UFD is not an operation', () => {
  const r = reliabilityOf(calls, ends);
  assert.equal(r.method, 'Wilson score interval, 95%');
  // StartVideo: 3 attempts, 1 success (the ExpectedError), 2 failures 403/41001. Join: 4 attempts, 3 successes, 1 failure 408.
  assert.deepEqual(
    r.operations.map((o) => [o.operation, o.attempts, o.successes, o.expectedErrors, o.failures]),
    [
      ['StartVideo', 3, 1, 1, 2],
      ['Join', 4, 3, 0, 1],
    ],
  );
  assert.deepEqual(r.operations[0]!.failuresByCode, [{ code: '403', subCode: '41001', count: 2 }]);
  assert.deepEqual(r.operations[1]!.failuresByCode, [{ code: '408', subCode: null, count: 1 }]);
  assert.equal(r.operations[1]!.successRate, 0.75);
  // Wilson 95% of 3 of 4: 0.3006–0.9544.
  assert.ok(Math.abs(r.operations[1]!.interval.low - 0.3006) < 5e-5);
  assert.ok(Math.abs(r.operations[1]!.interval.high - 0.9544) < 5e-5);
});

test('reliability: an OperationName logged in several cases is one operation, in one spelling whatever the order read or parts merged', () => {
  // The Call Diagnostics query lists State-changed and state-changed both; the docs write createView and CreateView.
  const ops = [
    op('createView', 'Succeeded', '200'),
    op('CreateView', 'Failed', '500'),
    op('CREATEVIEW', 'Succeeded', '200'),
    op('state-changed', 'Succeeded', '200'),
    op('State-changed', 'Succeeded', '200'),
  ];
  const expected = [
    ['CREATEVIEW', 3, 2, 1],
    ['State-changed', 2, 2, 0],
  ];
  const rows = (r: ReturnType<typeof reliabilityOf>) => r.operations.map((o) => [o.operation, o.attempts, o.successes, o.failures]);
  const none = { legs: 0, byCode: [] };
  for (const order of [ops, [...ops].reverse()]) {
    assert.deepEqual(rows(reliabilityOf([call('a', { operations: order })], none)), expected);
    // Split between threads, one operation a part: the same rows.
    const parts = order.map((o, i) => reliabilityOf([call(`p${i}`, { operations: [o] })], none));
    assert.deepEqual(rows(mergeReliability(parts, none)), expected);
  }
});

test('reliability: a User Facing Diagnostic kind in another case is one kind, in one spelling whatever the order read or parts merged', () => {
  const ufd = (kind: string) => op('UserFacingDiagnostics', 'Succeeded', '200', { DiagnosticChanged: kind, DiagnosticQuality: 'Bad' });
  const calls = [
    call('a', { operations: [ufd('networkReceiveQuality'), ufd('networkReceiveQuality')] }),
    call('b', { operations: [ufd('NetworkReceiveQuality')] }),
    call('c', { operations: [ufd('networkreceivequality'), ufd('speakerMuted')] }),
  ];
  const expected = [
    { diagnostic: 'NetworkReceiveQuality', events: 4, calls: 3 },
    { diagnostic: 'speakerMuted', events: 1, calls: 1 },
  ];
  const none = { legs: 0, byCode: [] };
  for (const order of [calls, [...calls].reverse()]) {
    assert.deepEqual(reliabilityOf(order, none).userFacingDiagnostics, expected);
    assert.deepEqual(mergeReliability(order.map((c) => reliabilityOf([c], none)), none).userFacingDiagnostics, expected);
  }
});

test('reliability: UFDs that are not Good by kind; dropped legs by end code', () => {
  const r = reliabilityOf(calls, ends);
  assert.deepEqual(r.userFacingDiagnostics, [
    { diagnostic: 'networkReceiveQuality', events: 2, calls: 2 },
    { diagnostic: 'speakingWhileMicrophoneIsMuted', events: 1, calls: 1 },
  ]);
  assert.equal(r.droppedLegs.legs, 5);
  assert.equal(r.droppedLegs.dropped, 2);
  assert.deepEqual(r.droppedLegs.byCode.map((row) => row.code), [410, 500]);
});

test('a failure subcode is read from the payload only where it is one', () => {
  assert.equal(payloadSubCode({ ResultSubCode: 3112 }), '3112');
  assert.equal(payloadSubCode({ SubCode: '' }), null);
  assert.equal(payloadSubCode('SubCode=1'), null);
  assert.equal(payloadSubCode(null), null);
});

test('reliability: operations worst first as the stream groups are, by the success interval\'s high end: one failed attempt of one is not ranked above 300 failed of 1,000', () => {
  // Join 700 of 1,000 (70%, up to 72.7%); Solo 0 of 1 (0%, up to 79.3%); Hangup 2 of 2; Mute 3 of 4 (75%, up to 95.4%).
  const ops = [
    ...Array.from({ length: 1000 }, (_, i) => op('Join', i < 700 ? 'Succeeded' : 'Failed', i < 700 ? '200' : '408')),
    op('Solo', 'Failed', '500'),
    op('Hangup', 'Succeeded', '200'),
    op('Hangup', 'Succeeded', '200'),
    ...['Succeeded', 'Succeeded', 'Succeeded', 'Failed'].map((result) => op('Mute', result, result === 'Failed' ? '500' : '200')),
  ];
  const none = { legs: 0, byCode: [] };
  const expected = [
    ['Join', 1000, 300],
    ['Solo', 1, 1],
    ['Mute', 4, 1],
    ['Hangup', 2, 0],
  ];
  const rows = (r: ReturnType<typeof reliabilityOf>) => r.operations.map((o) => [o.operation, o.attempts, o.failures]);
  const whole = reliabilityOf([call('a', { operations: ops })], none);
  assert.deepEqual(rows(whole), expected);
  // The order is by the interval shown: its high end, lowest first.
  const highs = whole.operations.map((o) => o.interval.high);
  assert.deepEqual([...highs].sort((x, y) => x - y), highs);
  // Split between threads: the same order.
  assert.deepEqual(rows(mergeReliability([reliabilityOf([call('p', { operations: ops.slice(0, 500) })], none), reliabilityOf([call('q', { operations: ops.slice(500) })], none)], none)), expected);
});
