#!/usr/bin/env node
// Throughput of the input layer (dist/src/input) on generated ACS call logs.
//   node scripts/bench-input.mjs [jsonl|array|envelope|csv|all] [--mb 100] [--dir /tmp/acs-calllogs-bench]
// Build first (npx tsc -p tsconfig.json). Data is generated once under --dir (never in the repository);
// each case runs in its own process so that its peak RSS is its own.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const which = args.find((a) => !a.startsWith('--') && !args[args.indexOf(a) - 1]?.startsWith('--')) ?? 'all';
const targetMb = Number(option('--mb', '100'));
const dir = option('--dir', '/tmp/acs-calllogs-bench');
const CASES = ['jsonl', 'array', 'envelope', 'csv'];

const RID = '/SUBSCRIPTIONS/XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX/RESOURCEGROUPS/ACS-TEST-RG/PROVIDERS/MICROSOFT.COMMUNICATION/COMMUNICATIONSERVICES/ACS-PROD-CCTS-TESTS';
const hex = (n, width) => n.toString(16).padStart(width, '0');
const uuid = (n) => `${hex(n * 2654435761 % 0xffffffff, 8)}-${hex(n % 0xffff, 4)}-4${hex(n % 0xfff, 3)}-8${hex((n * 7) % 0xfff, 3)}-${hex(n * 40503 % 0xffffffffffff, 12)}`;

/** A CallDiagnostics resource-log record like the seed's examples: numbers as strings, "null" strings. */
function diagnostics(i) {
  const call = Math.floor(i / 8);
  return {
    time: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
    resourceId: RID,
    operationName: 'CallDiagnostics',
    operationVersion: '1.0',
    category: 'CallDiagnostics',
    correlationId: uuid(call + 1),
    properties: {
      identifier: `acs:61fddbe3-0003-4066-97bc-6aaf143bbb84_0000000b-${hex(i % 0xffff, 4)}-66cf-ac00-343a0d003158`,
      participantId: i % 3 === 0 ? 'null' : uuid(call * 8 + (i % 4) + 7),
      endpointId: i % 5 === 0 ? null : uuid(call * 16 + (i % 2) + 3),
      endpointType: i % 5 === 0 ? 'Server' : 'VoIP',
      mediaType: ['Audio', 'Video', 'VBSS'][i % 3],
      streamId: String(1000 + (i % 97)),
      transportType: 'UDP',
      roundTripTimeAvg: String(40 + (i % 60)),
      roundTripTimeMax: String(90 + (i % 80)),
      jitterAvg: String(i % 7),
      jitterMax: String(i % 30),
      packetLossRateAvg: i % 11 === 0 ? '3.146336E-05' : '0',
      packetLossRateMax: i % 13 === 0 ? '0.001769911' : '0',
    },
  };
}

function flat(i) {
  const r = diagnostics(i);
  return { TimeGenerated: r.time, CorrelationId: r.correlationId, ...Object.fromEntries(Object.entries(r.properties).map(([k, v]) => [k[0].toUpperCase() + k.slice(1), v ?? ''])), Type: 'ACSCallDiagnostics' };
}

async function generate(kind, file) {
  const out = createWriteStream(file);
  const limit = targetMb * 1024 * 1024;
  let bytes = 0;
  let i = 0;
  const write = async (text) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  if (kind === 'array') await write('[\n');
  if (kind === 'envelope') await write('{\n  "records": [\n');
  if (kind === 'csv') await write(`${Object.keys(flat(0)).join(',')}\r\n`);
  while (bytes < limit) {
    const last = bytes >= limit - 4096;
    if (kind === 'jsonl') await write(`${JSON.stringify(diagnostics(i))}\n`);
    else if (kind === 'csv') await write(`${Object.values(flat(i)).map((v) => (/[",\n]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : v)).join(',')}\r\n`);
    else {
      const indent = kind === 'array' ? '  ' : '    ';
      const text = JSON.stringify(diagnostics(i), null, 2).replaceAll('\n', `\n${indent}`);
      await write(`${i === 0 ? '' : ',\n'}${indent}${text}`);
    }
    i++;
    if (last) break;
  }
  if (kind === 'array') await write('\n]\n');
  if (kind === 'envelope') await write('\n  ]\n}\n');
  out.end();
  await once(out, 'finish');
}

async function measure(file) {
  const { readInputs } = await import(new URL('../dist/src/input/read-inputs.js', import.meta.url).href);
  const counts = { record: 0, invalid: 0, filtered: 0 };
  let shape = '';
  const started = process.hrtime.bigint();
  for await (const event of readInputs([file])) {
    if (event.kind === 'file') shape = event.shape;
    else if (event.kind in counts) counts[event.kind]++;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const mb = statSync(file).size / 1024 / 1024;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    `${shape.padEnd(16)} ${mb.toFixed(1).padStart(6)} MB  ${seconds.toFixed(2).padStart(6)} s  ${(mb / seconds).toFixed(0).padStart(4)} MB/s  ` +
      `${String(counts.record).padStart(8)} records  ${counts.invalid} invalid  peak RSS ${peakMb.toFixed(0)} MB`,
  );
}

const file = (kind) => join(dir, `calldiagnostics-${targetMb}mb.${{ jsonl: 'jsonl', array: 'json', envelope: 'envelope.json', csv: 'csv' }[kind]}`);

if (args.includes('--measure')) {
  await measure(option('--measure', ''));
} else {
  const kinds = which === 'all' ? CASES : [which];
  mkdirSync(dir, { recursive: true });
  for (const kind of kinds) {
    if (!CASES.includes(kind)) throw new Error(`unknown case ${kind}: one of ${CASES.join(', ')}, all`);
    const path = file(kind);
    if (!existsSync(path)) await generate(kind, path);
    const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--measure', path], { stdio: 'inherit' });
    if (run.status !== 0) process.exitCode = 1;
  }
}
