import { execFileSync } from 'node:child_process';
import { chmodSync, createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A good CallDiagnostics record, one line. */
export function goodLine(id = 'good0000-0000-4000-8000-000000000001'): string {
  return JSON.stringify({
    time: '2026-11-20T09:00:00Z',
    correlationId: id,
    category: 'CallDiagnostics',
    properties: { participantId: 'p1', mediaType: 'Audio', streamId: '1', roundTripTimeAvg: 40 },
  });
}

/** Bytes from a fixed seed (a linear congruential generator): the same garbage on every run. */
export function seededBytes(length: number, seed = 0x5eed): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const DEEP = 300_000;

/**
 * Writes the generated input `name` into `dir` and returns its path (for FIFOs and stdin: what to pass).
 * Big, binary and special files are made at test time so that none is committed.
 */
export function generateInput(name: string, dir: string): string {
  const path = join(dir, name);
  switch (name) {
    case 'binary-garbage.bin':
      writeFileSync(path, seededBytes(64 * 1024));
      return path;
    case 'deep-array.json':
      writeFileSync(path, '['.repeat(DEEP));
      return path;
    case 'deep-line.jsonl': {
      const deep = JSON.stringify({ category: 'CallSummary', correlationId: 'deep0000-0000-4000-8000-000000000001', properties: { osVersion: 'X' } });
      writeFileSync(path, `${deep.replace('"X"', '['.repeat(DEEP) + ']'.repeat(DEEP))}\n${goodLine()}\n`);
      return path;
    }
    case 'deep-first-line.jsonl':
      writeFileSync(path, `${'['.repeat(DEEP)}\n${goodLine()}\n${goodLine('good0000-0000-4000-8000-000000000002')}\n`);
      return path;
    case 'truncated.json.gz': {
      const lines = Array.from({ length: 3000 }, (_, i) => goodLine(`gz${String(i).padStart(6, '0')}-0000-4000-8000-000000000001`));
      const gz = gzipSync(`${lines.join('\n')}\n`);
      writeFileSync(path, gz.subarray(0, Math.floor(gz.length / 2)));
      return path;
    }
    case 'trailing-junk.json.gz': {
      const lines = Array.from({ length: 3000 }, (_, i) => goodLine(`gz${String(i).padStart(6, '0')}-0000-4000-8000-000000000001`));
      writeFileSync(path, Buffer.concat([gzipSync(`${lines.join('\n')}\n`), Buffer.from('junk\n')]));
      return path;
    }
    case 'torn-early.json.gz':
      // The gzip header alone (10 bytes): two bytes more inflate to `{`, text, and the file is a record torn.
      writeFileSync(path, gzipSync(`${goodLine()}\n`).subarray(0, 10));
      return path;
    case 'binary-start.jsonl': {
      // A blob whose first bytes were overwritten: 300 bytes of binary (a NUL among them, no line break), then records.
      const junk = seededBytes(300).map((byte) => (byte === 0x0a ? 0x0b : byte));
      junk[5] = 0;
      const lines = Array.from({ length: 20 }, (_, i) => goodLine(`bin${String(i).padStart(5, '0')}-0000-4000-8000-000000000001`));
      writeFileSync(path, Buffer.concat([junk, Buffer.from(`\n${lines.join('\n')}\n`)]));
      return path;
    }
    case 'huge-row.csv': {
      // A row past csv-parse's 16 MB limit, between good rows: the rows before and after it are read, it is one invalid row.
      const header = 'TimeGenerated [UTC],CorrelationId,ParticipantId,MediaType,RoundTripTimeAvg,Type';
      const row = (id: string, participant = 'p1') => `2026-11-20T09:00:00Z,${id},${participant},Audio,100,ACSCallDiagnostics`;
      writeFileSync(path, [header, row('csv00000-0000-4000-8000-000000000001'), row('csv00000-0000-4000-8000-000000000002', 'x'.repeat(17 << 20)), row('csv00000-0000-4000-8000-000000000003'), ''].join('\n'));
      return path;
    }
    case 'unreadable.json':
      writeFileSync(path, `${goodLine()}\n`);
      chmodSync(path, 0o000);
      return path;
    case 'fifo-with-writer':
    case 'fifo-without-writer':
      execFileSync('mkfifo', [path]);
      return path;
    case 'stdin-closed':
    case 'stdin-empty':
      return '-';
    default:
      throw new Error(`no generator for ${name}`);
  }
}

/** Opens the FIFO for writing (this waits for the CLI to open it for reading) and writes one good record. */
export function feedFifo(path: string): void {
  const writer = createWriteStream(path);
  writer.end(`${goodLine()}\n`);
}
