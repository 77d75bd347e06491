import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import { BIG_CALL_ID, bigGroupCall } from '../support/big-group-call.js';
import { section } from '../support/report-section.js';
import { runCli, runJson } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

// A town hall's call: 60 legs joining over an hour (re-joins, PSTN and bots, a few drops), ~330 streams.

const FILE = join(scratchDir('big-call-'), 'town-hall.jsonl');
writeFileSync(FILE, bigGroupCall({ legs: 60 }));
const ID = BIG_CALL_ID.slice(0, 8);

/** A stream's first line in the text's Streams: its mark, media and direction. */
const streamHeads = (lines: string[]) => lines.filter((l) => /^ {4}[✓✗?] [A-Z?]/.test(l));
/** A leg's first line in the text's Legs table: its id in the first cell. */
const legRows = (lines: string[]) => lines.filter((l) => /^│ (▸ )?[0-9a-f]{8} /.test(l));

const { json } = runJson<CallDocument>(['call', ID, FILE]);
const poorStreams = json.streams.filter((s) => s.quality !== 'good').length;

test('a town hall: the text lists its poor streams and counts its good ones; --all lists every one', () => {
  assert.ok(json.streams.length > 300 && poorStreams > 10 && poorStreams < json.streams.length / 4, `${json.streams.length} streams, ${poorStreams} not good`);
  const { status, stdout, stderr } = runCli(['call', ID, FILE]);
  assert.equal(status, 0, stderr);
  const streams = section(stdout, /^Streams/);
  assert.equal(streams[0], `Streams (${json.streams.length})`);
  const heads = streamHeads(streams);
  assert.equal(heads.length, poorStreams, 'every stream not good is listed, no good one');
  assert.ok(heads.every((l) => l.startsWith('    ✗ ')));
  const folded = json.streams.length - poorStreams;
  assert.match(streams.at(-1)!, new RegExp(`^  ${folded} good streams not shown \\(\\d+ legs all good\\): --all lists every one$`));
  // Under a leg listed, its good streams counted: "✓ +3 good streams not shown", adding up with the legs left out to the folded count.
  const underLegs = streams.flatMap((l) => /^ {4}✓ \+(\d+) good streams? not shown$/.exec(l)?.[1] ?? []).reduce((a, n) => a + Number(n), 0);
  assert.ok(underLegs > 0 && underLegs < folded);
  const all = runCli(['call', ID, FILE, '--all']);
  assert.equal(streamHeads(section(all.stdout, /^Streams/)).length, json.streams.length);
  assert.doesNotMatch(all.stdout, /not shown/);
});

test('a town hall: the Legs table lists the legs with something to say (drops, poor streams, the leg asked for); --all lists every one', () => {
  const { stdout } = runCli(['call', ID, FILE]);
  const legs = section(stdout, /^Legs/);
  assert.equal(legs[0], `Legs (${json.participants.length})`);
  const rows = legRows(legs);
  const dropped = json.participants.filter((l) => l.dropped);
  assert.ok(dropped.length > 0);
  for (const l of dropped) assert.ok(rows.some((r) => r.startsWith(`│ ${l.participantId!.slice(0, 8)} `)), `dropped ${l.participantId} listed`);
  const poorLegs = new Set(json.streams.filter((s) => s.quality !== 'good').map((s) => s.participantId));
  for (const id of poorLegs) if (id !== null) assert.ok(rows.some((r) => r.startsWith(`│ ${id.slice(0, 8)} `)), `leg ${id} of a poor stream listed`);
  assert.ok(rows.length < json.participants.length);
  // Directly under the table, before the advice its four drops share.
  assert.equal(legs[legs.findLastIndex((l) => l.startsWith('└')) + 1], `  ${json.participants.length - rows.length} of ${json.participants.length} legs not shown (ended as expected or not yet, every stream good): --all lists every one`);
  assert.equal(legRows(section(runCli(['call', ID, FILE, '--all']).stdout, /^Legs/)).length, json.participants.length);
  // A leg asked for by its id is listed, marked, though it has nothing else to say.
  const quiet = json.participants.find((l: CallDocument["participants"][number]) => !l.failed && !poorLegs.has(l.participantId) && !rows.some((r) => r.startsWith(`│ ${l.participantId!.slice(0, 8)} `)))!;
  const asked = runCli(['call', quiet.participantId!.slice(0, 8), FILE]);
  assert.ok(legRows(section(asked.stdout, /^Legs/)).some((r) => r.startsWith(`│ ▸ ${quiet.participantId!.slice(0, 8)} `)), asked.stdout.slice(0, 3000));
});

test('a town hall in Markdown: its poor streams and legs of note as rows, the others counted; --all has every row', () => {
  const { stdout } = runCli(['call', ID, FILE, '--format', 'markdown']);
  const streamRows = stdout.split('\n').filter((l) => /^\| `[0-9a-f]{8}` \| (Audio|Video|VBSS) /.test(l) || /^\| \(no id\) \| /.test(l));
  assert.equal(streamRows.length, poorStreams);
  assert.match(stdout, new RegExp(`^_${json.streams.length - poorStreams} good streams not shown \\(\\d+ legs all good\\): \`--all\` lists every one, \`--format json\` has them all\\._$`, 'm'));
  assert.match(stdout, /^_\d+ of 60 legs not shown \(ended as expected or not yet, every stream good\): `--all` lists every one, `--format json` has them all\._$/m);
  const all = runCli(['call', ID, FILE, '--format', 'markdown', '--all']).stdout;
  assert.doesNotMatch(all, /not shown/);
  assert.equal(all.split('\n').filter((l) => / \| (✅ good|❌ poor|❔ unknown) \| /.test(l)).length, json.streams.length);
});

test('a town hall: a re-join (the same identifier, a new participant and endpoint) is drawn under the leg before it, marked ↳, in the text and Markdown', () => {
  const byPerson = new Map<string, string[]>();
  for (const l of json.participants) byPerson.set(l.identifier!, [...(byPerson.get(l.identifier!) ?? []), l.participantId!.slice(0, 8)]);
  const rejoined = [...byPerson.values()].filter((ids) => ids.length > 1);
  assert.ok(rejoined.length >= 3, 'the call has re-joins');
  for (const format of ['text', 'markdown']) {
    const { stdout } = runCli(['call', ID, FILE, '--format', format]);
    const rows = section(stdout.replace(/^### Timeline\n\n```\n/m, 'Timeline\n'), /^Timeline$/).slice(2).filter((r) => !r.startsWith('```'));
    assert.equal(rows.length, json.participants.length, 'a row a leg');
    for (const ids of rejoined) {
      const at = rows.findIndex((r) => r.startsWith(`  ${ids[0]} `));
      assert.ok(at >= 0, `${ids[0]} in:\n${rows.join('\n')}`);
      // Its legs in the order they joined, one row each, the later ones marked.
      assert.deepEqual(rows.slice(at, at + ids.length).map((r) => r.slice(0, 10)), ids.map((id, i) => `${i === 0 ? ' ' : '↳'} ${id}`), format);
    }
    // A drop and its re-join: the ✕ on one row, the bar going on from the next.
    const dropRow = rows.findIndex((r, i) => r.includes('✕') && rows[i + 1]?.startsWith('↳ '));
    assert.ok(dropRow >= 0, rows.join('\n'));
  }
});

test('a town hall of over an hour: the Events times stay right-aligned past +59m 59s (`+1h 05m 01s` is wider than 8 columns)', () => {
  const { stdout } = runCli(['call', ID, FILE]);
  const events = section(stdout, /^Events/).slice(1);
  // After the clock's time (UTC), as wide on every line.
  const times = events.flatMap((l) => /^ {2}\d{2}:\d{2}:\d{2} +\+(?:\d+h )?(?:\d+m )?\d+s(?= {2})/.exec(l)?.[0] ?? []);
  assert.ok(times.some((t) => /h /.test(t)), 'an event an hour or more in');
  assert.ok(times.some((t) => !/h /.test(t)), 'an event within the first hour');
  assert.equal(new Set(times.map((t) => t.length)).size, 1, `every time ends at one column:\n${times.join('\n')}`);
});
