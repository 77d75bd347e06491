#!/usr/bin/env node
// The floor of any reader that parses each record: a JSON Lines file read in 1 MiB pieces into one buffer, each
// line decoded and given to JSON.parse, and nothing else — no Map, no copy of the text, nothing kept. `npm run
// bench` times it beside jq: what `summarize` (which must parse every record, then normalise, account and judge)
// cannot go below on one thread.
//   node scripts/bench-parse-floor.mjs <file.jsonl>   prints "<lines> lines"
import { closeSync, openSync, readSync } from 'node:fs';

const fd = openSync(process.argv[2], 'r');
const PIECE = 1 << 20;
let buffer = Buffer.allocUnsafe(2 * PIECE);
let held = 0; // bytes of a line not yet ended, at the buffer's start
let lines = 0;
for (;;) {
  if (buffer.length - held < PIECE) buffer = Buffer.concat([buffer.subarray(0, held), Buffer.allocUnsafe(2 * PIECE)]);
  const got = readSync(fd, buffer, held, PIECE, null);
  const end = held + got;
  let start = 0;
  for (let nl = buffer.indexOf(10, start); nl >= 0 && nl < end; nl = buffer.indexOf(10, start)) {
    if (nl > start) {
      JSON.parse(buffer.utf8Slice(start, nl));
      lines++;
    }
    start = nl + 1;
  }
  if (got === 0) {
    if (end > start) {
      JSON.parse(buffer.utf8Slice(start, end));
      lines++;
    }
    break;
  }
  buffer.copy(buffer, 0, start, end);
  held = end - start;
}
closeSync(fd);
console.log(`${lines} lines`);
