#!/usr/bin/env node
// The yardstick of `npm run bench`: the plainest Node loop over a JSON Lines file — read 1 MiB chunks, split
// lines, JSON.parse each, one Map update a line — with none of the tool's work (normalising, rules, accounting).
//   node scripts/bench-bare-loop.mjs <file.jsonl>   prints "<lines> lines, <calls> calls"
// With --normalise and/or --fingerprint it also runs the tool's normaliser and the fingerprint of each line (from
// dist/, so build first): the least work a record takes before any accounting, calls, rules or report (README, Speed).
import { createReadStream } from 'node:fs';

const [file, ...flags] = process.argv.slice(2);
const normalise = flags.includes('--normalise') ? (await import('../dist/src/schema/normalise-record.js')).normaliseRecord : null;
const fingerprint = flags.includes('--fingerprint') ? (await import('../dist/src/model/record-fingerprint.js')).fingerprintOf : null;

const calls = new Map();
let lines = 0;
let rest = '';
for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20, encoding: 'utf8' })) {
  const text = rest + chunk;
  let start = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
    const line = text.slice(start, nl);
    const record = JSON.parse(line);
    if (normalise !== null) normalise(record);
    if (fingerprint !== null) fingerprint(line);
    calls.set(record.correlationId, (calls.get(record.correlationId) ?? 0) + 1);
    lines++;
    start = nl + 1;
  }
  rest = text.slice(start);
}
if (rest.trim() !== '') {
  JSON.parse(rest);
  lines++;
}
console.log(`${lines} lines, ${calls.size} calls`);
