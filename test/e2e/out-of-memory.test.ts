import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runCli } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

const scratch = scratchDir('oom-');
after(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * ~40 MB of distinct calls, a leg and a stream each: more than a 48 MB heap holds, judged and reported. The legs are
 * what makes it so: summarize holds a stream in ~300 bytes of columns (held-streams.ts), and 40,000 streams alone
 * fit, so that whether the guard tripped came down to how much garbage the heap held when it looked.
 */
let written: string | null = null;
function bigExport(): string {
  if (written !== null) return written;
  const path = (written = join(scratch, 'PT1H.json'));
  const lines: string[] = [];
  for (let i = 0; i < 40_000; i++) {
    const id = `${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`;
    lines.push(
      JSON.stringify({
        time: '2026-11-20T09:00:00Z',
        category: 'CallSummary',
        correlationId: id,
        properties: { participantId: `p-${i}`, endpointId: `e-${i}`, endpointType: 'VoIP', callType: 'Group', callStartTime: '2026-11-20T09:00:00Z', callDuration: 600, participantStartTime: '2026-11-20T09:00:00Z', participantDuration: 600, participantEndReason: '0', identifier: `acs:${'0'.repeat(36)}_${id}`, osVersion: `Windows 10.0.22631 Arch: x64 build ${i}`, sdkVersion: '1.31.2.1', teamsThreadId: `19:meeting_${id}@thread.v2` },
      }),
      JSON.stringify({
        time: '2026-11-20T09:00:00Z',
        category: 'CallDiagnostics',
        correlationId: id,
        properties: { participantId: `p-${i}`, endpointId: `e-${i}`, endpointType: 'VoIP', mediaType: 'Audio', streamId: '1000', transportType: 'UDP', roundTripTimeAvg: String(40 + (i % 600)), jitterAvg: String(i % 40), packetLossRateAvg: '3.1E-05', jitterBufferSizeAvg: '40', healedDataRatioAvg: '0.01', identifier: `acs:${'0'.repeat(36)}_${id}`, osVersion: 'Windows 10.0.22631 Arch: x64', sdkVersion: '1.31.2.1' },
      }),
    );
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

test('an export too big for the heap ends in one line saying what to do (exit 2), not in V8 fatal error', () => {
  const path = bigExport();
  const small = runCli(['summarize', path, '--format', 'json'], { env: { NODE_OPTIONS: '--max-old-space-size=48' } });
  assert.equal(small.status, 2, small.stderr.slice(0, 500));
  assert.match(small.stderr, /^acs-calllogs: .*PT1H\.json: out of memory after [\d,]+ records \(Node's heap limit is [\d.]+ GB\): read fewer files at a time, or raise the limit, e\.g\. NODE_OPTIONS=--max-old-space-size=\d+\n$/);
  assert.equal(small.stdout, '');
  // The same export with the default heap is read whole.
  const normal = runCli(['summarize', path, '--format', 'json']);
  assert.equal(normal.status, 0, normal.stderr.slice(0, 500));
  assert.equal((JSON.parse(normal.stdout) as { totals: { calls: number } }).totals.calls, 40_000);
});

test('on worker threads too, running out of memory is one line (exit 2), not an internal error', () => {
  const path = bigExport();
  const result = runCli(['summarize', path, '--format', 'json', '--threads', '3'], { env: { NODE_OPTIONS: '--max-old-space-size=24' } });
  assert.equal(result.status, 2, result.stderr.slice(0, 500));
  assert.match(result.stderr, /^acs-calllogs: .*PT1H\.json: out of memory after [\d,]+ records on one of 3 worker threads \(Node.*NODE_OPTIONS=--max-old-space-size=\d+\n$/);
  assert.equal(result.stdout, '');
});
