// Deterministic ACS call-log exports for `npm run bench` (generated under /tmp, never committed):
// CallSummary + CallDiagnostics records of many group calls, as JSON Lines, a pretty-printed JSON array,
// a JSON array with one minified element a line, Event Hubs envelopes one a line, jq's pretty stream (`jq .`),
// gzip, and the JSON Lines cut into ~100 KB blobs, one a folder, as a storage account archives an hour of logs.
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

const RID = '/SUBSCRIPTIONS/00000000-0000-0000-0000-000000000000/RESOURCEGROUPS/RG/PROVIDERS/MICROSOFT.COMMUNICATION/COMMUNICATIONSERVICES/ACS';
const hex = (n, w) => (n >>> 0).toString(16).padStart(w, '0').slice(-w);
// The ACS resource's id: the first part of every `8:acs:<resource>_<user>` identifier of its users. A constant, and
// no call's id: when it was `uuid(leg)` it was calls 1 and 2's correlation ids too, and `call <id>` on either found
// its id in a third of the export (every call's legs 1 or 2) and parsed them all.
const RESOURCE = 'e5b7c3a1-0d2f-4c6e-9a8b-7f1e2d3c4b5a';
// A call's id has 4 where a UUID's version goes, a participant's 5 and an endpoint's 6: their numbers overlap (call
// 10c + l's id was call c's leg l's participantId), their ids do not.
const uuid = (n, version = 4) => `${hex(n * 2654435761, 8)}-${hex(n, 4)}-${version}${hex(n * 7, 3)}-8${hex(n * 13, 3)}-${hex(n * 40503, 8)}${hex(n, 4)}`;

/** Records of calls 1, 2, … (3 legs, 9 streams each) until about `targetBytes` of JSON Lines. */
export function* records(targetBytes) {
  let bytes = 0;
  for (let call = 1; bytes < targetBytes; call++) {
    const id = uuid(call);
    const start = new Date(Date.UTC(2026, 10, 20) + call * 60_000).toISOString();
    for (let leg = 0; leg < 3; leg++) {
      const participantId = uuid(call * 10 + leg, 5);
      yield {
        time: start, resourceId: RID, operationName: 'CallSummary', operationVersion: '1.0', category: 'CallSummary', correlationId: id,
        properties: {
          identifier: `acs:${RESOURCE}_${hex(call * 3 + leg, 8)}`, callStartTime: start, callDuration: 300, callType: 'Group', teamsThreadId: 'null',
          participantId, participantStartTime: start, participantDuration: '290', participantEndReason: '0',
          endpointId: uuid(call * 100 + leg, 6), endpointType: 'VoIP', sdkVersion: '1.31.2.1', osVersion: 'Windows 10.0.22631 Arch: x64',
        },
      };
      for (const [endpointType, mediaType] of [['VoIP', 'Audio'], ['Server', 'Audio'], ['VoIP', 'Video']]) {
        const server = endpointType === 'Server';
        yield {
          time: start, resourceId: RID, operationName: 'CallDiagnostics', operationVersion: '1.0', category: 'CallDiagnostics', correlationId: id,
          properties: {
            identifier: server ? null : `acs:${RESOURCE}_${hex(call * 3 + leg, 8)}`, participantId, endpointId: server ? null : uuid(call * 100 + leg, 6),
            endpointType, mediaType, streamId: String(1000 + leg), transportType: 'UDP',
            roundTripTimeAvg: String(40 + ((call * 7 + leg) % 600)), roundTripTimeMax: '700', jitterAvg: String((call + leg) % 40), jitterMax: '50',
            packetLossRateAvg: '3.146336E-05', packetLossRateMax: '0.001769911', jitterBufferSizeAvg: '40', healedDataRatioAvg: '0.01',
            ...(mediaType === 'Video' ? { videoFrameRateAvg: String(5 + (call % 25)), recvResolutionHeight: '360', recvFreezeDurationPerMinuteInMs: '120' } : {}),
          },
        };
      }
    }
    bytes += 12 * 700;
  }
}

const LAYOUTS = {
  jsonl: function* (mb) {
    for (const r of records(mb * 1e6)) yield `${JSON.stringify(r)}\n`;
  },
  array: function* (mb) {
    let first = true;
    yield '[\n';
    for (const r of records(mb * 1e6)) {
      yield `${first ? '' : ',\n'}${JSON.stringify(r, null, 2)}`;
      first = false;
    }
    yield '\n]\n';
  },
  'array-lines': function* (mb) {
    let first = true;
    yield '[\n';
    for (const r of records(mb * 1e6)) {
      yield `${first ? '' : ',\n'}${JSON.stringify(r)}`;
      first = false;
    }
    yield '\n]\n';
  },
  // `jq . PT1H.json`: records pretty-printed one after another, no array, no commas (read as a json-stream).
  stream: function* (mb) {
    for (const r of records(mb * 1e6)) yield `${JSON.stringify(r, null, 2)}\n`;
  },
  envelopes: function* (mb) {
    let batch = [];
    for (const r of records(mb * 1e6)) {
      batch.push(r);
      if (batch.length === 100) {
        yield `${JSON.stringify({ records: batch })}\n`;
        batch = [];
      }
    }
    if (batch.length > 0) yield `${JSON.stringify({ records: batch })}\n`;
  },
};

async function write(path, chunks) {
  const out = createWriteStream(`${path}.part`);
  for (const chunk of chunks) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  renameSync(`${path}.part`, path);
}

/** Generates (once) every layout of a `mb` MB export under `dir`; returns their paths. */
export async function generateExports(dir, mb) {
  const files = {
    jsonl: join(dir, 'PT1H.json'),
    array: join(dir, 'export-pretty.json'),
    'array-lines': join(dir, 'export-lines.json'),
    envelopes: join(dir, 'eventhubs.json'),
    stream: join(dir, 'jq-pretty-stream.json'),
    gzip: join(dir, 'PT1H.json.gz'),
    blobs: join(dir, 'blobs'),
  };
  for (const [layout, render] of Object.entries(LAYOUTS)) if (!existsSync(files[layout])) await write(files[layout], render(mb));
  if (!existsSync(files.gzip)) {
    await pipeline(createReadStream(files.jsonl), createGzip(), createWriteStream(`${files.gzip}.part`));
    renameSync(`${files.gzip}.part`, files.gzip);
  }
  if (!existsSync(files.blobs)) writeBlobs(files.jsonl, files.blobs);
  return files;
}

/** The JSON Lines cut at line ends into files of ~100 KB, `h=0000/PT1H.json`, `h=0001/PT1H.json`, … */
function writeBlobs(jsonl, dir) {
  const text = readFileSync(jsonl);
  const part = `${dir}.part`;
  let start = 0;
  for (let n = 0; start < text.length; n++) {
    const cut = text.indexOf(0x0a, Math.min(text.length - 1, start + 100_000));
    const end = cut < 0 ? text.length : cut + 1;
    mkdirSync(join(part, `h=${String(n).padStart(4, '0')}`), { recursive: true });
    writeFileSync(join(part, `h=${String(n).padStart(4, '0')}`, 'PT1H.json'), text.subarray(start, end));
    start = end;
  }
  renameSync(part, dir);
}
