#!/usr/bin/env node
// The yardstick of `npm run bench`: the plainest Node loop over a JSON Lines file — read 1 MiB chunks, split
// lines, JSON.parse each, one Map update a line — with none of the tool's work (normalising, rules, accounting).
//   node scripts/bench-bare-loop.mjs <file.jsonl> [--text | --parse-only] [--normalise] [--fingerprint]
// prints "<lines> lines, <calls> calls" ("<lines> lines" with --parse-only).
//
// By default the chunks are read as bytes into one buffer that is used again, and each line is decoded on its
// own: the loop the issue measured (0.86 s for 210 MB on this machine). --text reads them as text instead (a
// 1 MiB string a chunk, joined to the last chunk's rest and sliced), the bench's yardstick before: every such
// string is a large object that V8 maps fresh, ~500 page faults a chunk, so on a VM whose faults are slow (~11 µs
// here on busy days) it took three times as long as on a quiet one, and every ratio to it looked better by as much.
// --parse-only keeps nothing (no Map): what no reader that parses every record can go below on one thread.
// --normalise and --fingerprint also run the tool's normaliser and the fingerprint of each line (from dist/, so
// build first): the least work a record takes before any accounting, calls, rules or report (README, Speed).
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';

const [file, ...flags] = process.argv.slice(2);
const normalise = flags.includes('--normalise') ? (await import('../dist/src/schema/normalise-record.js')).normaliseRecord : null;
const fingerprint = flags.includes('--fingerprint') ? (await import('../dist/src/model/record-fingerprint.js')).fingerprintOf : null;
const parseOnly = flags.includes('--parse-only');

const calls = new Map();
let lines = 0;

/** One line's work: parse it, and unless --parse-only, the options' work and the Map update. */
function take(line) {
  lines++;
  const record = JSON.parse(line);
  if (parseOnly) return;
  if (normalise !== null) normalise(record);
  if (fingerprint !== null) fingerprint(line);
  calls.set(record.correlationId, (calls.get(record.correlationId) ?? 0) + 1);
}

if (flags.includes('--text')) await readText();
else readBytes();
console.log(parseOnly ? `${lines} lines` : `${lines} lines, ${calls.size} calls`);

/** 1 MiB reads into one buffer; a line cut by a read is moved to the buffer's start, to be ended by the next. */
function readBytes() {
  const fd = openSync(file, 'r');
  const PIECE = 1 << 20;
  let buffer = Buffer.allocUnsafe(2 * PIECE);
  let held = 0; // bytes of a line not yet ended, at the buffer's start
  for (;;) {
    if (buffer.length - held < PIECE) buffer = Buffer.concat([buffer.subarray(0, held), Buffer.allocUnsafe(2 * PIECE)]);
    const got = readSync(fd, buffer, held, PIECE, null);
    const end = held + got;
    let start = 0;
    for (let nl = buffer.indexOf(10, start); nl >= 0 && nl < end; nl = buffer.indexOf(10, start)) {
      if (nl > start) take(buffer.utf8Slice(start, nl));
      start = nl + 1;
    }
    if (got === 0) {
      if (end > start) take(buffer.utf8Slice(start, end));
      break;
    }
    buffer.copy(buffer, 0, start, end);
    held = end - start;
  }
  closeSync(fd);
}

/** 1 MiB pieces of text: each joined to the last one's rest, and split with indexOf and slice. */
async function readText() {
  let rest = '';
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20, encoding: 'utf8' })) {
    const text = rest + chunk;
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      if (nl > start) take(text.slice(start, nl));
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  if (rest.trim() !== '') take(rest);
}
