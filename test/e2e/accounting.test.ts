import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { filesUnder } from '../support/files-under.js';
import { ROOT, runCli, runJson } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

type Counts = { read: number; used: number; duplicates: number; superseded: number; ignored: number; invalid: number; filtered?: number };
const parts = (c: Counts) => c.used + c.duplicates + c.superseded + c.ignored + c.invalid + (c.filtered ?? 0);

test('summarize: read = used + duplicates + superseded + ignored + invalid, for the run and, with --verbose, for each file', () => {
  const { result, json } = runJson<SummaryDocument>(['summarize', 'samples/', '--verbose']);
  assert.equal(result.status, 0, result.stderr);
  const i = json.input;
  assert.equal(i.read, 146);
  assert.equal(i.read, parts(i));
  assert.equal(i.records, i.read - i.invalid);
  const files = i.byFile!;
  assert.equal(files.length, i.files);
  for (const f of files) assert.equal(f.read, parts(f), f.file);
  for (const key of ['read', 'used', 'duplicates', 'superseded', 'ignored', 'invalid'] as const) {
    assert.equal(files.reduce((n, f) => n + f[key], 0), i[key], key);
  }
  const lines = result.stderr.split('\n').filter((l) => l.startsWith('note: read '));
  assert.equal(lines.length, i.files, 'a stderr line a file');
  assert.match(result.stderr, /note: read samples\/\S+ \(json-lines\): \d+ read — \d+ used/);
  assert.equal(runJson<SummaryDocument>(['summarize', 'samples/']).json.input.byFile, undefined, 'byFile only with --verbose');
});

test('invalid records: each of a few on a line of its own, with no count line to say them again; the counts still add up', () => {
  const dir = scratchDir('count-');
  const good = JSON.stringify({ correlationId: 'c1', category: 'CallDiagnostics', properties: { mediaType: 'Audio', streamId: '1', roundTripTimeAvg: 40 } });
  const path = join(dir, 'PT1H.json');
  writeFileSync(path, [good, 'oops', good, '[1]', '{"category":"Usage"}', 'nope', '{"category":"CallSummary"}'].join('\n'));
  const { result, json } = runJson<SummaryDocument>(['summarize', path]);
  assert.equal(result.status, 0);
  assert.equal(json.input.invalid, 4);
  assert.equal(json.input.read, 7);
  assert.equal(json.input.read, parts(json.input));
  assert.deepEqual(result.stderr.split('\n').filter((l) => /invalid record/.test(l)), [
    `warning: ${path}:2: invalid record: not JSON: Unexpected token 'o'`,
    `warning: ${path}:4: invalid record: not an object but an array`,
    `warning: ${path}:6: invalid record: not JSON: Unexpected token 'o'`,
    `warning: ${path}:7: invalid record: CallSummary record without a correlationId`,
  ]);
});

test('call: read = used + duplicates + superseded + ignored + invalid + filtered (records of other calls, never parsed)', () => {
  const { result, json } = runJson<CallDocument>(['call', 'a60ad5d9', 'samples/', '--verbose']);
  assert.equal(result.status, 0, result.stderr);
  const i = json.input;
  assert.equal(i.read, 146);
  assert.equal(i.read, parts(i));
  assert.ok(i.filtered > 0);
  for (const f of i.byFile!) assert.equal(f.read, parts(f), f.file);
  assert.equal(i.byFile!.reduce((n, f) => n + (f.filtered ?? 0), 0), i.filtered);
});

test('call --strict: an invalid record of the scan exits 2 after the report; without it, 0', () => {
  const dir = scratchDir('strict-');
  const path = join(dir, 'PT1H.json');
  const good = JSON.stringify({ correlationId: 'strict00-0000-4000-8000-000000000001', category: 'CallDiagnostics', properties: { mediaType: 'Audio', streamId: '1' } });
  writeFileSync(path, `${good}\n{"correlationId": "strict00-0000-4000-8000-000000000001", broken\n`);
  const strict = runJson<CallDocument>(['call', 'strict00', path, '--strict']);
  assert.equal(strict.result.status, 2);
  assert.match(strict.result.stderr, /\nacs-calllogs: --strict: 1 invalid record \(at \S+PT1H\.json:2: not JSON: [^\n]+\), so exit 2\n$/);
  assert.equal(strict.json.input.invalid, 1);
  assert.equal(runJson<CallDocument>(['call', 'strict00', path]).result.status, 0);
});

test('summarize --format csv and --report csv=…: a header and a row a call, the same on stdout and in the file', () => {
  const dir = scratchDir('csv-');
  const file = join(dir, 'out', 'calls.csv');
  const result = runCli(['summarize', 'samples/', '--format', 'csv', '--report', `csv=${file}`]);
  assert.equal(result.status, 0, result.stderr);
  const rows = result.stdout.split('\r\n').filter((l) => l !== '');
  assert.equal(rows[0], 'correlationId,quality,callType,startTime,durationSeconds,participants,streams,poorStreams,issues,breaches,failedLegs,unknownStreams,streamsWithoutPackets');
  // The call whose legs dropped says so first, as the table does (finding-order.ts), and counts them.
  assert.match(rows.find((r) => r.startsWith('a60ad5d9'))!, /,4,leg 2aaed7ee: dropped 410\/3101; leg afe17849: dropped 500\/4521; leg 2aaed7ee: Audio outbound jitter 38 > 30 ms; .*,2,0,0$/);
  assert.equal(rows.length, 1 + 8);
  assert.match(rows[1]!, /^ad9b017d-c904-482b-91f0-939dfe648fa0,poor,Group,2026-11-20T08:31:07.220Z,1290,3,14,3,9,leg ec6d55e9/);
  assert.equal(readFileSync(file, 'utf8'), result.stdout);
});

test('a record written again as Python\'s json.dumps spaces it is a duplicate of the same record minified, on any thread count', () => {
  const dir = scratchDir('spaced-');
  const record = { category: 'CallDiagnostics', correlationId: 'd1d1d1d1-0000-0000-0000-000000000000', properties: { endpointId: 'e1', mediaType: 'Audio', streamId: '1', roundTripTimeAvg: 600 } };
  writeFileSync(join(dir, 'blob.jsonl'), `${JSON.stringify(record)}\n`);
  // json.dumps' default separators: ", " and ": ".
  writeFileSync(join(dir, 'consumer.jsonl'), `${JSON.stringify(record).replace(/":/g, '": ').replace(/,"/g, ', "')}\n`);
  for (const threads of ['1', '2']) {
    const { json } = runJson<SummaryDocument>(['summarize', dir, '--threads', threads]);
    assert.deepEqual([json.input.records, json.input.used, json.input.duplicates, json.totals.streams], [2, 1, 1, 1], `--threads ${threads}`);
  }
});

test('a record written again with other string escapes (.NET\'s \\u002B for +, Python\'s \\u00e9, \\/) is a duplicate of the same record minified, on any thread count', () => {
  const dir = scratchDir('escaped-');
  const record = {
    time: '2026-11-20T08:31:07.2200000+00:00',
    category: 'CallDiagnostics',
    correlationId: 'e5e5e5e5-0000-0000-0000-000000000000',
    properties: { endpointId: 'e1', participantId: 'Zoë <zoe@contoso.com>', mediaType: 'Audio', streamId: '1', transportType: 'UDP/TURN', roundTripTimeAvg: 600 },
  };
  writeFileSync(join(dir, 'blob.jsonl'), `${JSON.stringify(record)}\n`);
  // System.Text.Json's default encoder writes + < > & ' and non-ASCII as \uXXXX; some writers also escape /.
  const dotNet = JSON.stringify(record)
    .replace(/[+<>&'\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
    .replace(/\//g, '\\/');
  assert.match(dotNet, /\\u002B00:00.*Zo\\u00EB \\u003Czoe@contoso.com\\u003E.*UDP\\\/TURN/);
  writeFileSync(join(dir, 'consumer.jsonl'), `${dotNet}\n`);
  // A JSON array laid out one element a line is read as lines too.
  writeFileSync(join(dir, 'export.json'), `[\n${dotNet}\n]\n`);
  for (const threads of ['1', '2']) {
    const { result, json } = runJson<SummaryDocument>(['summarize', dir, '--threads', threads, '--max-poor-streams', '1']);
    assert.deepEqual([json.input.records, json.input.used, json.input.duplicates, json.totals.calls, json.totals.streams], [3, 1, 2, 1, 1], `--threads ${threads}`);
    assert.equal(result.status, 0, `--threads ${threads}: ${result.stderr}`);
  }
});

test('hourly blobs concatenated (cat …/PT1H.json | summarize -): a BOM at a later blob\'s first line is dropped, as at a file\'s start; NUL padding is no record', () => {
  const blobs = filesUnder(join(ROOT, 'samples/storage-account')).filter((f) => f.endsWith('PT1H.json')).sort();
  // The blob with a BOM last, so that its BOM is in the middle of what is read.
  const withBom = blobs.filter((f) => readFileSync(f)[0] === 0xef);
  assert.equal(withBom.length, 1);
  const joined = Buffer.concat([...blobs.filter((f) => !withBom.includes(f)), ...withBom].map((f) => readFileSync(f)));
  const file = join(scratchDir('cat-blobs-'), 'all.json');
  writeFileSync(file, Buffer.concat([joined, Buffer.alloc(64)]));
  const apart = runJson<SummaryDocument>(['summarize', ...blobs]).json;
  for (const [args, input] of [[[file], undefined], [['-'], joined]] as const) {
    const { result, json } = runJson<SummaryDocument>(['summarize', ...args], { input });
    assert.equal(result.stderr, '');
    assert.equal(json.input.invalid, 0);
    assert.equal(json.input.used, apart.input.used);
    assert.deepEqual(json.totals, apart.totals);
  }
});

test('NUL padding is no record in UTF-16 either: the same blobs joined and padded read alike in UTF-8 and UTF-16', () => {
  const blobs = filesUnder(join(ROOT, 'samples/storage-account')).filter((f) => f.endsWith('PT1H.json')).sort();
  const text = blobs.map((f) => readFileSync(f, 'utf8').replace(/^\uFEFF/, '')).join('');
  const dir = scratchDir('nul-padding-');
  const padded = `\uFEFF${text}${'\0'.repeat(32)}\n${'\0'.repeat(8)}`;
  writeFileSync(join(dir, 'utf8.json'), padded, 'utf8');
  writeFileSync(join(dir, 'utf16.json'), padded, 'utf16le');
  const [utf8, utf16] = ['utf8.json', 'utf16.json'].map((name) => runJson<SummaryDocument>(['summarize', join(dir, name)]));
  for (const { result, json } of [utf8!, utf16!]) {
    assert.equal(result.stderr, '');
    assert.equal(json.input.invalid, 0);
  }
  assert.deepEqual(utf16!.json.input.used, utf8!.json.input.used);
  assert.deepEqual(utf16!.json.totals, utf8!.json.totals);
});

test('blobs whose appended blocks are joined without a newline (a record\'s } then a BOM and the next {): every record is read, alike on one thread or two', () => {
  const file = 'test/fixtures/input/blobs-joined-without-newline.jsonl';
  const outputs = ['1', '2'].map((threads) => {
    const { result, json } = runJson<SummaryDocument>(['summarize', file, '--threads', threads]);
    assert.equal(result.status, 0, `--threads ${threads}: ${result.stderr}`);
    assert.equal(result.stderr, '', `--threads ${threads}`);
    const i = json.input;
    assert.deepEqual([i.read, i.used, i.invalid, i.ignored, i.duplicates, i.superseded], [4, 4, 0, 0, 0, 0], `--threads ${threads}`);
    assert.equal(i.read, parts(i));
    assert.deepEqual(i.byCategory, { CallSummary: 2, CallDiagnostics: 2 });
    assert.deepEqual(json.calls.map((c) => c.correlationId).sort(), ['8d1a8374-344d-4502-b54b-ba2d6daaf0ae', 'a60ad5d9-ceeb-4b7f-a165-539cb9f7a904']);
    return result.stdout;
  });
  assert.equal(outputs[1], outputs[0], 'the JSON of --threads 2 is that of --threads 1, byte for byte');
});
