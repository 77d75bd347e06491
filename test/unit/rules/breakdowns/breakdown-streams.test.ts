import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assessCalls } from '../../../../src/rules/assess-calls.js';
import { breakdownStreams, mergeStreamBreakdowns } from '../../../../src/rules/breakdowns/breakdown-streams.js';
import { defaultThresholds } from '../../../../src/rules/thresholds.js';
import { call, leg, op, stream } from './call-builders.js';

const thresholds = defaultThresholds();
const rows = (list: Array<{ key: string | null; poor: number; total: number }>) => list.map((r) => [r.key, r.poor, r.total]);

// Group call g: leg p1 (Windows, 1.31) has a good Audio stream (UDP) and a poor VBSS one (TCP, fps 0.5 < 1);
// leg p2 (Android, 2.12) has a poor Audio stream (jitter 45 > 30 and loss 0.15 > 0.1), plus its server side (good).
// P2P call q: endpoint e1 (no CallSummary leg) has a good Audio stream without a transport.
const g = call('g', {
  legs: [
    leg({ participantId: 'p1', sdkVersion: '1.31.2.1', osVersion: 'Windows 10.0.22631 Arch: x64' }),
    leg({ participantId: 'p2', sdkVersion: '2.12.0', osVersion: 'Android 13' }),
  ],
  streams: [
    stream({ participantId: 'p1', mediaType: 'Audio', metrics: { roundTripTimeAvg: 50, jitterAvg: 3 } }),
    stream({ participantId: 'p1', mediaType: 'VBSS', transportType: 'TCP', metrics: { roundTripTimeAvg: 80, videoFrameRateAvg: 0.5 } }),
    stream({ participantId: 'p2', mediaType: 'Audio', transportType: 'TCP', metrics: { jitterAvg: 45, packetLossRateAvg: 0.15 } }),
    stream({ participantId: 'p2', endpointType: 'Server', mediaType: 'Audio', metrics: { jitterAvg: 4 } }),
  ],
});
const q = call('q', { callType: 'P2P', legs: [], streams: [stream({ endpointId: 'e1', transportType: null, metrics: { roundTripTimeAvg: 70 } })] });
const b = breakdownStreams(assessCalls([g, q], thresholds));

test('by metric: streams the rule judges (value logged, limit for the media type) and those it found poor, worst first', () => {
  // RTT: 3 streams, none poor. jitter: 3 streams (p1 audio, p2 audio, server), 1 poor. loss: 1 of 1. fps: 1 of 1 (VBSS).
  assert.deepEqual(rows(b.byMetric), [
    ['packetLossRateAvg', 1, 1],
    ['videoFrameRateAvg', 1, 1],
    ['jitterAvg', 1, 3],
    ['roundTripTimeAvg', 0, 3],
  ]);
  assert.equal(b.byMetric[2]!.rate, 1 / 3);
});

test('by media type, endpoint type and transport; a missing value is its own group (null), listed last among equals', () => {
  assert.deepEqual(rows(b.byMediaType), [['VBSS', 1, 1], ['Audio', 1, 4]]);
  assert.deepEqual(rows(b.byEndpointType), [['VoIP', 2, 4], ['Server', 0, 1]]);
  assert.deepEqual(rows(b.byTransport), [['TCP', 2, 2], ['UDP', 0, 2], [null, 0, 1]]);
});

test('by direction: the logged StreamDirection read (Inbound, Outbound, in any case), else inferred from the endpoint type as call does; another word not known (null)', () => {
  // Leg d1 logs its streams' direction, in both cases and as CallDiagnostics writes it; leg d2's export logs none
  // (the key missing, or empty): its own stream is outbound, its server side inbound. Poor: jitter 45 > 30.
  const streams = [
    stream({ participantId: 'd1', streamId: '1', streamDirection: 'Inbound', metrics: { jitterAvg: 45 } }),
    stream({ participantId: 'd1', streamId: '2', streamDirection: 'inbound', metrics: { jitterAvg: 3 } }),
    stream({ participantId: 'd1', streamId: '3', streamDirection: 'Outbound', metrics: { jitterAvg: 3 } }),
    stream({ participantId: 'd2', streamId: '4', metrics: { jitterAvg: 45 } }), // no StreamDirection in the record: null, as the input reads it
    stream({ participantId: 'd2', streamId: '5', streamDirection: '', metrics: { jitterAvg: 3 } }),
    stream({ participantId: 'd2', streamId: '6', endpointType: 'Server', streamDirection: null, metrics: { jitterAvg: 3 } }),
    stream({ participantId: 'd2', streamId: '7', endpointType: 'Server', streamDirection: ' ', metrics: { jitterAvg: 45 } }),
    stream({ participantId: 'd3', streamId: '8', streamDirection: 'Bidirectional', metrics: { jitterAvg: 3 } }),
    // No metric read: of unknown quality, in no group.
    stream({ participantId: 'd3', streamId: '9', streamDirection: 'Outbound', metrics: {} }),
  ];
  const r = breakdownStreams(assessCalls([call('d', { streams })], thresholds));
  // inbound: 1, 2, 6, 7 (2 poor); outbound: 3, 4, 5 (1 poor); Bidirectional: neither. Worst first, null last.
  assert.deepEqual(rows(r.byDirection), [['inbound', 2, 4], ['outbound', 1, 3], [null, 0, 1]]);
  // Counted in two parts (as by two worker threads) and merged: the same rows.
  const parts = [streams.slice(0, 4), streams.slice(4)].map((part) => breakdownStreams(assessCalls([call('d', { streams: part })], thresholds)));
  assert.deepEqual(mergeStreamBreakdowns(parts).byDirection, r.byDirection);
});

test('by SDK version and OS family of the stream’s leg: by participantId (server side included), else not logged', () => {
  // p1: 2 streams, 1 poor; p2: 2 streams (its own and the server side), 1 poor; q: no leg.
  assert.deepEqual(rows(b.bySdkVersion), [['1.31.2.1', 1, 2], ['2.12.0', 1, 2], [null, 0, 1]]);
  assert.deepEqual(rows(b.byOsFamily), [['Android', 1, 2], ['Windows', 1, 2], [null, 0, 1]]);
});

test('OS family: a leg without osVersion is not logged (null), as its SDK version is; Redacted is its own group; other is an OS logged but not known', () => {
  const legs = [
    leg({ participantId: 'n1', sdkVersion: null, osVersion: null }),
    leg({ participantId: 'r1', sdkVersion: 'Redacted', osVersion: 'Redacted' }),
    leg({ participantId: 'c1', sdkVersion: '1.0.0', osVersion: 'CrOS 15633.69.0' }),
  ];
  const streams = legs.map((l) => stream({ participantId: l.participantId, metrics: { jitterAvg: 3 } }));
  const r = breakdownStreams(assessCalls([call('o', { legs, streams })], thresholds));
  assert.deepEqual(rows(r.bySdkVersion), [['1.0.0', 0, 1], ['Redacted', 0, 1], [null, 0, 1]]);
  assert.deepEqual(rows(r.byOsFamily), [['Redacted', 0, 1], ['other', 0, 1], [null, 0, 1]]);
});

test('by SDK release: the builds of one release (a build a day, as the schema\'s 1.1.00.20212500) are one group, which a version a row cuts out of the table', () => {
  const legs = [
    ...Array.from({ length: 12 }, (_, i) => leg({ participantId: `b${i}`, sdkVersion: `1.1.00.${20212500 + i}`, osVersion: 'Windows 10.0.19045' })),
    leg({ participantId: 'w1', sdkVersion: '1.30.1', osVersion: 'Windows 10.0.22631 Arch: x64' }),
    leg({ participantId: 'w2', sdkVersion: '1.30.1-beta.2', osVersion: 'Windows 10.0.22631 Arch: x64' }),
    leg({ participantId: 'r1', sdkVersion: 'Redacted', osVersion: 'Redacted' }),
  ];
  // The first build's stream poor (jitter 45 > 30), every other good.
  const streams = legs.map((l, i) => stream({ participantId: l.participantId, metrics: { jitterAvg: i === 0 ? 45 : 3 } }));
  const r = breakdownStreams(assessCalls([call('s', { legs, streams })], thresholds));
  assert.deepEqual(rows(r.bySdkRelease), [['1.1.0', 1, 12], ['1.30.1-beta', 0, 1], ['1.30.1', 0, 1], ['Redacted', 0, 1]]);
  assert.equal(r.bySdkVersion.length, 15);
});

test('P2P streams join their leg by endpointId', () => {
  const p2p = call('p', { callType: 'P2P', legs: [leg({ endpointId: 'e9', sdkVersion: '2.0.0', osVersion: 'iOS 17.1' })], streams: [stream({ endpointId: 'e9', metrics: { jitterAvg: 3 } })] });
  const r = breakdownStreams(assessCalls([p2p], thresholds));
  assert.deepEqual(rows(r.bySdkVersion), [['2.0.0', 0, 1]]);
  assert.deepEqual(rows(r.byOsFamily), [['iOS', 0, 1]]);
});

test('a stream with no metric read is of unknown quality: in no group, neither poor nor good', () => {
  const unread = stream({ participantId: 'p1', mediaType: 'Video', transportType: 'TCP', metrics: {} });
  const withUnread = breakdownStreams(assessCalls([{ ...g, streams: [...g.streams, unread] }, q], thresholds));
  for (const dimension of ['byMetric', 'byMediaType', 'byDirection', 'byEndpointType', 'byTransport', 'bySdkRelease', 'bySdkVersion', 'byOsFamily', 'byOsVersion', 'byBrowser', 'byBrowserVersion'] as const) {
    assert.deepEqual(withUnread[dimension], b[dimension], dimension);
  }
});

test('by OS version: a family by its major version (Windows 11 by its build), the groups a family is split into, in version order on ties', () => {
  const legs = [
    leg({ participantId: 'w11', osVersion: 'Windows 10.0.22631 Arch: x64' }),
    leg({ participantId: 'w10', osVersion: 'Windows 10.0.19045 Arch: x64' }),
    leg({ participantId: 'w10b', osVersion: 'Windows 10.0.17763 Arch: x64' }),
    leg({ participantId: 'a14', osVersion: 'Android 14.0; Manufacturer: samsung; Model: SM-S928B' }),
    leg({ participantId: 'a9', osVersion: 'Android 9' }),
    leg({ participantId: 'i17', osVersion: 'Darwin Kernel Version 23.1.0: root:xnu-10002.41.9~6/RELEASE_ARM64_T8103' }),
    leg({ participantId: 'n', osVersion: null }),
  ];
  // The Windows 11 leg's stream poor (jitter 45 > 30), every other good.
  const streams = legs.map((l, i) => stream({ participantId: l.participantId, metrics: { jitterAvg: i === 0 ? 45 : 3 } }));
  const r = breakdownStreams(assessCalls([call('v', { legs, streams })], thresholds));
  assert.deepEqual(rows(r.byOsVersion), [['Windows 11', 1, 1], ['Android 9', 0, 1], ['Android 14', 0, 1], ['Windows 10', 0, 2], ['iOS 17', 0, 1], [null, 0, 1]]);
  assert.deepEqual(rows(r.byOsFamily), [['Windows', 1, 3], ['Android', 0, 2], ['iOS', 0, 1], [null, 0, 1]]);
});

test('by browser: the user agent the participant’s client operations log (by participantId, else endpointId), family and major version', () => {
  const chrome = (major: number) => `azure-communication-services/1.3.2 azsdk-js-communication-calling/1.31.2 (javascript_calling_sdk;#clientTag:${major}). Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Safari/537.36`;
  const safari = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1';
  const ops = [
    { ...op('Join', 'Succeeded'), participantId: 'c120', userAgent: chrome(120) },
    { ...op('Hangup', 'Succeeded'), participantId: 'c120', userAgent: chrome(99) }, // the participant's first user agent counts
    { ...op('Join', 'Succeeded'), participantId: 'c99', userAgent: chrome(99) },
    { ...op('Join', 'Succeeded'), endpointId: 'e-safari', userAgent: safari },
    { ...op('Join', 'Succeeded'), participantId: 'nothing', userAgent: null },
  ];
  const streams = [
    stream({ participantId: 'c120', metrics: { jitterAvg: 45 } }),
    stream({ participantId: 'c120', endpointType: 'Server', metrics: { jitterAvg: 3 } }),
    stream({ participantId: 'c99', metrics: { jitterAvg: 3 } }),
    stream({ participantId: 'p-safari', endpointId: 'e-safari', metrics: { jitterAvg: 3 } }),
    stream({ participantId: 'nothing', metrics: { jitterAvg: 3 } }),
  ];
  const r = breakdownStreams(assessCalls([call('b', { operations: ops, streams }), call('none', { streams: [stream({ participantId: 'x', metrics: { jitterAvg: 3 } })] })], thresholds));
  assert.deepEqual(rows(r.byBrowser), [['Chrome', 1, 3], ['Safari', 0, 1], [null, 0, 2]]);
  assert.deepEqual(rows(r.byBrowserVersion), [['Chrome 120', 1, 2], ['Chrome 99', 0, 1], ['Safari 26', 0, 1], [null, 0, 2]]);
});
