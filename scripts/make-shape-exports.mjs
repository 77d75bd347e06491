#!/usr/bin/env node
// The bench's JSON Lines export in the other shapes the CLI reads, for timing them against it (README, Speed):
// Event Hubs Capture files (codecs null and deflate: EventData of 100 records, 10 a block), a portal CSV of one union
// sheet (BOM, `TimeGenerated [UTC]`, en-US times, empty cells for null) and a query API response on one line.
// `node scripts/make-shape-exports.mjs <PT1H.json> <out dir>`; reads the JSON Lines into memory (~1 GB of heap for
// 230 MB: run with --max-old-space-size=6000). The out dir must exist; nothing is written beside the input.
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { deflateRawSync } from 'node:zlib';
import { once } from 'node:events';
import avro from 'avsc';
const [SRC, OUT] = process.argv.slice(2);
if (SRC === undefined || OUT === undefined) throw new Error('usage: make-shape-exports.mjs <PT1H.json> <out dir>');
const SCHEMA = { type: 'record', name: 'EventData', namespace: 'Microsoft.ServiceBus.Messaging', fields: [
  { name: 'SequenceNumber', type: 'long' }, { name: 'Offset', type: 'string' }, { name: 'EnqueuedTimeUtc', type: 'string' },
  { name: 'SystemProperties', type: { type: 'map', values: ['long', 'double', 'string', 'bytes'] } },
  { name: 'Properties', type: { type: 'map', values: ['long', 'double', 'string', 'bytes', 'null'] } },
  { name: 'Body', type: ['null', 'bytes'] } ] };
const HEADER = avro.Type.forSchema({ type: 'record', name: 'org.apache.avro.file.Header', fields: [
  { name: 'magic', type: { type: 'fixed', name: 'Magic', size: 4 } }, { name: 'meta', type: { type: 'map', values: 'bytes' } },
  { name: 'sync', type: { type: 'fixed', name: 'Sync', size: 16 } } ] });
const type = avro.Type.forSchema(SCHEMA, { wrapUnions: true });
const long = avro.Type.forSchema('long');
const SYNC = Buffer.from('acs-calllogs-big');
const PER_ENVELOPE = 100, PER_BLOCK = 10;

class Out { constructor(p) { this.s = createWriteStream(p); } async w(b) { if (!this.s.write(b)) await once(this.s, 'drain'); } async end() { this.s.end(); await once(this.s, 'finish'); } }
const avroOut = { null: new Out(`${OUT}/capture-null.avro`), deflate: new Out(`${OUT}/capture-deflate.avro`) };
for (const [codec, o] of Object.entries(avroOut)) await o.w(HEADER.toBuffer({ magic: Buffer.from('Obj\x01', 'latin1'), meta: { 'avro.codec': Buffer.from(codec), 'avro.schema': Buffer.from(JSON.stringify(SCHEMA)) }, sync: SYNC }));
let envelope = [], block = [], seq = 0;
async function flushEnvelope() {
  if (envelope.length === 0) return;
  const body = `{"records":[${envelope.join(',')}]}`; envelope = [];
  block.push(type.toBuffer({ SequenceNumber: seq, Offset: String(seq * 4096), EnqueuedTimeUtc: '11/20/2026 9:00:00 AM', SystemProperties: { 'x-opt-sequence-number': { long: seq } }, Properties: {}, Body: { bytes: Buffer.from(body) } }));
  seq++;
  if (block.length >= PER_BLOCK) await flushBlock();
}
async function flushBlock() {
  if (block.length === 0) return;
  const data = Buffer.concat(block);
  for (const [codec, o] of Object.entries(avroOut)) { const d = codec === 'deflate' ? deflateRawSync(data) : data; await o.w(Buffer.concat([long.toBuffer(block.length), long.toBuffer(d.length), d, SYNC])); }
  block = [];
}
// Log Analytics columns: one union sheet of both tables.
const COLUMNS = ['TenantId', 'SourceSystem', 'TimeGenerated', 'CorrelationId', 'OperationName', 'OperationVersion', 'Level', 'Type', '_ResourceId'];
const TABLE = { CallSummary: 'ACSCallSummary', CallDiagnostics: 'ACSCallDiagnostics' };
const pascal = (k) => k[0].toUpperCase() + k.slice(1);
const isoToUs = (s) => { const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d{3})\d*Z$/.exec(s); if (!m) return s; let h = +m[4]; const ap = h >= 12 ? 'PM' : 'AM'; h = h % 12 || 12; return `${+m[2]}/${+m[3]}/${m[1]}, ${h}:${m[5]}:${m[6]}.${m[7]} ${ap}`; };
const rows = [];
const lines = createInterface({ input: createReadStream(SRC), crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') continue;
  envelope.push(line);
  if (envelope.length >= PER_ENVELOPE) await flushEnvelope();
  const r = JSON.parse(line); const p = typeof r.properties === 'string' ? JSON.parse(r.properties) : r.properties;
  const row = { TenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47', SourceSystem: 'Azure', Level: 'Informational', _ResourceId: r.resourceId.toLowerCase(), TimeGenerated: r.time, CorrelationId: r.correlationId, OperationName: r.operationName, OperationVersion: r.operationVersion, Type: TABLE[r.category] ?? r.category };
  for (const [k, v] of Object.entries(p)) { const c = pascal(k); if (!COLUMNS.includes(c)) COLUMNS.push(c); row[c] = v; }
  rows.push(row);
}
await flushEnvelope(); await flushBlock();
for (const o of Object.values(avroOut)) await o.end();
// CSV as the portal writes it: BOM, "TimeGenerated [UTC]", en-US times, empty for null, quotes where needed.
const TIMES = new Set(['TimeGenerated', 'CallStartTime', 'ParticipantStartTime']);
const cell = (c, v) => { if (v === null || v === undefined) return ''; let s = TIMES.has(c) ? isoToUs(String(v)) : String(v); return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; };
const csv = new Out(`${OUT}/export.csv`);
await csv.w('\ufeff' + COLUMNS.map((c) => (c === 'TimeGenerated' ? 'TimeGenerated [UTC]' : c)).join(',') + '\n');
let buf = [];
for (const row of rows) { buf.push(COLUMNS.map((c) => cell(c, row[c])).join(',')); if (buf.length >= 5000) { await csv.w(buf.join('\n') + '\n'); buf = []; } }
await csv.w(buf.join('\n') + (buf.length ? '\n' : '')); await csv.end();
// Query API: one line (as the API returns it) and pretty (as `az rest` / jq . write it).
const head = { name: 'PrimaryResult', columns: COLUMNS.map((c) => ({ name: c, type: c === 'CallDuration' ? 'long' : TIMES.has(c) ? 'datetime' : 'string' })) };
const q1 = new Out(`${OUT}/query-api.json`);
await q1.w(`{"tables":[{"name":"PrimaryResult","columns":${JSON.stringify(head.columns)},"rows":[`);
buf = [];
for (let i = 0; i < rows.length; i++) { buf.push(JSON.stringify(COLUMNS.map((c) => rows[i][c] ?? null))); if (buf.length >= 5000) { await q1.w(buf.join(',') + (i < rows.length - 1 ? ',' : '')); buf = []; } }
await q1.w(buf.join(',') + ']}]}\n'); await q1.end();
console.log(COLUMNS.join(','), rows.length, seq);
