#!/usr/bin/env node
// End-to-end speed of the built CLI on generated exports: `npm run bench [-- --mb 50]`.
// Generates (once, under /tmp, never in the repository) realistic CallSummary + CallDiagnostics records
// for many calls as JSON Lines, as a pretty-printed JSON array and as gzip, then times
// `summarize --format json` on each and `call <id>` (which tests raw bytes before parsing) on the JSON Lines.
// Wall time and peak RSS come from /usr/bin/time; each run is a fresh process, best of three.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { createReadStream } from 'node:fs';

const args = process.argv.slice(2);
const mb = Number(args[args.indexOf('--mb') + 1] ?? 50) || 50;
const dir = `/tmp/acs-calllogs-bench-e2e-${mb}mb`;
const bin = fileURLToPath(new URL('../bin/acs-calllogs.js', import.meta.url));
const RID = '/SUBSCRIPTIONS/00000000-0000-0000-0000-000000000000/RESOURCEGROUPS/RG/PROVIDERS/MICROSOFT.COMMUNICATION/COMMUNICATIONSERVICES/ACS';
const hex = (n, w) => (n >>> 0).toString(16).padStart(w, '0').slice(-w);
const uuid = (n) => `${hex(n * 2654435761, 8)}-${hex(n, 4)}-4${hex(n * 7, 3)}-8${hex(n * 13, 3)}-${hex(n * 40503, 8)}${hex(n, 4)}`;

function* records(targetBytes) {
  let bytes = 0;
  for (let call = 1; bytes < targetBytes; call++) {
    const id = uuid(call);
    const start = new Date(Date.UTC(2026, 10, 20) + call * 60_000);
    for (let leg = 0; leg < 3; leg++) {
      const participantId = uuid(call * 10 + leg);
      const summary = {
        time: start.toISOString(), resourceId: RID, operationName: 'CallSummary', operationVersion: '1.0', category: 'CallSummary', correlationId: id,
        properties: {
          identifier: `acs:${uuid(leg)}_${hex(call, 8)}`, callStartTime: start.toISOString(), callDuration: 300, callType: 'Group', teamsThreadId: 'null',
          participantId, participantStartTime: start.toISOString(), participantDuration: '290', participantEndReason: '0',
          endpointId: uuid(call * 100 + leg), endpointType: 'VoIP', sdkVersion: '1.31.2.1', osVersion: 'Windows 10.0.22631 Arch: x64',
        },
      };
      yield summary;
      for (const [endpointType, mediaType] of [['VoIP', 'Audio'], ['Server', 'Audio'], ['VoIP', 'Video']]) {
        const diag = {
          time: start.toISOString(), resourceId: RID, operationName: 'CallDiagnostics', operationVersion: '1.0', category: 'CallDiagnostics', correlationId: id,
          properties: {
            identifier: endpointType === 'Server' ? null : `acs:${uuid(leg)}_${hex(call, 8)}`, participantId, endpointId: endpointType === 'Server' ? null : uuid(call * 100 + leg),
            endpointType, mediaType, streamId: String(1000 + leg), transportType: 'UDP',
            roundTripTimeAvg: String(40 + ((call * 7 + leg) % 600)), roundTripTimeMax: '700', jitterAvg: String((call + leg) % 40), jitterMax: '50',
            packetLossRateAvg: '3.146336E-05', packetLossRateMax: '0.001769911', jitterBufferSizeAvg: '40', healedDataRatioAvg: '0.01',
            ...(mediaType === 'Video' ? { videoFrameRateAvg: String(5 + (call % 25)), recvResolutionHeight: '360', recvFreezeDurationPerMinuteInMs: '120' } : {}),
          },
        };
        yield diag;
      }
    }
    bytes += 12 * 700;
  }
}

async function write(path, render) {
  if (existsSync(path)) return;
  const out = createWriteStream(path);
  for (const chunk of render()) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

mkdirSync(dir, { recursive: true });
const jsonl = join(dir, 'PT1H.json');
const array = join(dir, 'export.json');
const gz = join(dir, 'PT1H.json.gz');
await write(jsonl, function* () { for (const r of records(mb * 1e6)) yield `${JSON.stringify(r)}\n`; });
await write(array, function* () {
  let first = true;
  yield '[\n';
  for (const r of records(mb * 1e6)) { yield `${first ? '' : ',\n'}${JSON.stringify(r, null, 2)}`; first = false; }
  yield '\n]\n';
});
if (!existsSync(gz)) await pipeline(createReadStream(jsonl), createGzip(), (await import('node:fs')).createWriteStream(gz));

function run(label, cliArgs, file, inflated = file) {
  let best = null;
  for (let i = 0; i < 3; i++) {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, bin, ...cliArgs], { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`${label}: exit ${r.status}: ${r.stderr.slice(-400)}`);
    const [seconds, kb] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
    if (!best || seconds < best.seconds) best = { seconds, kb, stdout: r.stdout };
  }
  // Throughput is of the text read: a gzip file counts at its inflated size.
  const size = statSync(inflated).size / 1e6;
  console.log(`${label.padEnd(34)} ${size.toFixed(0).padStart(5)} MB  ${best.seconds.toFixed(2).padStart(6)} s  ${(size / best.seconds).toFixed(0).padStart(4)} MB/s  peak RSS ${(best.kb / 1024).toFixed(0)} MB`);
  return best;
}

console.log(`node ${process.version}, data in ${dir}`);
const s = run('summarize --format json, JSON Lines', ['summarize', jsonl, '--format', 'json'], jsonl);
const doc = JSON.parse(s.stdout);
console.log(`${''.padEnd(34)} ${doc.input.records} records, ${doc.totals.calls} calls, ${doc.totals.streams} streams`);
run('summarize --format json, JSON array', ['summarize', array, '--format', 'json'], array);
run('summarize --format json, gzip', ['summarize', gz, '--format', 'json'], gz, jsonl);
run('call <id> (raw-byte prefilter)', ['call', doc.calls.at(-1).correlationId, jsonl, '--format', 'json'], jsonl);
