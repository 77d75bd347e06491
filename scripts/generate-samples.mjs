// Writes samples/ (run: node scripts/generate-samples.mjs); the output is byte-identical run to run.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const OUT = new URL('../samples/', import.meta.url).pathname;
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
const write = (rel, content) => {
  const p = path.join(OUT, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
};
const jsonl = (recs, eol = '\n') => recs.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join(eol) + eol;

const SUB = '3a51c21a-aa9a-4d68-805f-cffbceac6f54';
const RID = `/SUBSCRIPTIONS/${SUB.toUpperCase()}/RESOURCEGROUPS/RG-CONTOSO-COMMS/PROVIDERS/MICROSOFT.COMMUNICATION/COMMUNICATIONSERVICES/ACS-CONTOSO-PROD`;
const RID_LC = RID.toLowerCase();
const WS_ID = '8bad49e0-885c-48e0-9cee-6a477ecaaab2';
const ACS_TENANT = '8b1faabe-a74b-44bb-a0de-5a54588f1fe7';
const EXT_TENANT = '64eb58b4-d6fd-4d5b-8a2b-bfe345c81008';
const WS_PATH = `WorkspaceResourceId=/subscriptions/${SUB}/resourcegroups/rg-contoso-monitor/providers/microsoft.operationalinsights/workspaces/law-contoso-comms`;
const blobDir = (cat, h) => `storage-account/insights-logs-${cat}/resourceId=${RID}/y=2026/m=11/d=20/h=${h}/m=00`;

const rl = (time, category, correlationId, properties, operationName = category) => ({
  time, resourceId: RID, operationName, operationVersion: '1.0', category, correlationId, properties,
});

/* ───────────── Call 1: seed P2P call 8d1a8374 (shape A, split h=09/h=10) ───────────── */
const C1 = '8d1a8374-344d-4502-b54b-ba2d6daaf0ae';
const c1s1 = rl('2026-11-20T09:58:50.188Z', 'CallSummary', C1, {
  identifier: 'acs:61fddbe3-0003-4066-97bc-6aaf143bbb84_0000000b-4fee-66cf-ac00-343a0d003158',
  callStartTime: '2026-11-20T09:54:05.113Z', callDuration: 6, callType: 'P2P', teamsThreadId: 'null',
  participantId: 'null', participantStartTime: '2026-11-20T09:54:06.758Z', participantDuration: '5',
  participantEndReason: '0', endpointId: '570ea078-74e9-4430-9c67-464ba1fa5859', endpointType: 'VoIP',
  sdkVersion: '1.0.1.0', osVersion: 'Windows 10.0.17763 Arch: x64',
});
const c1s2 = rl('2026-11-20T09:58:50.188Z', 'CallSummary', C1, JSON.stringify({
  identifier: 'acs:7af14122-9ac7-4b81-80a8-4bf3582b42d0_06f9276d-8efe-4bdd-8c22-ebc5434903f0',
  callStartTime: '2026-11-20T09:54:05.335Z', callDuration: 6, callType: 'P2P', teamsThreadId: 'null',
  participantId: 'null', participantStartTime: '2026-11-20T09:54:06.335Z', participantDuration: '5',
  participantEndReason: '0', endpointId: 'a5bd82f9-ac38-4f4a-a0fa-bb3467cdcc64', endpointType: 'VoIP',
  sdkVersion: '1.1.0.0', osVersion: 'null',
}));
const c1d = (time, p) => rl(time, 'CallDiagnostics', C1, p);
const c1d1 = c1d('2026-11-20T09:59:12.402Z', {
  identifier: 'acs:61fddbe3-0003-4066-97bc-6aaf143bbb84_0000000b-4fee-66cf-ac00-343a0d003158', participantId: 'null',
  endpointId: '570ea078-74e9-4430-9c67-464ba1fa5859', endpointType: 'VoIP', mediaType: 'Audio', streamId: '1000',
  transportType: 'UDP', roundTripTimeAvg: '82', roundTripTimeMax: '88', jitterAvg: '1', jitterMax: '1',
  packetLossRateAvg: '0', packetLossRateMax: '0',
});
const c1d2 = c1d('2026-11-20T09:59:12.402Z', {
  identifier: 'acs:61fddbe3-0003-4066-97bc-6aaf143bbb84_0000000b-4fee-66cf-ac00-343a0d003158', participantId: 'null',
  endpointId: '570ea078-74e9-4430-9c67-464ba1fa5859', endpointType: 'VoIP', mediaType: 'Video', streamId: '2804',
  transportType: 'UDP', roundTripTimeAvg: '103', roundTripTimeMax: '143', jitterAvg: '0', jitterMax: '4',
  packetLossRateAvg: '3.146336E-05', packetLossRateMax: '0.001769911',
});
const c1d3 = c1d('2026-11-20T10:00:47.915Z', {
  identifier: 'acs:7af14122-9ac7-4b81-80a8-4bf3582b42d0_06f9276d-8efe-4bdd-8c22-ebc5434903f0', participantId: 'null',
  endpointId: 'a5bd82f9-ac38-4f4a-a0fa-bb3467cdcc64', endpointType: 'VoIP', mediaType: 'Audio', streamId: '1363841599',
  transportType: 'UDP', roundTripTimeAvg: '78', roundTripTimeMax: '84', jitterAvg: '1', jitterMax: '1',
  packetLossRateAvg: '0', packetLossRateMax: '0',
});
const c1d4 = c1d('2026-11-20T10:00:47.915Z', {
  identifier: 'acs:7af14122-9ac7-4b81-80a8-4bf3582b42d0_06f9276d-8efe-4bdd-8c22-ebc5434903f0', participantId: 'null',
  endpointId: 'a5bd82f9-ac38-4f4a-a0fa-bb3467cdcc64', endpointType: 'VoIP', mediaType: 'Video', streamId: '3326',
  transportType: 'UDP', roundTripTimeAvg: '80', roundTripTimeMax: '97', jitterAvg: '1', jitterMax: '3',
  packetLossRateAvg: '0', packetLossRateMax: '5.12E-04',
});
// BOM + CRLF, and the second record's properties is a JSON-encoded string.
write(`${blobDir('callsummary', '09')}/PT1H.json`, '\uFEFF' + jsonl([c1s1, c1s2], '\r\n'));
write(`${blobDir('calldiagnostics', '09')}/PT1H.json`, jsonl([c1d1, c1d2]));
// h=10 starts with a redelivery of c1d1: byte-identical line, exact duplicate.
write(`${blobDir('calldiagnostics', '10')}/PT1H.json`, jsonl([c1d1, c1d3, c1d4]));

/* ───────────── Call 2: seed group call 341acde7 (shape B, pretty JSON array) ───────────── */
const C2 = '341acde7-8aa5-445b-a3da-2ddadca47d22';
const t2 = '2026-11-20T09:30:06.402Z';
const c2common = { callStartTime: '2026-11-20T09:16:40.240Z', callDuration: 87, callType: 'Group' };
const c2 = [
  rl(t2, 'CallSummary', C2, {
    identifier: 'acs:1797dbb3-f982-47b0-b98e-6a76084454f1_0000000b-1531-729f-ac00-343a0d00d975', ...c2common,
    teamsThreadId: '19:meeting_MjZiOTAyN2YtZWU1Yi00ZTZiLT77777OOOOO99999jgxOTkw@thread.v2',
    participantId: '04cc26f5-a86d-481c-b9f9-7a40be4d6fba', participantStartTime: '2026-11-20T09:16:44.235Z',
    participantDuration: '82', participantEndReason: '0', endpointId: '5ebd55df-ffff-ffff-89e6-4f3f0453b1a6',
    endpointType: 'VoIP', sdkVersion: '1.0.0.3',
    osVersion: 'Darwin Kernel Version 18.7.0: Mon Nov 9 15:07:15 PST 2020; root:xnu-4903.272.3~3/RELEASE_ARM64_S5L8960X',
  }),
  rl(t2, 'CallSummary', C2, {
    identifier: 'acs:1797dbb3-f982-47b0-b98e-6a76084454f1_0000000b-1531-57c6-ac00-343a0d00d972', ...c2common,
    teamsThreadId: '19:meeting_MjZiOTAyN2YtZWU1Yi00ZTZiLTk2ZDUtYTZlM2I2ZjgxOTkw@thread.v2',
    participantId: '1a9cb3d1-7898-4063-b3d2-26c1630ecf03', participantStartTime: '2026-11-20T09:16:40.240Z',
    participantDuration: '87', participantEndReason: '0', endpointId: '5ebd55df-ffff-ffff-ab89-19ff584890b7',
    endpointType: 'VoIP', sdkVersion: '1.0.0.3',
    osVersion: 'Android 11.0; Manufacturer: Google; Product: redfin; Model: Pixel 5; Hardware: redfin',
  }),
  rl(t2, 'CallSummary', C2, {
    identifier: 'null', ...c2common,
    teamsThreadId: '19:meeting_MjZiOTAyN2YtZWU1Yi00ZTZiLT77777OOOOO99999jgxOTkw@thread.v2',
    participantId: ' 515650f7-8204-4079-ac9d-d8f4bf07b04c', participantStartTime: '2026-11-20T09:17:10.447Z',
    participantDuration: '52', participantEndReason: '0', endpointId: '46387150-692a-47be-8c9d-1237efe6c48b',
    endpointType: 'PSTN', sdkVersion: 'null', osVersion: 'null',
  }),
  rl(t2, 'CallDiagnostics', C2, {
    identifier: 'acs:1797dbb3-f982-47b0-b98e-6a76084454f1_0000000b-1531-729f-ac00-343a0d00d975',
    participantId: '04cc26f5-a86d-481c-b9f9-7a40be4d6fba', endpointId: '5ebd55df-ffff-ffff-89e6-4f3f0453b1a6',
    endpointType: 'VoIP', mediaType: 'Audio', streamId: '14884', transportType: 'UDP', roundTripTimeAvg: '46',
    roundTripTimeMax: '48', jitterAvg: '0', jitterMax: '1', packetLossRateAvg: '0', packetLossRateMax: '0',
  }),
  rl(t2, 'CallDiagnostics', C2, {
    identifier: null, participantId: '04cc26f5-a86d-481c-b9f9-7a40be4d6fba', endpointId: null, endpointType: 'Server',
    mediaType: 'Audio', streamId: '2001', transportType: 'UDP', roundTripTimeAvg: '42', roundTripTimeMax: '44',
    jitterAvg: '1', jitterMax: '1', packetLossRateAvg: '0', packetLossRateMax: '0',
  }),
  rl(t2, 'CallDiagnostics', C2, {
    identifier: 'acs:1797dbb3-f982-47b0-b98e-6a76084454f1_0000000b-1531-57c6-ac00-343a0d00d972',
    participantId: '1a9cb3d1-7898-4063-b3d2-26c1630ecf03', endpointId: '5ebd55df-ffff-ffff-ab89-19ff584890b7',
    endpointType: 'VoIP', mediaType: 'Audio', streamId: '13783', transportType: 'UDP', roundTripTimeAvg: '45',
    roundTripTimeMax: '46', jitterAvg: '1', jitterMax: '2', packetLossRateAvg: '0', packetLossRateMax: '0',
  }),
  rl(t2, 'CallDiagnostics', C2, {
    identifier: 'null', participantId: '1a9cb3d1-7898-4063-b3d2-26c1630ecf03', endpointId: null, endpointType: 'Server',
    mediaType: 'Audio', streamId: '1000', transportType: 'UDP', roundTripTimeAvg: '45', roundTripTimeMax: '46',
    jitterAvg: '1', jitterMax: '4', packetLossRateAvg: '0', packetLossRateMax: '0',
  }),
  rl(t2, 'CallDiagnostics', C2, {
    identifier: 'null', participantId: '515650f7-8204-4079-ac9d-d8f4bf07b04c',
    endpointId: '46387150-692a-47be-8c9d-1237efe6c48b', endpointType: 'PSTN', mediaType: 'Audio', streamId: '3145',
    transportType: 'UDP', roundTripTimeAvg: '112', roundTripTimeMax: '131', jitterAvg: '3', jitterMax: '9',
    packetLossRateAvg: '0.004', packetLossRateMax: '0.021',
  }),
  rl(t2, 'CallDiagnostics', C2, {
    identifier: null, participantId: ' 515650f7-8204-4079-ac9d-d8f4bf07b04c', endpointId: null, endpointType: 'Server',
    mediaType: 'Audio', streamId: '2002', transportType: 'UDP', roundTripTimeAvg: '108', roundTripTimeMax: '126',
    jitterAvg: '2', jitterMax: '7', packetLossRateAvg: '0.002', packetLossRateMax: '0.015',
  }),
];
write('exports/group-call-records.json', JSON.stringify(c2, null, 2) + '\n');

/* ───────────── Call 3: cross-tenant group, Bot + PSTN (shape C, pretty envelopes) ───────────── */
const C3 = '89ad9b35-73c7-41ea-9426-dff8860bf37f';
const t3 = '2026-11-20T08:55:03.117Z';
const c3common = {
  callStartTime: '2026-11-20T08:30:12.480Z', callDuration: 1474, callType: 'Group',
  teamsThreadId: '19:meeting_NzRhZjM4YzEtOWI0Ny00ZmRiLWE2YjUtM2Q5ZjE0ZTg3YzIx@thread.v2',
};
const L = {
  org: { p: '81fbfecd-d916-439f-85b4-97eaa9c74433', e: '58d2bca4-b402-42e7-b031-5a04965e3d33', id: `acs:${ACS_TENANT}_00000025-4f1c-9d7e-28f4-343a0d00a1b7` },
  ext: { p: '1d9fe761-edd6-4ff4-a6f6-edeb89309d84', e: '36743ebf-018c-4b4a-a595-158c9a0a4a29', id: '8:orgid:54ec3af6-3d70-4d6f-b931-f448fdab3044' },
  bot: { p: 'ddd36830-b17b-47cb-9561-e96a4e10d5b2', e: '09c01d7a-0655-45f0-b2c1-8fd774be4456', id: '28:145534ea-bff1-4cee-a91c-2e4f67fd59a5' },
  pstn: { p: 'cbe66cdf-119a-4957-8ecb-4a0dc1c81d17', e: 'd83c85fd-1751-463a-8459-6b7f354da68d', id: '4:+14255550147' },
};
const c3s = [
  rl(t3, 'CallSummary', C3, { identifier: L.org.id, ...c3common, participantId: L.org.p, participantTenantId: ACS_TENANT,
    participantType: 'ACS', participantStartTime: '2026-11-20T08:30:12.480Z', participantDuration: '1474',
    participantEndReason: '0', endpointId: L.org.e, endpointType: 'VoIP', sdkVersion: '1.30.1.1',
    osVersion: 'Windows 10.0.22631 Arch: x64' }),
  rl(t3, 'CallSummary', C3, { identifier: L.ext.id, ...c3common, participantId: L.ext.p, participantTenantId: EXT_TENANT,
    participantType: 'Teams', participantStartTime: '2026-11-20T08:31:02.911Z', participantDuration: '1420',
    participantEndReason: '0', endpointId: L.ext.e, endpointType: 'VOIP', sdkVersion: 'Redacted', osVersion: 'Redacted' }),
  rl(t3, 'CallSummary', C3, { identifier: L.bot.id, ...c3common, participantId: L.bot.p, participantTenantId: EXT_TENANT,
    participantStartTime: '2026-11-20T08:30:20.004Z', participantDuration: 1462, participantEndReason: '0',
    endpointId: L.bot.e, endpointType: 'Bot', sdkVersion: 'Redacted', osVersion: 'Redacted' }),
  rl(t3, 'CallSummary', C3, { identifier: L.pstn.id, ...c3common, participantId: L.pstn.p,
    participantStartTime: '2026-11-20T08:33:45Z', participantDuration: 1240, participantEndReason: '0',
    endpointId: L.pstn.e, endpointType: 'PSTN', sdkVersion: 'Redacted', osVersion: 'Redacted' }),
];
const d3 = (leg, type, stream, m) => rl(t3, 'CallDiagnostics', C3, {
  identifier: type === 'Server' ? 'null' : leg.id, participantId: leg.p, endpointId: type === 'Server' ? null : leg.e,
  endpointType: type, mediaType: 'Audio', streamId: stream, transportType: 'UDP', ...m,
});
const mm = (rtt, rttMax, j, jMax, pl, plMax) => ({
  roundTripTimeAvg: String(rtt), roundTripTimeMax: String(rttMax), jitterAvg: String(j), jitterMax: String(jMax),
  packetLossRateAvg: String(pl), packetLossRateMax: String(plMax),
});
const c3d = [
  d3(L.org, 'VoIP', '10418', mm(64, 91, 3, 11, 0.001, 0.009)),
  d3(L.org, 'Server', '2003', mm(61, 88, 4, 12, 0.003, 0.018)),
  d3(L.ext, 'VOIP', '22871', mm(121, 160, 8, 21, 0.012, 0.047)),
  d3(L.ext, 'Server', '2004', mm(118, 155, 7, 19, 0.01, 0.039)),
  d3(L.bot, 'Bot', '3301', mm(12, 15, 1, 2, 0, 0)),
  d3(L.bot, 'Server', '2005', mm(11, 14, 1, 2, 0, 0)),
  d3(L.pstn, 'PSTN', '41520', mm(154, 203, 19, 48, 0.14, 0.31)),
  d3(L.pstn, 'Server', '2006', mm(150, 198, 14, 37, 0.03, 0.08)),
];
const usage = {
  time: '2026-11-20T08:55:40.771Z', resourceId: RID, operationName: 'CallingPstnUsage', operationVersion: '1.0',
  category: 'Usage', correlationId: C3,
  properties: { RecordId: 'b8c88e56-f8a8-44a2-b25e-f5d13b8d0376', UsageType: 'PSTN', UnitType: 'Minute', Quantity: '21',
    StartTime: '2026-11-20T08:33:45Z', EndTime: '2026-11-20T08:54:25Z', ParticipantId: L.pstn.p },
};
const capDir = 'event-hubs/capture/evhns-contoso-acs/acs-diagnostics';
write(`${capDir}/0/2026/11/20/08/55/12.json`, JSON.stringify({ records: [...c3s, usage, c3d[0], c3d[1]] }, null, 2) + '\n');
write(`${capDir}/1/2026/11/20/08/55/12.json`, JSON.stringify({ records: c3d.slice(2) }, null, 2) + '\n');

/* ───────────── Call 4: poor P2P (shape G, portal CSV) ───────────── */
const C4 = 'f794018d-ad40-410f-a885-10ebe648da20';
const c4A = { e: '583436d8-560f-424e-a052-20e7f91bb716', id: `acs:${ACS_TENANT}_00000025-71b0-3c44-85f4-343a0d00c3e9` };
const c4B = { e: '272950c8-e797-4096-9ca5-dfe06952aaca', id: `acs:${ACS_TENANT}_00000025-71b0-4a12-b8ba-a43a0d00f612` };
const CSV_COLS = ['TenantId', 'TimeGenerated [UTC]', 'OperationName', 'OperationVersion', 'Category', 'CorrelationId',
  'Identifier', 'CallStartTime [UTC]', 'CallDuration', 'CallType', 'TeamsThreadId', 'ParticipantId',
  'ParticipantStartTime [UTC]', 'ParticipantDuration', 'ParticipantEndReason', 'EndpointId', 'EndpointType',
  'SdkVersion', 'OsVersion', 'ParticipantTenantId', 'ParticipantType', 'PstnParticipantCallType',
  'ParticipantEndSubCode', 'ResultCategory', 'MediaType', 'StreamId', 'TransportType', 'RoundTripTimeAvg',
  'RoundTripTimeMax', 'JitterAvg', 'JitterMax', 'PacketLossRateAvg', 'PacketLossRateMax', 'JitterBufferSizeAvg',
  'JitterBufferSizeMax', 'HealedDataRatioAvg', 'HealedDataRatioMax', 'VideoFrameRateAvg', 'RecvResolutionHeight',
  'RecvFreezeDurationPerMinuteInMs', 'PacketUtilization', 'VideoBitRateAvg', 'VideoBitRateMax', 'StreamDirection',
  'CodecName', 'SourceSystem', 'Type', '_ResourceId'];
const portal = (iso) => {
  const d = new Date(iso);
  let h = d.getUTCHours(); const ap = h >= 12 ? 'PM' : 'AM'; h = h % 12 || 12;
  const p2 = (n) => String(n).padStart(2, '0');
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}, ${h}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')} ${ap}`;
};
const csvCell = (v) => {
  if (v === undefined || v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const c4rows = [
  { 'TimeGenerated [UTC]': portal('2026-11-20T10:31:44.902Z'), OperationName: 'CallSummary', Category: 'CallSummary',
    Identifier: c4A.id, 'CallStartTime [UTC]': portal('2026-11-20T10:12:31.482Z'), CallDuration: 734, CallType: 'P2P',
    'ParticipantStartTime [UTC]': portal('2026-11-20T10:12:31.482Z'), ParticipantDuration: 731, ParticipantEndReason: '0',
    EndpointId: c4A.e, EndpointType: 'VoIP', SdkVersion: '1.31.2.1', OsVersion: 'Windows 10.0.22631 Arch: x64',
    ParticipantTenantId: ACS_TENANT, ParticipantType: 'ACS', ParticipantEndSubCode: 0, ResultCategory: 'Success', Type: 'ACSCallSummary' },
  { 'TimeGenerated [UTC]': portal('2026-11-20T10:31:44.902Z'), OperationName: 'CallSummary', Category: 'CallSummary',
    Identifier: c4B.id, 'CallStartTime [UTC]': portal('2026-11-20T10:12:31.817Z'), CallDuration: 734, CallType: 'P2P',
    'ParticipantStartTime [UTC]': portal('2026-11-20T10:12:33.105Z'), ParticipantDuration: 730, ParticipantEndReason: '0',
    EndpointId: c4B.e, EndpointType: 'VoIP', SdkVersion: '2.14.1', OsVersion: 'iOS 18.1; Manufacturer: Apple; Model: iPhone15,3',
    ParticipantTenantId: ACS_TENANT, ParticipantType: 'ACS', ParticipantEndSubCode: 0, ResultCategory: 'Success', Type: 'ACSCallSummary' },
  { 'TimeGenerated [UTC]': portal('2026-11-20T10:32:05.113Z'), OperationName: 'CallDiagnostics', Category: 'CallDiagnostics',
    Identifier: c4A.id, EndpointId: c4A.e, EndpointType: 'VoIP', MediaType: 'Audio', StreamId: 1000, TransportType: 'TCP',
    RoundTripTimeAvg: 612, RoundTripTimeMax: 1180, JitterAvg: 41, JitterMax: 117, PacketLossRateAvg: 0.031,
    PacketLossRateMax: 0.094, JitterBufferSizeAvg: 154, JitterBufferSizeMax: 380, HealedDataRatioAvg: 0.06,
    HealedDataRatioMax: 0.21, PacketUtilization: 36412, StreamDirection: 'Outbound', CodecName: 'OPUS', Type: 'ACSCallDiagnostics' },
  { 'TimeGenerated [UTC]': portal('2026-11-20T10:32:05.113Z'), OperationName: 'CallDiagnostics', Category: 'CallDiagnostics',
    Identifier: c4B.id, EndpointId: c4B.e, EndpointType: 'VoIP', MediaType: 'Audio', StreamId: 1363841601, TransportType: 'UDP',
    RoundTripTimeAvg: 214, RoundTripTimeMax: 388, JitterAvg: 9, JitterMax: 26, PacketLossRateAvg: 0.008,
    PacketLossRateMax: 0.041, JitterBufferSizeAvg: 96, JitterBufferSizeMax: 188, HealedDataRatioAvg: 0.02,
    HealedDataRatioMax: 0.07, PacketUtilization: 36590, StreamDirection: 'Outbound', CodecName: 'OPUS', Type: 'ACSCallDiagnostics' },
  { 'TimeGenerated [UTC]': portal('2026-11-20T10:32:05.113Z'), OperationName: 'CallDiagnostics', Category: 'CallDiagnostics',
    Identifier: c4B.id, EndpointId: c4B.e, EndpointType: 'VoIP', MediaType: 'Video', StreamId: 2611, TransportType: 'UDP',
    RoundTripTimeAvg: 220, RoundTripTimeMax: 402, JitterAvg: 11, JitterMax: 31, PacketLossRateAvg: 0.012,
    PacketLossRateMax: 0.052, VideoFrameRateAvg: 24.6, PacketUtilization: 81203, VideoBitRateAvg: 912000,
    VideoBitRateMax: 1540000, StreamDirection: 'Outbound', CodecName: 'H264', Type: 'ACSCallDiagnostics' },
];
const csvLines = [CSV_COLS.map(csvCell).join(',')];
for (const r of c4rows) {
  const full = { TenantId: WS_ID, OperationVersion: '1.0', CorrelationId: C4, SourceSystem: 'Azure', _ResourceId: RID_LC, ...r };
  csvLines.push(CSV_COLS.map((c) => csvCell(full[c])).join(','));
}
write('log-analytics/portal-export-acs-calls-2026-11-20.csv', csvLines.join('\r\n') + '\r\n');

/* ───────────── Call 5: poor group video (shape E, workspace data export) ───────────── */
const C5 = 'ad9b017d-c904-482b-91f0-939dfe648fa0';
const P5 = {
  p1: { p: '8f544969-25d4-467e-a8ae-f9b8120e3bb1', e: '1ce026d6-d80b-44e5-abe9-00c893bc9239', id: `acs:${ACS_TENANT}_00000025-5d02-11aa-6a0b-343a0d0093c1` },
  p2: { p: 'ec6d55e9-7b2a-4299-8928-7bb1584baee8', e: '565ac080-57cc-4741-a70e-ca6233eb397a', id: `acs:${ACS_TENANT}_00000025-5d02-1f93-85f4-343a0d0093c7` },
  p3: { p: '33057039-b638-4ba2-a30d-02c9958874fa', e: '24cd85ba-85aa-4f4f-b51c-8a4523b6aab4', id: `acs:${ACS_TENANT}_00000025-5d02-2b61-9c3d-343a0d0093d0` },
};
const la = (type, tg, extra) => ({ TenantId: WS_ID, TimeGenerated: tg, OperationName: type.replace(/^ACS|Updates$/g, ''), OperationVersion: '1.0',
  Category: type.replace(/^ACS|Updates$/g, ''), CorrelationId: extra.CorrelationId, ...extra, SourceSystem: 'Azure', Type: type, _ResourceId: RID_LC });
const c5sum = (leg, start, dur, sdk, os) => la('ACSCallSummary', '2026-11-20T09:03:12.4470000Z', {
  CorrelationId: C5, Identifier: leg.id, CallStartTime: '2026-11-20T08:31:07.2200000Z', CallDuration: 1290,
  CallType: 'Group', TeamsThreadId: '', ParticipantId: leg.p, ParticipantStartTime: start, ParticipantDuration: dur,
  ParticipantEndReason: '0', EndpointId: leg.e, EndpointType: 'VoIP', SdkVersion: sdk, OsVersion: os,
  ParticipantTenantId: ACS_TENANT, ParticipantType: 'ACS', PstnParticipantCallType: '', ParticipantEndSubCode: 0,
  ResultCategory: 'Success' });
const c5s = [
  c5sum(P5.p1, '2026-11-20T08:31:07.2200000Z', 1290, '1.31.2.1', 'Windows 10.0.22631 Arch: x64'),
  c5sum(P5.p2, '2026-11-20T08:31:40.0150000Z', 1251, '2.13.0', 'Android 14.0; Manufacturer: samsung; Product: dm3qxxx; Model: SM-S918B; Hardware: qcom'),
  c5sum(P5.p3, '2026-11-20T08:32:02.7710000Z', 1228, '1.31.2.1', 'Mac OS X 10.15.7 Arch: arm64'),
];
const VNULL = { JitterBufferSizeAvg: null, JitterBufferSizeMax: null, HealedDataRatioAvg: null, HealedDataRatioMax: null,
  VideoFrameRateAvg: null, RecvResolutionHeight: null, RecvFreezeDurationPerMinuteInMs: null, VideoBitRateAvg: null, VideoBitRateMax: null };
const c5diag = (leg, server, media, stream, dir, codec, m) => la('ACSCallDiagnostics', '2026-11-20T09:04:51.0930000Z', {
  CorrelationId: C5, Identifier: server ? '' : leg.id, ParticipantId: leg.p, EndpointId: server ? '' : leg.e,
  EndpointType: server ? 'Server' : 'VoIP', MediaType: media, StreamId: stream, TransportType: 'UDP',
  ...m,
  StreamDirection: dir, CodecName: codec,
});
// Fixed column order: metric columns always in the same order.
const M = (rtt, rttMax, j, jMax, pl, plMax, extra = {}) => ({ RoundTripTimeAvg: rtt, RoundTripTimeMax: rttMax, JitterAvg: j, JitterMax: jMax,
  PacketLossRateAvg: pl, PacketLossRateMax: plMax, ...VNULL, PacketUtilization: null, ...extra });
const c5d = [
  c5diag(P5.p1, false, 'Audio', 3461, 'Outbound', 'OPUS', M(58, 84, 3, 9, 0.002, 0.011, { PacketUtilization: 63870 })),
  c5diag(P5.p1, false, 'Video', 3462, 'Outbound', 'H264', M(61, 90, 5, 14, 0.004, 0.02, { VideoFrameRateAvg: 29.6, PacketUtilization: 142218, VideoBitRateAvg: 1450000, VideoBitRateMax: 2480000 })),
  c5diag(P5.p1, false, 'VBSS', 3463, 'Outbound', 'H264', M(60, 88, 4, 12, 0.003, 0.016, { VideoFrameRateAvg: 14.8, PacketUtilization: 51022, VideoBitRateAvg: 780000, VideoBitRateMax: 1910000 })),
  c5diag(P5.p1, true, 'Audio', 4001, 'Inbound', 'OPUS', M(57, 81, 4, 10, 0.003, 0.014, { JitterBufferSizeAvg: 62, JitterBufferSizeMax: 118, HealedDataRatioAvg: 0.02, HealedDataRatioMax: 0.06, PacketUtilization: 63511 })),
  c5diag(P5.p1, true, 'Video', 4002, 'Inbound', 'H264', M(59, 86, 6, 15, 0.01, 0.04, { VideoFrameRateAvg: 24.1, RecvResolutionHeight: 360, RecvFreezeDurationPerMinuteInMs: 420, PacketUtilization: 98410, VideoBitRateAvg: 820000, VideoBitRateMax: 1320000 })),
  c5diag(P5.p2, false, 'Audio', 5211, 'Outbound', 'OPUS', M(188, 342, 17, 44, 0.04, 0.12, { PacketUtilization: 61840 })),
  c5diag(P5.p2, false, 'Video', 5212, 'Outbound', 'H264', M(190, 351, 19, 52, 0.05, 0.14, { VideoFrameRateAvg: 12.3, PacketUtilization: 40215, VideoBitRateAvg: 310000, VideoBitRateMax: 690000 })),
  c5diag(P5.p2, true, 'Audio', 4101, 'Inbound', 'OPUS', M(176, 330, 24, 61, 0.07, 0.19, { JitterBufferSizeAvg: 260, JitterBufferSizeMax: 410, HealedDataRatioAvg: 0.16, HealedDataRatioMax: 0.38, PacketUtilization: 58733 })),
  c5diag(P5.p2, true, 'Video', 4102, 'Inbound', 'H264', M(181, 336, 22, 58, 0.09, 0.22, { VideoFrameRateAvg: 5.5, RecvResolutionHeight: 180, RecvFreezeDurationPerMinuteInMs: 7200, PacketUtilization: 20377, VideoBitRateAvg: 140000, VideoBitRateMax: 420000 })),
  c5diag(P5.p2, true, 'VBSS', 4103, 'Inbound', 'H264', M(183, 340, 21, 55, 0.06, 0.17, { VideoFrameRateAvg: 3.1, RecvResolutionHeight: 1080, RecvFreezeDurationPerMinuteInMs: 2400, PacketUtilization: 17290, VideoBitRateAvg: 350000, VideoBitRateMax: 1120000 })),
  c5diag(P5.p3, false, 'Audio', 6301, 'Outbound', 'OPUS', M(74, 102, 5, 13, 0.006, 0.024, { PacketUtilization: 60912 })),
  c5diag(P5.p3, true, 'Audio', 4201, 'Inbound', 'OPUS', M(72, 99, 6, 16, 0.008, 0.03, { JitterBufferSizeAvg: 80, JitterBufferSizeMax: 142, HealedDataRatioAvg: 0.03, HealedDataRatioMax: 0.09, PacketUtilization: 60487 })),
  c5diag(P5.p3, true, 'Video', 4202, 'Inbound', 'H264', M(73, 101, 7, 18, 0.01, 0.035, { VideoFrameRateAvg: 23.8, RecvResolutionHeight: 480, RecvFreezeDurationPerMinuteInMs: 300, PacketUtilization: 96004, VideoBitRateAvg: 1010000, VideoBitRateMax: 1600000 })),
  c5diag(P5.p3, true, 'VBSS', 4203, 'Inbound', 'H264', M(79, 110, 8, 20, 0.02, 0.06, { VideoFrameRateAvg: 0.5, RecvResolutionHeight: 720, RecvFreezeDurationPerMinuteInMs: 12000, PacketUtilization: 4120, VideoBitRateAvg: 95000, VideoBitRateMax: 310000 })),
];
write(`workspace-export/am-ACSCallSummary/${WS_PATH}/y=2026/m=11/d=20/h=09/m=00/PT05M.json`, jsonl(c5s));
write(`workspace-export/am-ACSCallDiagnostics/${WS_PATH}/y=2026/m=11/d=20/h=09/m=05/PT05M.json`, jsonl(c5d));

/* ───────────── Call 6: at the averages' limits (poor by its maxima), Updates tables (shape D, az CLI -o json) ───────────── */
const C6 = '848d6af0-bcd9-42fe-bc57-4372c4688aa9';
const P6 = {
  p1: { p: 'f2b202c1-3530-4ae3-8c71-c9a1c9dbb558', e: '9429ef73-bb30-453f-be7c-6893012bcf5d', id: `acs:${ACS_TENANT}_00000025-8c44-0b1d-7c3a-343a0d00b2a4` },
  p2: { p: '6b1bfce4-9b3c-4f07-a242-2089d26ef8b3', e: '0d3d8964-3e4b-470d-9a52-ced438d77c11', id: `acs:${ACS_TENANT}_00000025-8c44-19e0-a7f1-343a0d00b2b8` },
};
// LA union columns; kind: s = string ("" when empty), other = "None" when null.
const AZ_COLS = [['TenantId', 's'], ['TimeGenerated', 'd'], ['OperationName', 's'], ['OperationVersion', 's'], ['Category', 's'],
  ['CorrelationId', 's'], ['Identifier', 's'], ['CallStartTime', 'd'], ['CallDuration', 'n'], ['CallType', 's'],
  ['TeamsThreadId', 's'], ['ParticipantId', 's'], ['ParticipantStartTime', 'd'], ['ParticipantDuration', 'n'],
  ['ParticipantEndReason', 's'], ['EndpointId', 's'], ['EndpointType', 's'], ['SdkVersion', 's'], ['OsVersion', 's'],
  ['ParticipantTenantId', 's'], ['ParticipantType', 's'], ['PstnParticipantCallType', 's'], ['ParticipantEndSubCode', 'n'],
  ['ResultCategory', 's'], ['MediaType', 's'], ['StreamId', 'n'], ['TransportType', 's'], ['RoundTripTimeAvg', 'n'],
  ['RoundTripTimeMax', 'n'], ['JitterAvg', 'n'], ['JitterMax', 'n'], ['PacketLossRateAvg', 'n'], ['PacketLossRateMax', 'n'],
  ['JitterBufferSizeAvg', 'n'], ['JitterBufferSizeMax', 'n'], ['HealedDataRatioAvg', 'n'], ['HealedDataRatioMax', 'n'],
  ['VideoFrameRateAvg', 'n'], ['RecvResolutionHeight', 'n'], ['RecvFreezeDurationPerMinuteInMs', 'n'], ['PacketUtilization', 'n'],
  ['VideoBitRateAvg', 'n'], ['VideoBitRateMax', 'n'], ['StreamDirection', 's'], ['CodecName', 's'], ['CallUpdatesVersion', 'n'],
  ['SourceSystem', 's'], ['Type', 's'], ['_ResourceId', 's']];
const azRow = (o) => {
  const row = {};
  for (const [c, k] of AZ_COLS) {
    const v = o[c];
    row[c] = v === undefined || v === null ? (k === 's' ? '' : 'None') : String(v);
  }
  row.TableName = 'PrimaryResult';
  return row;
};
const base6 = { TenantId: WS_ID, OperationVersion: '1.0', CorrelationId: C6, SourceSystem: 'Azure', _ResourceId: RID_LC };
const s6 = (leg, tg, ver, done) => azRow({ ...base6, TimeGenerated: tg, OperationName: 'CallSummary', Category: 'CallSummary',
  Identifier: leg.id, CallStartTime: '2026-11-20T11:05:41.2230000Z', CallDuration: done ? 1815 : null, CallType: 'Group',
  ParticipantId: leg.p, ParticipantStartTime: leg === P6.p1 ? '2026-11-20T11:05:41.2230000Z' : '2026-11-20T11:06:02.5180000Z',
  ParticipantDuration: done ? (leg === P6.p1 ? 1812 : 1790) : null, ParticipantEndReason: done ? '0' : '',
  EndpointId: leg.e, EndpointType: 'VoIP', SdkVersion: done ? '1.31.2.1' : '', OsVersion: done ? (leg === P6.p1 ? 'Windows 10.0.22631 Arch: x64' : 'Linux x86_64') : '',
  ParticipantTenantId: ACS_TENANT, ParticipantType: 'ACS', ParticipantEndSubCode: done ? 0 : null, ResultCategory: done ? 'Success' : '',
  CallUpdatesVersion: ver, Type: 'ACSCallSummaryUpdates' });
const d6 = (leg, server, tg, ver, media, stream, dir, codec, m) => azRow({ ...base6, TimeGenerated: tg, OperationName: 'CallDiagnostics',
  Category: 'CallDiagnostics', Identifier: server ? '' : leg.id, ParticipantId: leg.p, EndpointId: server ? '' : leg.e,
  EndpointType: server ? 'Server' : 'VoIP', MediaType: media, StreamId: stream, TransportType: 'UDP', ...m,
  StreamDirection: dir, CodecName: codec, CallUpdatesVersion: ver, Type: 'ACSCallDiagnosticsUpdates' });
const T1 = '2026-11-20T11:37:02.0312345Z', T2 = '2026-11-20T12:21:40.7781203Z';
const c6 = [
  s6(P6.p1, T1, 1, false),
  s6(P6.p1, T2, 2, true),
  s6(P6.p2, T2, 2, true),
  s6(P6.p2, T1, 1, false),
  // P1 outbound audio: v1 poor (server-side estimate), v2 exactly at every audio average's limit (its maxima, 340 ms and 0.31, past theirs).
  d6(P6.p1, false, T1, 1, 'Audio', 7101, 'Outbound', 'OPUS', { RoundTripTimeAvg: 742, RoundTripTimeMax: 1310, JitterAvg: 44, JitterMax: 120, PacketLossRateAvg: 0.18, PacketLossRateMax: 0.41 }),
  d6(P6.p1, false, T2, 2, 'Audio', 7101, 'Outbound', 'OPUS', { RoundTripTimeAvg: 500, RoundTripTimeMax: 688, JitterAvg: 30, JitterMax: 57, PacketLossRateAvg: 0.1, PacketLossRateMax: 0.26, JitterBufferSizeAvg: 200, JitterBufferSizeMax: 200, HealedDataRatioAvg: 0.1, HealedDataRatioMax: 0.1, PacketUtilization: 90210 }),
  d6(P6.p1, true, T1, 1, 'Audio', 8101, 'Inbound', 'OPUS', { RoundTripTimeAvg: 96, RoundTripTimeMax: 140, JitterAvg: 6, JitterMax: 15, PacketLossRateAvg: 0.004, PacketLossRateMax: 0.02, JitterBufferSizeAvg: 60, JitterBufferSizeMax: 110, HealedDataRatioAvg: 0.01, HealedDataRatioMax: 0.04, PacketUtilization: 90577 }),
  // P2 inbound video: v2 listed BEFORE v1; v1 poor, v2 exactly at every Video limit.
  d6(P6.p2, true, T2, 2, 'Video', 8202, 'Inbound', 'VP8', { RoundTripTimeAvg: 212, RoundTripTimeMax: 330, JitterAvg: 11, JitterMax: 29, PacketLossRateAvg: 0.02, PacketLossRateMax: 0.07, VideoFrameRateAvg: 7, RecvResolutionHeight: 240, RecvFreezeDurationPerMinuteInMs: 6000, PacketUtilization: 71302, VideoBitRateAvg: 260000, VideoBitRateMax: 540000 }),
  d6(P6.p2, true, T1, 1, 'Video', 8202, 'Inbound', 'VP8', { RoundTripTimeAvg: 212, RoundTripTimeMax: 330, JitterAvg: 11, JitterMax: 29, PacketLossRateAvg: 0.02, PacketLossRateMax: 0.07, VideoFrameRateAvg: 3.2, RecvResolutionHeight: 180, RecvFreezeDurationPerMinuteInMs: 9100 }),
  d6(P6.p2, true, T1, 1, 'VBSS', 8203, 'Inbound', 'H264', { RoundTripTimeAvg: 190, RoundTripTimeMax: 301, JitterAvg: 9, JitterMax: 24, PacketLossRateAvg: 0.015, PacketLossRateMax: 0.05, VideoFrameRateAvg: 1, RecvResolutionHeight: 768, RecvFreezeDurationPerMinuteInMs: 25000, PacketUtilization: 12880, VideoBitRateAvg: 150000, VideoBitRateMax: 610000 }),
  d6(P6.p2, false, T1, 1, 'Audio', 7201, 'Outbound', 'OPUS', { RoundTripTimeAvg: 205, RoundTripTimeMax: 318, JitterAvg: 9, JitterMax: 22, PacketLossRateAvg: 0.01, PacketLossRateMax: 0.05, PacketUtilization: 89140 }),
];
write('log-analytics/az-monitor-query-updates-848d6af0.json', JSON.stringify(c6, null, 2) + '\n');

/* ───────────── Call 7: CallSummary only (shape F, query API response) ───────────── */
const C7 = '959b96af-607a-4ff9-804a-54bd74980481';
const F_COLS = [['TenantId', 'string'], ['TimeGenerated', 'datetime'], ['OperationName', 'string'], ['OperationVersion', 'string'],
  ['Category', 'string'], ['CorrelationId', 'string'], ['Identifier', 'string'], ['CallStartTime', 'datetime'],
  ['CallDuration', 'long'], ['CallType', 'string'], ['TeamsThreadId', 'string'], ['ParticipantId', 'string'],
  ['ParticipantStartTime', 'datetime'], ['ParticipantDuration', 'long'], ['ParticipantEndReason', 'string'],
  ['EndpointId', 'string'], ['EndpointType', 'string'], ['SdkVersion', 'string'], ['OsVersion', 'string'],
  ['ParticipantTenantId', 'string'], ['ParticipantType', 'string'], ['PstnParticipantCallType', 'string'],
  ['ParticipantEndSubCode', 'long'], ['ResultCategory', 'string'], ['SourceSystem', 'string'], ['Type', 'string'], ['_ResourceId', 'string']];
const f7 = (o) => F_COLS.map(([c]) => (o[c] === undefined ? null : o[c]));
const base7 = { TenantId: WS_ID, TimeGenerated: '2026-11-20T11:02:19.604Z', OperationName: 'CallSummary', OperationVersion: '1.0',
  Category: 'CallSummary', CorrelationId: C7, CallStartTime: '2026-11-20T10:40:02.117Z', CallDuration: 388, CallType: 'Group',
  TeamsThreadId: '', ParticipantTenantId: ACS_TENANT, SourceSystem: 'Azure', Type: 'ACSCallSummary', _ResourceId: RID_LC };
const c7 = { tables: [{ name: 'PrimaryResult', columns: F_COLS.map(([name, type]) => ({ name, type })), rows: [
  f7({ ...base7, Identifier: `acs:${ACS_TENANT}_00000025-9a10-5e2c-0f6d-343a0d00e1f3`, ParticipantId: '3b464a7c-4871-4aa7-af69-9a31ac66ab0f',
    ParticipantStartTime: '2026-11-20T10:40:02.117Z', ParticipantDuration: 388, ParticipantEndReason: '0',
    EndpointId: '13f5118d-9432-4758-9273-5d450763fd20', EndpointType: 'VoIP', SdkVersion: '1.31.2.1',
    OsVersion: 'Windows 10.0.19045 Arch: x64', ParticipantType: 'ACS', PstnParticipantCallType: '', ParticipantEndSubCode: 0, ResultCategory: 'Success' }),
  f7({ ...base7, Identifier: '4:+14255550199', ParticipantId: 'b8078daa-d20f-4da9-b373-ec7512488d41',
    ParticipantStartTime: '2026-11-20T10:40:09.880Z', ParticipantDuration: 376, ParticipantEndReason: '0',
    EndpointId: '700f1b67-3f32-4c0e-a666-08bc2db6e6a9', EndpointType: 'PSTN', SdkVersion: '', OsVersion: '',
    ParticipantType: '', PstnParticipantCallType: 'Outbound', ParticipantEndSubCode: 560000, ResultCategory: 'Success' }),
] }] };
write('log-analytics/query-api-callsummary-959b96af.json', JSON.stringify(c7, null, 2) + '\n');

/* ───────────── Call 8: rejoin + errors + client logs (C jsonl, A, H) ───────────── */
const C8 = 'a60ad5d9-ceeb-4b7f-a165-539cb9f7a904';
const E1 = '816d30e1-039e-49bc-889a-2bc5cf6b0de7', E2 = 'b20cd97b-3cac-4599-b4b3-17796ebabb38', E3 = 'a88c88d7-dba7-4228-90a9-7ecf4b0bc034';
const P8 = {
  p1: { p: '2aaed7ee-c815-46c7-a198-9c11109f5308', e: E1, id: `acs:${ACS_TENANT}_00000025-6a2e-77c1-9d24-343a0d00c8f2` },
  p2: { p: '9d64fef3-726a-4c24-8c1c-6796fdc6b428', e: E1, id: `acs:${ACS_TENANT}_00000025-6a2e-77c1-9d24-343a0d00c8f2` },
  p3: { p: 'e0dd0d03-cb5e-4dbe-867e-18fcb59f3083', e: E2, id: `acs:${ACS_TENANT}_00000025-6a2e-5b10-31f7-343a0d00c8e9` },
  p4: { p: 'afe17849-57d3-443b-b587-b3e339ae4c0a', e: E3, id: `acs:${ACS_TENANT}_00000025-6a2e-8f03-c2aa-343a0d00c904` },
};
const ANDROID_OS = 'Android 14.0; Manufacturer: samsung; Product: e3qxxx; Model: SM-S928B; Hardware: qcom';
const t8 = '2026-11-20T09:46:31.226Z';
const s8 = (leg, start, dur, end, sub, cat, sdk, os) => rl(t8, 'CallSummary', C8, {
  identifier: leg.id, callStartTime: '2026-11-20T09:19:58.640Z', callDuration: 1220, callType: 'Group', teamsThreadId: 'null',
  participantId: leg.p, participantStartTime: start, participantDuration: String(dur), participantEndReason: end,
  ParticipantEndSubCode: sub, ResultCategory: cat, endpointId: leg.e, endpointType: 'VoIP', sdkVersion: sdk, osVersion: os,
});
const c8s = [
  s8(P8.p1, '2026-11-20T09:20:03.114Z', 96, '410', '3101', 'UnexpectedClientError', '2.12.0', ANDROID_OS),
  s8(P8.p2, '2026-11-20T09:21:52.306Z', 1040, '0', '0', 'Success', '2.12.0', ANDROID_OS),
  s8(P8.p3, '2026-11-20T09:19:58.640Z', 1210, '0', '0', 'Success', '1.31.2.1', 'Windows 10.0.22631 Arch: x64'),
  s8(P8.p4, '2026-11-20T09:20:40.215Z', 620, '500', '4521', 'UnexpectedServerError', '1.31.2.1', 'Windows 10.0.19045 Arch: x64'),
];
const d8 = (leg, server, media, stream, dir, codec, m, extra = {}) => rl(t8, 'CallDiagnostics', C8, {
  identifier: server ? 'null' : leg.id, participantId: leg.p, endpointId: server ? 'null' : leg.e,
  endpointType: server ? 'Server' : 'VoIP', mediaType: media, streamId: String(stream), transportType: 'UDP', ...m,
  ...extra, StreamDirection: dir, CodecName: codec,
});
const c8d = [
  d8(P8.p1, false, 'Audio', 11201, 'Outbound', 'OPUS', mm(164, 402, 38, 96, 0.12, 0.41), { PacketUtilization: '4380' }),
  d8(P8.p1, true, 'Audio', 12201, 'Inbound', 'OPUS', mm(160, 390, 22, 70, 0.06, 0.22), { JitterBufferSizeAvg: '140', JitterBufferSizeMax: '310', HealedDataRatioAvg: '0.07', HealedDataRatioMax: '0.24', PacketUtilization: '4211' }),
  d8(P8.p2, false, 'Audio', 11202, 'Outbound', 'OPUS', mm(71, 110, 6, 19, 0.004, 0.02), { PacketUtilization: '51377' }),
  d8(P8.p2, true, 'Audio', 12202, 'Inbound', 'OPUS', mm(69, 104, 5, 17, 0.003, 0.018), { JitterBufferSizeAvg: '58', JitterBufferSizeMax: '121', HealedDataRatioAvg: '0.01', HealedDataRatioMax: '0.05', PacketUtilization: '51102' }),
  d8(P8.p2, false, 'Video', 11203, 'Outbound', 'H264', mm(73, 112, 7, 21, 0.006, 0.025), { VideoFrameRateAvg: '24', PacketUtilization: '83210', VideoBitRateAvg: '690000', VideoBitRateMax: '1250000' }),
  d8(P8.p2, true, 'Video', 12203, 'Inbound', 'H264', mm(72, 108, 6, 20, 0.005, 0.022), { VideoFrameRateAvg: '27.5', RecvResolutionHeight: '360', RecvFreezeDurationPerMinuteInMs: '180', PacketUtilization: '80455', VideoBitRateAvg: '740000', VideoBitRateMax: '1300000' }),
  d8(P8.p3, false, 'Audio', 11204, 'Outbound', 'OPUS', mm(44, 61, 2, 7, 0.001, 0.006), { PacketUtilization: '60318' }),
  d8(P8.p3, true, 'Audio', 12204, 'Inbound', 'OPUS', mm(46, 63, 3, 9, 0.002, 0.009), { JitterBufferSizeAvg: '44', JitterBufferSizeMax: '90', HealedDataRatioAvg: '0.01', HealedDataRatioMax: '0.03', PacketUtilization: '60101' }),
  d8(P8.p4, false, 'Audio', 11205, 'Outbound', 'OPUS', mm(52, 70, 4, 11, 0.002, 0.01), { PacketUtilization: '30877' }),
  d8(P8.p4, true, 'Audio', 12205, 'Inbound', 'OPUS', mm(50, 69, 3, 10, 0.001, 0.008), { JitterBufferSizeAvg: '47', JitterBufferSizeMax: '96', HealedDataRatioAvg: '0.01', HealedDataRatioMax: '0.04', PacketUtilization: '30702' }),
];
write('event-hubs/acs-diagnostics-consumer-dump-2026-11-20.jsonl',
  jsonl([{ records: c8s }, { records: c8d.slice(0, 5) }, { records: c8d.slice(5) }]));

// CallClientOperations (shape A, PascalCase properties)
const UA_ANDROID = 'azure-communication-services/1.4.0 azsdk-android-communication-calling/2.12.0 (Android 14; samsung SM-S928B)';
const UA_CHROME = 'azure-communication-services/1.3.2 azsdk-js-communication-calling/1.31.2 (javascript_calling_sdk;#clientTag:5c1f0a9e-2d47-4b6b-a0f1-3e8d0c7b9a12). Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';
const UA_EDGE = 'azure-communication-services/1.3.2 azsdk-js-communication-calling/1.31.2 (javascript_calling_sdk;#clientTag:8e2b7d14-6a3c-4f09-9b51-c7d2e0a4f386). Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0';
const CI = { [E1]: '945a9018-dcd9-4ba1-900f-bc102d5afbb9', [E2]: '9938b7e6-7317-40ff-9b3c-5bf9bd01e975', [E3]: 'e638a53b-41b8-436d-8713-c85373ed76e8' };
const SDKV = { [E1]: '2.12.0', [E2]: '1.31.2.1', [E3]: '1.31.2.1' };
const UAS = { [E1]: UA_ANDROID, [E2]: UA_CHROME, [E3]: UA_EDGE };
const addSec = (iso, s) => new Date(Date.parse(iso) + s * 1000).toISOString();
const op = (leg, ts, name, type, opId, dur, ok, payload) => rl(addSec(ts, 1680.4), 'CallClientOperations', C8, {
  CallClientTimeStamp: ts, OperationName: name, CallId: C8, ParticipantId: leg.p, EndpointId: leg.e, OperationType: type,
  OperationId: opId, DurationMs: String(dur), ResultType: ok ? 'Succeeded' : 'Failed', ResultSignature: ok ? '200' : '500',
  SdkVersion: SDKV[leg.e], UserAgent: UAS[leg.e], ClientInstanceId: CI[leg.e], OperationPayload: JSON.stringify(payload),
}, name);
const ufd = (kind, q, prev) => ({ DiagnosticKind: kind, DiagnosticQuality: q, PreviousDiagnosticQuality: prev });
const ops = [
  op(P8.p3, '2026-11-20T09:19:58.640Z', 'Join', 'client-api-request', '033c8a68-2ba0-46dc-83ba-d5d5495d15c4', 1210, true, { CallType: 'GroupCall', IsVideoOn: false, IsMuted: false }),
  op(P8.p1, '2026-11-20T09:20:03.114Z', 'Join', 'client-api-request', 'bca0aa13-c5ef-40fa-a0ca-6d1d1769285c', 1380, true, { CallType: 'GroupCall', IsVideoOn: false, IsMuted: false }),
  op(P8.p3, '2026-11-20T09:20:07.911Z', 'CreateView', 'client-api-request', '0a6fb938-97a3-415b-8864-3cf6287d7199', 577, true, { StreamType: 'Video', StreamId: '2.0', Source: 'remote', RemoteParticipantId: P8.p1.p }),
  op(P8.p4, '2026-11-20T09:20:40.215Z', 'Join', 'client-api-request', '2edbab8f-a723-4fa6-8aca-47549e3c5d5a', 1045, true, { CallType: 'GroupCall', IsVideoOn: false, IsMuted: true }),
  op(P8.p1, '2026-11-20T09:20:58.402Z', 'UserFacingDiagnostics', 'client-diagnostic-event', 'db287f0b-674f-4759-882b-ed7770ebc593', 0, true, ufd('networkReceiveQuality', 'Bad', 'Good')),
  op(P8.p1, '2026-11-20T09:21:10.880Z', 'CreateView', 'client-api-request', '34cb470f-f258-4362-b929-2de7541f2e8e', 4021, false, { StreamType: 'Video', StreamId: '2.0', Source: 'remote', RemoteParticipantId: P8.p3.p }),
  op(P8.p1, '2026-11-20T09:21:27.015Z', 'UserFacingDiagnostics', 'client-diagnostic-event', '1e301469-8ee1-4cda-b0d9-08f980d8f151', 0, true, ufd('networkReconnect', 'Bad', 'Good')),
  op(P8.p2, '2026-11-20T09:21:52.306Z', 'Join', 'client-api-request', 'ce300f7c-2a92-438e-80d2-4a3d304f879d', 1120, true, { CallType: 'GroupCall', IsVideoOn: true, IsMuted: false }),
  op(P8.p2, '2026-11-20T09:22:31.550Z', 'UserFacingDiagnostics', 'client-diagnostic-event', 'bab5a036-7564-4d3b-adc3-083da0b48116', 0, true, ufd('networkReceiveQuality', 'Good', 'Bad')),
  op(P8.p2, '2026-11-20T09:22:40.094Z', 'CreateView', 'client-api-request', 'e90e20bc-02d0-4562-be60-b52658d7d0ac', 612, true, { StreamType: 'Video', StreamId: '2.0', Source: 'remote', RemoteParticipantId: P8.p3.p }),
  op(P8.p2, '2026-11-20T09:39:12.700Z', 'Hangup', 'client-api-request', 'a45bd440-4261-4206-8169-2ab2cea856db', 233, true, { ForEveryone: false }),
  op(P8.p3, '2026-11-20T09:40:08.003Z', 'Hangup', 'client-api-request', 'cc76b4f3-1239-4607-9164-ee31ed36f1cb', 198, true, { ForEveryone: false }),
];
write(`${blobDir('callclientoperations', '09')}/PT1H.json`, jsonl(ops));

// CallClientMediaStatsTimeSeries (shape H: gzip of shape A)
const stat = (leg, ts, metric, dir, type, codec, avg, spread, remote) => {
  const min = Math.max(0, +(avg - spread).toFixed(2)), max = +(avg + spread * 1.6).toFixed(2);
  return rl(addSec(ts, 41.7), 'CallClientMediaStatsTimeSeries', C8, {
    OperationName: 'CallClientMediaStatsTimeSeries', CallId: C8, CallClientTimeStamp: ts, MetricName: metric,
    Count: '10', Sum: String(+(avg * 10).toFixed(2)), Average: String(avg), Minimum: String(min), Maximum: String(max),
    MediaStreamDirection: dir, MediaStreamType: type, MediaStreamCodec: codec, ParticipantId: leg.p, EndpointId: leg.e,
    RemoteParticipantId: remote, ClientInstanceId: CI[leg.e], AggregationIntervalSeconds: '10',
  });
};
const stats = [];
const p1Jr = [6, 8, 12, 34, 47, 52, 41, 38, 29], p1Js = [5, 7, 10, 22, 31, 36, 33, 27, 20];
const p1Rtt = [88, 95, 120, 180, 240, 265, 230, 210, 190], p1Lost = [0, 0.2, 0.6, 3.1, 5.4, 6.2, 4.8, 4.1, 2.7];
for (let i = 0; i < 9; i++) {
  const ts = addSec('2026-11-20T09:20:10.000Z', i * 10);
  stats.push(stat(P8.p1, ts, 'JitterInMs', 'recv', 'audio', 'OPUS', p1Jr[i], Math.ceil(p1Jr[i] / 3), P8.p3.p));
  stats.push(stat(P8.p1, ts, 'JitterInMs', 'send', 'audio', 'OPUS', p1Js[i], Math.ceil(p1Js[i] / 3), P8.p3.p));
  stats.push(stat(P8.p1, ts, 'RoundTripTimeInMs', 'send', 'audio', 'OPUS', p1Rtt[i], Math.ceil(p1Rtt[i] / 8), P8.p3.p));
  stats.push(stat(P8.p1, ts, 'PacketsLostPerSecond', 'recv', 'audio', 'OPUS', p1Lost[i], Math.ceil(p1Lost[i] / 2), P8.p3.p));
}
const p2Jr = [9, 7, 6, 5, 5, 6], p2Rtt = [82, 75, 71, 70, 69, 70], p2Fps = [24, 27, 28, 28, 28, 27];
for (let i = 0; i < 6; i++) {
  const ts = addSec('2026-11-20T09:22:00.000Z', i * 10);
  stats.push(stat(P8.p2, ts, 'JitterInMs', 'recv', 'audio', 'OPUS', p2Jr[i], 3, P8.p3.p));
  stats.push(stat(P8.p2, ts, 'RoundTripTimeInMs', 'send', 'audio', 'OPUS', p2Rtt[i], 9, P8.p3.p));
  stats.push(stat(P8.p2, ts, 'FramesPerSecond', 'recv', 'video', 'H264', p2Fps[i], 2, P8.p3.p));
}
const statsPlain = write(`${blobDir('callclientmediastatstimeseries', '09')}/PT1H.json`, jsonl(stats));
execFileSync('gzip', ['-k', '-n', '-f', statsPlain]);
fs.rmSync(statsPlain);

// End-of-call survey (ACSCallSurvey, az CLI rows: every value a string, null as "None"). Its CorrelationId holds
// the participant; CallId names the call.
const survey = (leg, overall, audio, audioIssues) => ({
  TenantId: WS_ID, TimeGenerated: '2026-11-20T09:41:02.1180000Z', OperationName: 'CallSurvey', OperationVersion: '1.0',
  Category: 'CallSurvey', CorrelationId: leg.p, CallId: C8, ParticipantId: leg.p, SurveyId: `${leg.p.slice(0, 8)}-5e0e-4c1b-9d1f-0c6a8e2f7b31`,
  OverallRatingScore: String(overall), OverallRatingScoreLowerBound: '1', OverallRatingScoreUpperBound: '5', OverallRatingScoreThreshold: '3',
  OverallCallIssues: overall <= 2 ? 'CallDropped' : 'None', AudioRatingScore: String(audio), AudioRatingScoreLowerBound: '1',
  AudioRatingScoreUpperBound: '5', AudioRatingScoreThreshold: '3', AudioIssues: audioIssues, VideoRatingScore: 'None',
  VideoRatingScoreLowerBound: 'None', VideoRatingScoreUpperBound: 'None', VideoRatingScoreThreshold: 'None', VideoIssues: 'None',
  ScreenshareRatingScore: 'None', ScreenshareRatingScoreLowerBound: 'None', ScreenshareRatingScoreUpperBound: 'None',
  ScreenshareRatingScoreThreshold: 'None', ScreenshareIssues: 'None', SourceSystem: 'Azure', Type: 'ACSCallSurvey', TableName: 'PrimaryResult',
});
write('log-analytics/az-monitor-query-survey-a60ad5d9.json', JSON.stringify([survey(P8.p2, 2, 2, 'Distorted,Echo'), survey(P8.p3, 4, 4, 'None')], null, 2) + '\n');
console.log('generated; ops', ops.length, 'stats', stats.length);
