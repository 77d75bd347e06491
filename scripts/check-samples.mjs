#!/usr/bin/env node
// Recounts the records of every file under samples/ (independently of the tool's own reader) and
// checks the figures against the "input" section of test/fixtures/samples-expected.json.
//
//   node scripts/check-samples.mjs [samplesDir] [expectedJson]
//
// Shapes are recognised from content, never from the file name: gzip magic bytes, then a whole-file
// JSON value (array / {"records":[…]} envelope / {"tables":[…]} query-API response / single object),
// then JSON lines (each line a record or an envelope), else CSV (csv-parse).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const samplesDir = path.resolve(process.argv[2] ?? path.join(root, 'samples'));
const expectedFile = path.resolve(process.argv[3] ?? path.join(root, 'test/fixtures/samples-expected.json'));

const KNOWN = ['CallSummary', 'CallDiagnostics', 'CallClientOperations', 'CallClientMediaStatsTimeSeries', 'CallSurvey'];

function walk(dir) {
  const out = [];
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) out.push(...walk(p));
    else if (ent.isFile()) out.push(p);
  }
  return out.sort();
}

/** Case-insensitive field lookup on a record: top level first, then inside properties (object or JSON string). */
function field(rec, name) {
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(rec)) if (k.toLowerCase() === lower) return v;
  let props = rec.properties;
  if (typeof props === 'string') {
    try { props = JSON.parse(props); } catch { props = null; }
  }
  if (props && typeof props === 'object') {
    for (const [k, v] of Object.entries(props)) if (k.toLowerCase() === lower) return v;
  }
  return undefined;
}

function norm(v) {
  if (v === undefined || v === null) return null;
  const s = String(v).trim();
  return s === '' || s === 'null' || s === 'None' ? null : s;
}

/** Category as the tool should see it: LA table names mapped back to diagnostic-setting categories. */
function categoryOf(rec) {
  const type = norm(rec.Type ?? rec.type);
  if (type && /^ACS/.test(type)) return type.replace(/^ACS/, '').replace(/Updates$/, '');
  const cat = norm(rec.category ?? rec.Category);
  if (cat) return KNOWN.includes(cat.replace(/Updates$/, '')) ? cat.replace(/Updates$/, '') : cat;
  return '(none)';
}

function readFile(file) {
  let buf = fs.readFileSync(file);
  const gzip = buf.length > 2 && buf[0] === 0x1f && buf[1] === 0x8b;
  if (gzip) buf = zlib.gunzipSync(buf);
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const trimmed = text.trimStart();
  let records;
  let shape;
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let whole;
    try { whole = JSON.parse(text); } catch { whole = undefined; }
    if (Array.isArray(whole)) {
      shape = 'json-array';
      records = whole;
    } else if (whole && Array.isArray(whole.tables)) {
      shape = 'query-api';
      records = [];
      for (const t of whole.tables) {
        for (const row of t.rows) {
          const o = {};
          t.columns.forEach((c, i) => { o[c.name] = row[i]; });
          records.push(o);
        }
      }
    } else if (whole && Array.isArray(whole.records)) {
      shape = 'records-envelope';
      records = whole.records;
    } else if (whole && typeof whole === 'object') {
      shape = 'json-lines';
      records = [whole];
    } else {
      shape = 'json-lines';
      records = [];
      for (const line of text.split(/\r?\n/)) {
        if (!line.trim()) continue;
        const o = JSON.parse(line);
        if (o && Array.isArray(o.records)) records.push(...o.records);
        else records.push(o);
      }
      if (text.split(/\r?\n/).some((l) => l.trim().startsWith('{"records"'))) shape = 'json-lines (envelopes)';
    }
  } else {
    shape = 'csv';
    records = parseCsv(text, { columns: true, skip_empty_lines: true, relax_column_count: false });
  }
  return { gzip, shape, records, crlf: /\r\n/.test(text), bom: buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf };
}

function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

const files = walk(samplesDir);
const byCategory = {};
const seen = new Set();
const versions = new Map(); // stream/leg key -> count of versioned records
let records = 0;
let duplicates = 0;
console.log(`${'records'.padStart(7)}  ${'shape'.padEnd(24)} file`);
for (const file of files) {
  const { gzip, shape, records: recs, crlf, bom } = readFile(file);
  const perCat = {};
  for (const rec of recs) {
    const cat = categoryOf(rec);
    perCat[cat] = (perCat[cat] ?? 0) + 1;
    byCategory[cat] = (byCategory[cat] ?? 0) + 1;
    records++;
    const key = canonical(rec);
    if (seen.has(key)) { duplicates++; continue; }
    seen.add(key);
    const ver = norm(field(rec, 'CallUpdatesVersion'));
    if (ver !== null && (cat === 'CallSummary' || cat === 'CallDiagnostics')) {
      const parts = ['correlationId', 'participantId', 'endpointId'];
      if (cat === 'CallDiagnostics') parts.push('endpointType', 'mediaType', 'streamId');
      const k = [cat, ...parts.map((p) => norm(field(rec, p)))].join('|');
      versions.set(k, (versions.get(k) ?? 0) + 1);
    }
  }
  const flags = [gzip && 'gzip', bom && 'BOM', crlf && 'CRLF'].filter(Boolean).join(',');
  const rel = path.relative(samplesDir, file);
  const shortRel = rel.length > 100 ? `${rel.slice(0, 40)}…${rel.slice(-55)}` : rel;
  console.log(`${String(recs.length).padStart(7)}  ${(shape + (flags ? ` [${flags}]` : '')).padEnd(24)} ${shortRel}`);
  console.log(`${''.padStart(7)}  ${''.padEnd(24)}   ${Object.entries(perCat).map(([c, n]) => `${c}=${n}`).join(' ')}`);
}
let superseded = 0;
for (const n of versions.values()) superseded += n - 1;
const ignored = Object.entries(byCategory).filter(([c]) => !KNOWN.includes(c)).reduce((s, [, n]) => s + n, 0);
const bytes = files.reduce((s, f) => s + fs.statSync(f).size, 0);

const actual = { records, duplicates, superseded, ignored, byCategory };
console.log(`\n${files.length} files, ${bytes} bytes`);
console.log('recounted:', JSON.stringify(actual));

const expected = JSON.parse(fs.readFileSync(expectedFile, 'utf8')).input;
const same = canonical(actual) === canonical(expected);
console.log('expected: ', JSON.stringify(expected));
console.log(same ? 'OK: input figures match the fixture' : 'MISMATCH: input figures differ from the fixture');
process.exit(same ? 0 : 1);
