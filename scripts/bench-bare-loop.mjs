#!/usr/bin/env node
// The yardstick of `npm run bench`: the plainest Node loop over a JSON Lines file — read 1 MiB chunks, split
// lines, JSON.parse each, one Map update a line — with none of the tool's work (normalising, rules, accounting).
//   node scripts/bench-bare-loop.mjs <file.jsonl>   prints "<lines> lines, <calls> calls"
import { createReadStream } from 'node:fs';

const calls = new Map();
let lines = 0;
let rest = '';
for await (const chunk of createReadStream(process.argv[2], { highWaterMark: 1 << 20, encoding: 'utf8' })) {
  const text = rest + chunk;
  let start = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
    const record = JSON.parse(text.slice(start, nl));
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
