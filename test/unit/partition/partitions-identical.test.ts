import assert from 'node:assert/strict';
import { rmSync, truncateSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../../support/files-under.js';
import { loadCalls, type LoadOptions } from '../../../src/model/load-calls.js';
import { defaultThreads, defaultThreadsFor } from '../../../src/partition/default-threads.js';
import { judgeInPartitions } from '../../../src/partition/judge-in-partitions.js';
import { LineIdFinder, partitionOfId } from '../../../src/partition/partition-of.js';
import { routeLines } from '../../../src/partition/route-lines.js';
import { byQuality } from '../../../src/rules/call-row.js';
import { judgeCalls, type JudgedCalls } from '../../../src/rules/judge-calls.js';
import { withJudgedFieldsOnly } from '../../../src/rules/judged-fields.js';
import { defaultThresholds } from '../../../src/rules/thresholds.js';
import type { TimeWindow } from '../../../src/rules/time-window.js';
import { scratchDir } from '../../support/scratch-dir.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const thresholds = defaultThresholds();
const OPEN: TimeWindow = { since: null, until: null };

/** What summarize makes its document of, as text: what was read and the calls judged (rows in listing order). */
function documentText(loaded: Awaited<ReturnType<typeof loadCalls>>, judged: JudgedCalls): string {
  const { calls: _calls, ...read } = loaded;
  return JSON.stringify({ read, judged: { ...judged, rows: [...judged.rows].sort(byQuality) } });
}

async function oneThread(inputs: string[], options: LoadOptions = {}, window = OPEN): Promise<string> {
  try {
    const loaded = await loadCalls(inputs, { ...options, mediaQualityOnly: true, holdAs: withJudgedFieldsOnly });
    return documentText(loaded, judgeCalls(loaded.calls, thresholds, window));
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

async function inParts(inputs: string[], parts: number, options: LoadOptions = {}, window = OPEN): Promise<string> {
  try {
    const { loaded, judged } = await judgeInPartitions(inputs, options, parts, thresholds, window);
    return documentText(loaded, judged);
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

/** Every sample and every fixture: all the shapes, gzip, UTF-16, broken, truncated and hostile files, *Updates versions. */
const FILES = [...filesUnder(join(ROOT, 'samples')), ...filesUnder(join(ROOT, 'test/fixtures')).filter((f) => !f.endsWith('expected.json'))];

test('calls judged on worker threads give what one thread gives, on every sample and fixture file', async () => {
  assert.ok(FILES.length > 30);
  for (const file of FILES) {
    const one = await oneThread([file]);
    // Small batches, so that even a small file is cut into many.
    assert.equal(await inParts([file], 2, { batchBytes: 1024 }), one, `${file}: 2 workers`);
    assert.equal(await inParts([file], 3, { batchBytes: 300 }), one, `${file}: 3 workers`);
  }
});

test('the samples and fixtures at once, and with a time window: workers and one thread agree', async () => {
  const inputs = [join(ROOT, 'samples'), join(ROOT, 'test/fixtures')];
  const one = await oneThread(inputs);
  assert.match(one, /"invalid":[1-9]/, 'the fixtures hold invalid items, whose first places are merged');
  assert.equal(await inParts(inputs, 2, { batchBytes: 512 }), one);
  assert.equal(await inParts(inputs, 4, { batchBytes: 4096 }), one);
  const window = { since: Date.parse('2026-11-20T09:00:00Z'), until: Date.parse('2026-11-20T10:00:00Z') };
  assert.equal(await inParts(inputs, 3, { batchBytes: 2048 }, window), await oneThread(inputs, {}, window));
});

/** Lines whose id the byte search cannot read as the normaliser does: their worker hands the record on. */
function awkwardLines(): string[] {
  const lines: string[] = [];
  for (let n = 0; n < 40; n++) {
    const id = `a1b2c3d4-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const leg = (extra: string) => `{"category":"CallSummary",${extra}"properties":{"participantId":"p${n}","endpointId":"e${n}","callType":"P2P","participantEndReason":"0","callStartTime":"2026-11-20T12:00:00Z"}}`;
    const stream = (key: string, value: string) =>
      `{"category":"CallDiagnostics","${key}":"${value}","properties":{"participantId":"p${n}","endpointId":"e${n}","mediaType":"Audio","streamId":"${n}","jitterAvg":"${n % 50}"}}`;
    lines.push(leg(`"correlationId":"${id}",`));
    switch (n % 5) {
      case 0: // white space around the id, and a key spelled with spaces
        lines.push(stream('correlationId', ` ${id} `), `{"category":"CallDiagnostics", "correlationId" : "${id}","properties":{"participantId":"p${n}","mediaType":"Video","streamId":"v${n}"}}`);
        break;
      case 1: // an escaped character in the id
        lines.push(stream('correlationId', `\\u0061${id.slice(1)}`));
        break;
      case 2: // a client operation whose CallId is its call, with another correlationId
        lines.push(`{"category":"CallClientOperations","correlationId":"op-${n}","properties":{"CallId":"${id}","OperationName":"Join","ResultType":"Failed","ResultSignature":"500","ParticipantId":"p${n}"}}`);
        break;
      case 3: // an Event Hubs envelope on one line, holding records of several calls
        lines.push(`{"records":[${stream('correlationId', id)},${leg(`"correlationId":"b${id.slice(1)}",`)},${stream('correlationId', `c${id.slice(1)}`)}]}`);
        break;
      case 4: // a lower-case key, and the same record twice (an exact duplicate)
        lines.push(stream('correlationid', id), stream('correlationid', id));
        break;
    }
  }
  return lines;
}

test('records whose line went to another call\'s worker (ids the bytes do not give as the normaliser reads them) are handed on', async () => {
  const lines = awkwardLines();
  // The fixture does what it is meant to: for some lines the byte search picks another partition than the record's.
  const misrouted = lines.filter((line) => {
    const bytes = Buffer.from(line);
    const value = JSON.parse(line) as { correlationId?: string; correlationid?: string; properties?: { CallId?: string } };
    const id = value.properties?.CallId ?? (value.correlationId ?? value.correlationid)?.trim();
    return id !== undefined && new LineIdFinder(bytes).partitionOf(0, bytes.length, 2) !== partitionOfId(id, 2);
  });
  assert.ok(misrouted.length >= 5, `only ${misrouted.length} lines go to another partition`);
  const dir = scratchDir('partitions-');
  try {
    const path = join(dir, 'awkward.jsonl');
    writeFileSync(path, `${lines.join('\n')}\n`);
    const one = await oneThread([path]);
    assert.match(one, /"duplicates":[1-9]/);
    for (const parts of [2, 3, 5]) assert.equal(await inParts([path], parts, { batchBytes: 700 }), one, `${parts} workers`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('categories first met on one envelope line, in two workers, are listed in the order of the records on it', async () => {
  // The envelope goes to its first record's worker (1 of 2), which hands the second record to worker 0: only the
  // records' places on the line (0, 1) put CallDiagnostics before CallSummary, as one thread lists them.
  const ids = Array.from({ length: 64 }, (_, n) => `e0e0e0e0-0000-4000-8000-${String(n).padStart(12, '0')}`);
  const first = ids.find((id) => partitionOfId(id, 2) === 1)!;
  const second = ids.find((id) => partitionOfId(id, 2) === 0)!;
  const envelope = JSON.stringify({
    records: [
      { category: 'CallDiagnostics', correlationId: first, properties: { participantId: 'p1', mediaType: 'Audio', streamId: '1', jitterAvg: '3' } },
      { category: 'CallSummary', correlationId: second, properties: { participantId: 'p2', callType: 'P2P', callStartTime: '2026-11-20T12:00:00Z' } },
    ],
  });
  const dir = scratchDir('partitions-');
  try {
    const path = join(dir, 'envelope.jsonl');
    writeFileSync(path, `${envelope}\n`);
    const one = await oneThread([path]);
    assert.match(one, /"byCategory":\{"CallDiagnostics":1,"CallSummary":1\}/);
    assert.equal(await inParts([path], 2), one);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('records of one line joined by a BOM (blobs appended without a newline) go where the first goes, placed in their order', async () => {
  // As with the envelope above: the first record's call is worker 1's, the second's worker 0's. Both go to worker 1,
  // each a line of the file's line 1, and only their places (0, 1) list CallDiagnostics first, as one thread does.
  const ids = Array.from({ length: 64 }, (_, n) => `b0b0b0b0-0000-4000-8000-${String(n).padStart(12, '0')}`);
  const first = ids.find((id) => partitionOfId(id, 2) === 1)!;
  const second = ids.find((id) => partitionOfId(id, 2) === 0)!;
  const joined = [
    { category: 'CallDiagnostics', correlationId: first, properties: { participantId: 'p1', mediaType: 'Audio', streamId: '1', jitterAvg: '3' } },
    { category: 'CallSummary', correlationId: second, properties: { participantId: 'p2', callType: 'P2P', callStartTime: '2026-11-20T12:00:00Z' } },
  ].map((r) => JSON.stringify(r)).join('\ufeff');
  const routed = routeLines(Buffer.from(`${joined}\n`), 1, false, 2, 'f', 0);
  assert.equal(routed[0], null);
  assert.deepEqual([...routed[1]!.lines], [1, 1]);
  assert.equal(Buffer.from(routed[1]!.bytes).toString(), `${joined.replace('\ufeff', '\n')}\n`);
  const dir = scratchDir('partitions-');
  try {
    const path = join(dir, 'joined.jsonl');
    writeFileSync(path, `${joined}\n`);
    const one = await oneThread([path]);
    assert.match(one, /"used":2,.*"byCategory":\{"CallDiagnostics":1,"CallSummary":1\}/);
    assert.equal(await inParts([path], 2), one);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the id found in a line\'s bytes falls where the normaliser\'s id does, for the usual spellings', () => {
  const id = '9e3779b1-0001-4007-800d-00009e370001';
  const lines = [
    `{"time":"x","category":"CallSummary","correlationId":"${id}","properties":{}}`,
    `{"TimeGenerated":"x","CorrelationId":"${id}","Type":"ACSCallDiagnostics"}`,
    `{"category":"CallClientOperations","correlationId":"other","properties":{"CallId":"${id}"}}`,
    `{"category":"CallClientOperations","properties":{"callId":"${id}"},"correlationId":"other"}`,
  ];
  const batch = Buffer.from(lines.join('\n'));
  const finder = new LineIdFinder(batch);
  let start = 0;
  for (const line of lines) {
    for (const parts of [2, 3, 7]) assert.equal(finder.partitionOf(start, start + line.length, parts), partitionOfId(id, parts), line);
    start += line.length + 1;
  }
});

test('a line\'s call id is found the same in a batch scanned at once and in one searched line by line (too large to scan)', () => {
  const id = (n: number) => `9e3779b1-0001-4007-800d-${String(n).padStart(12, '0')}`;
  const lines = Array.from({ length: 400 }, (_, n) => {
    switch (n % 8) {
      case 0: return `{"category":"CallSummary","correlationId":"${id(n)}","properties":{}}`;
      case 1: return `{"CorrelationId":"${id(n)}","Type":"ACSCallDiagnostics"}`;
      case 2: return `{"category":"CallClientOperations","correlationId":"other","properties":{"CallId":"${id(n)}"}}`;
      case 3: return `{"CORRELATIONID":"${id(n)}","note":"a key in other letters is not read: a guess"}`;
      case 4: return `{"note":"xcorrelationId\\":\\"${id(n)}","correlationId":"${id(n)}"}`;
      case 5: return `{"correlationId":"  ${id(n)} "}`;
      case 6: return `{"callId":"","correlationId":"${id(n)}"}`;
      default: return `{"no id":true}`;
    }
  });
  const text = `${lines.join('\n')}\n`;
  // The same lines, then padding past the scratch space (2 MiB), so that the batch is searched line by line.
  const scanned = Buffer.from(text);
  const searched = Buffer.concat([scanned, Buffer.alloc(3 << 20, 0x20)]);
  for (const parts of [2, 3, 7]) {
    const inOne = new LineIdFinder(scanned);
    const lineByLine = new LineIdFinder(searched);
    let start = 0;
    const got: number[] = [];
    for (const line of lines) {
      const part = inOne.partitionOf(start, start + line.length, parts);
      assert.equal(lineByLine.partitionOf(start, start + line.length, parts), part, line);
      got.push(part);
      start += line.length + 1;
    }
    assert.equal(got[0], partitionOfId(id(0), parts));
    assert.equal(got[2], partitionOfId(id(2), parts), 'CallId first');
    assert.equal(got[5], partitionOfId(id(5), parts), 'white space around the id left out');
    assert.equal(got[6], partitionOfId(id(6), parts), 'an empty callId: the correlationId');
  }
});

test('workers by default only when this thread and each worker get a core, at most 4', () => {
  assert.deepEqual([1, 2, 3, 4, 8, 64].map((cores) => defaultThreads(cores)), [1, 1, 2, 3, 4, 4]);
});

test('by default a small input is read on one thread whatever the cores; a large one or a pipe gets workers', async () => {
  assert.deepEqual(await defaultThreadsFor([join(ROOT, 'samples'), join(ROOT, 'test/fixtures')], 8), { threads: 1 });
  const dir = scratchDir('threads-');
  try {
    // Sparse files: their size counts, no disk is used. Two of 20 MiB under a folder reach the 32 MiB together.
    for (const name of ['a.json', 'b.json']) {
      writeFileSync(join(dir, name), '');
      truncateSync(join(dir, name), 20 << 20);
    }
    assert.deepEqual(await defaultThreadsFor([join(dir, 'a.json')], 8), { threads: 1 });
    assert.deepEqual(await defaultThreadsFor([dir], 8), { threads: 4 });
    assert.deepEqual(await defaultThreadsFor([join(ROOT, 'samples'), dir], 3), { threads: 2 });
    assert.deepEqual(await defaultThreadsFor([join(dir, 'missing')], 8), { threads: 1 }, 'the reader names a bad path');
    assert.deepEqual(await defaultThreadsFor([dir], 2), { threads: 1 }, 'never on 2 cores');
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('standard input is read up to 32 MiB to choose, and given back whole: small, one thread; large, workers', async () => {
  const bytesOf = async (stream: NodeJS.ReadableStream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
    return Buffer.concat(chunks);
  };
  const small = Buffer.from('{"category":"CallSummary"}\n'.repeat(100));
  const one = await defaultThreadsFor(['-'], 8, Readable.from([small.subarray(0, 1000), small.subarray(1000)]));
  assert.equal(one.threads, 1);
  assert.deepEqual(await bytesOf(one.stdin!), small);
  // 40 MiB in 1 MiB chunks, made as they are asked for.
  const chunk = Buffer.alloc(1 << 20, 0x20);
  const large = await defaultThreadsFor(['-'], 8, Readable.from((function* () { for (let i = 0; i < 40; i++) yield chunk; })()));
  assert.equal(large.threads, 4);
  assert.equal((await bytesOf(large.stdin!)).length, 40 << 20);
  // With 20 MiB of files, 12 MiB more of standard input reach the 32 MiB.
  const dir = scratchDir('threads-');
  try {
    writeFileSync(join(dir, 'a.json'), '');
    truncateSync(join(dir, 'a.json'), 20 << 20);
    const both = await defaultThreadsFor([join(dir, 'a.json'), '-'], 8, Readable.from((function* () { for (let i = 0; i < 13; i++) yield chunk; })()));
    assert.equal(both.threads, 4);
    assert.equal((await bytesOf(both.stdin!)).length, 13 << 20);
  } finally {
    rmSync(dir, { recursive: true });
  }
});
