import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crc32, gunzipSync, gzipSync } from 'node:zlib';
import { gunzipMembers } from '../../../src/input/gunzip-members.js';
import { seededBytes } from '../../support/broken-inputs.js';

/** Text that compresses, as logs do: ~1 MB of numbered lines with some noise, inflating in several pieces. */
const TEXT = Buffer.from(
  Array.from({ length: 12_000 }, (_, i) => `{"n":${i},"noise":"${seededBytes(24, i).toString('base64')}"}`).join('\n'),
);

/** What gunzipMembers makes of `bytes` handed on in chunks of `chunk` bytes: the output, and the error it ends in. */
async function gunzipped(bytes: Buffer, chunk = 1 << 20): Promise<{ out: Buffer; error?: string }> {
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
  }
  const out: Uint8Array[] = [];
  try {
    for await (const piece of gunzipMembers(chunks(), 'x.json.gz')) out.push(piece);
    return { out: Buffer.concat(out) };
  } catch (error) {
    return { out: Buffer.concat(out), error: (error as Error).message };
  }
}

/** A gzip member whose header carries every optional field: extra, file name, comment and header CRC (as gzip -N and others write). */
function memberWithEveryHeaderField(text: Buffer): Buffer {
  const plain = gzipSync(text);
  const header = Buffer.from([0x1f, 0x8b, 8, 0x02 | 0x04 | 0x08 | 0x10, 0, 0, 0, 0, 0, 3]);
  const fields = Buffer.concat([header, Buffer.from([4, 0, 0x41, 0x42, 2, 0]), Buffer.from('PT1H.json\0'), Buffer.from('a comment\0')]);
  const headerCrc = Buffer.alloc(2);
  headerCrc.writeUInt16LE(crc32(fields) & 0xffff);
  return Buffer.concat([fields, headerCrc, plain.subarray(10)]);
}

test('one member, in any chunking: the text, as zlib gunzips it', async () => {
  const gz = gzipSync(TEXT);
  for (const chunk of [1 << 20, 65_536, 4_099, 7, 1]) {
    const { out, error } = await gunzipped(gz, chunk);
    assert.equal(error, undefined, `chunks of ${chunk}`);
    assert.ok(out.equals(TEXT), `chunks of ${chunk}`);
  }
});

test('members one after another (cat a.gz b.gz), padding of zeros after them, and headers with every optional field', async () => {
  const a = TEXT.subarray(0, 300_000);
  const b = TEXT.subarray(300_000);
  const gz = Buffer.concat([gzipSync(a), memberWithEveryHeaderField(b), gzipSync(Buffer.alloc(0)), Buffer.alloc(700)]);
  assert.ok(gunzipSync(gz).equals(TEXT), 'zlib reads the same file alike');
  for (const chunk of [1 << 20, 5_000, 3]) {
    const { out, error } = await gunzipped(gz, chunk);
    assert.equal(error, undefined);
    assert.ok(out.equals(TEXT), `chunks of ${chunk}`);
  }
});

test('bytes after the last member that are not gzip: every member is handed on whole, then one error says so', async () => {
  // zlib's gunzip threw away the last piece it had inflated here: up to 256 KiB of records went unread.
  const gz = Buffer.concat([gzipSync(TEXT.subarray(0, 500_000)), gzipSync(TEXT.subarray(500_000))]);
  for (const junk of ['junk\n', '\0\0junk', '\x1f']) {
    for (const chunk of [1 << 20, 65_536, 11]) {
      const { out, error } = await gunzipped(Buffer.concat([gz, Buffer.from(junk)]), chunk);
      assert.ok(out.equals(TEXT), `${JSON.stringify(junk)} in chunks of ${chunk}: ${out.length} of ${TEXT.length} bytes`);
      assert.equal(error, 'x.json.gz: bytes after the end of the gzip stream that are not gzip');
    }
  }
});

test('a corrupt member fails as zlib would: its CRC, its length, its header; a cut anywhere is a truncated stream', async () => {
  const gz = gzipSync(TEXT);
  const flip = (at: number) => {
    const copy = Buffer.from(gz);
    copy[at] = copy[at]! ^ 0xff;
    return copy;
  };
  assert.match((await gunzipped(flip(gz.length - 6))).error ?? '', /corrupt gzip stream \(incorrect data check\)$/);
  assert.match((await gunzipped(flip(gz.length - 2))).error ?? '', /corrupt gzip stream \(incorrect length check\)$/);
  assert.match((await gunzipped(flip(2))).error ?? '', /corrupt gzip stream \(unknown compression method\)$/);
  const named = memberWithEveryHeaderField(TEXT);
  named[36] = named[36]! ^ 0xff; // the header's CRC-16, after 10 + 6 + 10 + 10 bytes of fields
  assert.match((await gunzipped(named)).error ?? '', /corrupt gzip stream \(header crc mismatch\)$/);
  assert.match((await gunzipped(flip(200))).error ?? '', /^x\.json\.gz: corrupt gzip stream \(/);
  for (const cut of [5, 12, gz.length >> 1, gz.length - 8, gz.length - 3]) {
    const { out, error } = await gunzipped(gz.subarray(0, cut), 4_096);
    assert.equal(error, 'x.json.gz: truncated gzip stream (unexpected end of file)', `cut at ${cut}`);
    assert.ok(TEXT.subarray(0, out.length).equals(out), `cut at ${cut}: what came out is the text's start`);
  }
});

test('a fault inside the deflate data: what came before it is handed on, whatever the chunking, then the error', async () => {
  // Two bytes turned in the middle of the data make zlib fail there ("invalid distance too far back" and the like),
  // where it used to throw away all it had inflated of the piece it failed in: the whole of a small blob.
  const small = Buffer.from(TEXT.subarray(0, 20_000));
  for (const text of [small, TEXT]) {
    const gz = gzipSync(text);
    let faults = 0;
    for (let at = gz.length >> 1; at < gz.length - 20 && faults < 3; at += 37) {
      const bad = Buffer.from(gz);
      bad[at] = bad[at]! ^ 0x5a;
      bad[at + 1] = bad[at + 1]! ^ 0xa5;
      let zlibError = '';
      try {
        gunzipSync(bad);
      } catch (error) {
        zlibError = (error as Error).message;
      }
      if (zlibError === '' || /check/.test(zlibError)) continue; // damage zlib reads through, found by the trailer
      faults++;
      for (const chunk of [1 << 20, 4_096]) {
        const { out, error } = await gunzipped(bad, chunk);
        assert.match(error ?? '', /^x\.json\.gz: /, `${text.length} bytes, fault at ${at}`);
        // The damaged bytes may inflate to wrong text before zlib sees the fault (the lines there are invalid records),
        // but all before the damage comes out as written: it is in the second half, so more than a third of the text.
        let same = 0;
        while (same < out.length && out[same] === text[same]) same++;
        assert.ok(same > text.length / 3, `fault at ${at} of ${gz.length}, chunks of ${chunk}: ${same} of ${text.length} bytes as written`);
      }
    }
    assert.ok(faults > 0, 'the damage made zlib fail at least once');
  }
});

test('stopping early closes the source', async () => {
  let closed = false;
  async function* chunks() {
    try {
      for (;;) yield gzipSync(TEXT);
    } finally {
      closed = true;
    }
  }
  for await (const _piece of gunzipMembers(chunks(), 'x.gz')) break;
  assert.equal(closed, true);
});

test('a fault deep in a member that inflates to much: what came before it is handed on in pieces, never inflated whole', async () => {
  // The salvage inflated the member's whole prefix at once, some twenty times over (halving for the fault): a storage
  // blob torn by `cat` of the next one held 150 MB and more at a time, its peak 540 MB. Each piece handed on is now
  // one of zlib's outputs (256 KiB), whatever the member inflates to: 4 MB of records here, compressing as logs do.
  const text = Buffer.from(Array.from({ length: 40_000 }, (_, i) => `{"n":${i},"category":"CallDiagnostics","jitterAvg":"${i % 40}"}`).join('\n'));
  const gz = gzipSync(text);
  /** Two bytes turned near the end of the deflate data, where zlib fails in the data (not at the trailer nor at its end). */
  const damaged = (at: number): Buffer | null => {
    const bytes = Buffer.from(gz);
    bytes[at] = bytes[at]! ^ 0x5a;
    bytes[at + 1] = bytes[at + 1]! ^ 0xa5;
    try {
      gunzipSync(bytes);
      return null;
    } catch (zlibError) {
      return /^invalid/.test((zlibError as Error).message) ? bytes : null;
    }
  };
  let bad: Buffer | null = null;
  for (let at = Math.floor(gz.length * 0.8); bad === null && at < gz.length - 20; at += 7) bad = damaged(at);
  assert.ok(bad !== null, 'the damage made zlib fail in the data');
  const pieces: Uint8Array[] = [];
  let error = '';
  try {
    for await (const piece of gunzipMembers((async function* () { yield bad; })(), 'x.json.gz')) pieces.push(piece);
  } catch (caught) {
    error = (caught as Error).message;
  }
  assert.match(error, /^x\.json\.gz: corrupt gzip stream \(/);
  const out = Buffer.concat(pieces);
  let same = 0;
  while (same < out.length && out[same] === text[same]) same++;
  assert.ok(same > text.length * 0.75, `${same} of ${text.length} bytes as written`);
  const largest = Math.max(...pieces.map((piece) => piece.buffer.byteLength));
  assert.ok(largest <= 1 << 20, `the largest piece holds ${largest} bytes`);
});
