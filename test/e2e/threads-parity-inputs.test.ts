import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { captureBytes, eventData } from '../support/capture-files.js';
import { filesUnder } from '../support/files-under.js';
import { ROOT, runCli } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

const P2P = 'test/fixtures/input/p2p-call.jsonl';
const PORTAL_CSV = 'samples/log-analytics/portal-export-acs-calls-2026-11-20.csv';
/** Many small batches of JSON Lines, spread over the workers (read-flags.ts). */
const ENV = { ACS_CALLLOGS_BATCH_BYTES: '2048', CI: 'true', NO_COLOR: '1' };

/**
 * A folder of the inputs recent releases learned to read, each written as a user's tools write it: exports joined
 * into one CSV (two headers, the second another table's, after a `sep=;` line), a projected query's CSV without Type,
 * a CSV whose lines end in a CR alone, a `[Local Time]` CSV and one joined to a UTC one, Capture files whose EventData
 * Body a producer gzipped (Avro, and converted to JSON Lines by avro-tools), Capture files cut off (plain and
 * gzipped), AzCopy's part of a blob, UTF-16 text without a byte order mark, a git folder and the files an operating
 * system leaves in a folder.
 */
async function inputsFolder(): Promise<string> {
  const dir = scratchDir('parity-');
  const csv = readFileSync(join(ROOT, PORTAL_CSV), 'utf8');
  const lines = readFileSync(join(ROOT, P2P), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const envelope = `{"records":[${lines.join(',')}]}`;
  const write = (name: string, data: string | Buffer) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), data);
  };
  write('csv/joined-tables.csv', [
    '\uFEFFsep=;\r\nType;CorrelationId;CallType;CallStartTime\r\nACSCallSummary;a0a0a0a0-0000-4000-8000-000000000001;P2P;2026-11-20T09:00:00Z\r\n',
    '\uFEFFsep=;\r\nType;CorrelationId;MediaType;RoundTripTimeAvg;TimeGenerated\r\nACSCallDiagnostics;a0a0a0a0-0000-4000-8000-000000000001;Audio;612;2026-11-20T09:01:00Z\r\n',
    '\uFEFFType;CorrelationId;MediaType;RoundTripTimeAvg;TimeGenerated\r\nACSCallDiagnostics;a0a0a0a0-0000-4000-8000-000000000001;Video;"1,5";2026-11-20T09:01:00Z\r\nACSCallDiagnostics;a0a0a0a0\r\n',
  ].join(''));
  write('csv/projected-without-type.csv', readFileSync(join(ROOT, 'test/fixtures/input/portal-export-displayed-columns.csv')));
  write('csv/cr-only.csv', csv.replace(/\r?\n/g, '\r'));
  write('csv/local-time.csv', csv.replaceAll('[UTC]', '[Local Time]').replaceAll('f794018d', 'f794018e'));
  write('csv/joined-utc-then-local.csv', (csv + csv.replaceAll('[UTC]', '[Local Time]')).replaceAll('f794018d', 'f794018f'));
  const gzipBody = await captureBytes(eventData([gzipSync(envelope), gzipSync(envelope).subarray(0, 40)]), { blockEach: true });
  write('capture/gzip-body.avro', gzipBody);
  const converted = (body: unknown, n: number) => JSON.stringify({ SequenceNumber: n, Offset: '0', EnqueuedTimeUtc: '7/19/2021 6:47:00 PM', SystemProperties: {}, Properties: {}, Body: body });
  write('capture/converted-gzip-body.json', `${converted({ bytes: gzipSync(envelope).toString('latin1') }, 1)}\n${converted({ bytes: gzipSync(envelope).subarray(0, 40).toString('latin1') }, 2)}\n`);
  const blocks = await captureBytes(eventData([envelope, 'oops', envelope]), { codec: 'null', blockEach: true });
  write('capture/cut.avro', blocks.subarray(0, blocks.length - 10));
  const gz = gzipSync(blocks);
  write('capture/cut.avro.gz', gz.subarray(0, gz.length - 12));
  const text = readFileSync(join(ROOT, 'test/fixtures/input/article-p2p-call.jsonl'));
  write('azcopy/h=10/PT1H.json', text);
  write('azcopy/h=11/.azDownload-6c3a1b2e-0c5f-4b4e-6a7d-1f2e3d4c5b6a-PT1H.json', text.subarray(0, Math.floor(text.length / 2)));
  const utf16 = Buffer.from(readFileSync(join(ROOT, 'test/fixtures/input/id-case.jsonl'), 'utf8').replace(/^\uFEFF/, ''), 'utf16le');
  write('utf16/no-bom-le.jsonl', utf16);
  write('utf16/no-bom-be.csv', Buffer.from(csv.replace(/^\uFEFF/, '').replaceAll('f794018d', 'f794018c'), 'utf16le').swap16());
  write('.git/HEAD', 'ref: refs/heads/main\n');
  write('.git/config', '[core]\n\tbare = false\n');
  write('.git/objects/ab/cdef0123', Buffer.from([0x78, 0x01, 0x2b, 0x49, 0x4d]));
  write('.DS_Store', Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]));
  write('csv/Thumbs.db', Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
  write('desktop.ini', '[.ShellClassInfo]\r\nIconResource=x\r\n');
  return dir;
}

test('each input recent releases learned to read gives the same bytes on worker threads as on one: JSON, stderr, exit code', async () => {
  const dir = await inputsFolder();
  // The folder walked, and every file named (AzCopy's part and the OS files are read then).
  const named = filesUnder(dir).filter((f) => !f.includes('/.git/')).sort();
  for (const inputs of [[dir], named]) {
    // Not --verbose: its counts by file are read on one thread.
    const [one, two] = ['1', '2'].map((threads) => runCli(['summarize', ...inputs, '--format', 'json', '--threads', threads], { env: ENV }));
    assert.equal(one!.status, 0, one!.stderr);
    const json = JSON.parse(one!.stdout) as { input: { shapes: Record<string, number>; invalid: number } };
    assert.ok(json.input.shapes.csv! >= 5 && json.input.shapes['eventhubs-capture']! >= 2, JSON.stringify(json.input.shapes));
    assert.ok(json.input.invalid > 0);
    assert.equal(two!.stdout, one!.stdout, inputs === named ? 'named' : 'walked');
    assert.equal(two!.stderr, one!.stderr);
    assert.equal(two!.status, one!.status);
  }
});
