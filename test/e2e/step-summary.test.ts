import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { BIN, ROOT, runCli } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

/**
 * The Markdown report appended to GitHub's step summary (step-summary.ts), by `--report markdown="$GITHUB_STEP_SUMMARY"`
 * and by `--format markdown >> "$GITHUB_STEP_SUMMARY"`: never past GitHub's 1 MiB, over which GitHub shows none of
 * the summary, earlier steps' part included; and on a line of its own after a summary that ends inside a line.
 */
const SAMPLES = `${ROOT}samples/`;
const LIMIT = 1024 * 1024;
const RUNS: Record<string, string[]> = {
  summarize: ['summarize', SAMPLES, '--quiet'],
  'summarize --fail-on-poor': ['summarize', SAMPLES, '--quiet', '--fail-on-poor'],
  call: ['call', 'ad9b017d', SAMPLES, '--quiet'],
  'call --fail-on-poor': ['call', 'ad9b017d', SAMPLES, '--quiet', '--fail-on-poor'],
};

/** Runs with the step summary holding `before`, the report going to it as `how` says; its text after, and the run's. */
function appendTo(before: string, args: string[], how: 'report' | 'stdout'): { after: string; status: number | null; stderr: string } {
  const summary = join(scratchDir('gh-'), 'step_summary');
  writeFileSync(summary, before);
  const env = { GITHUB_STEP_SUMMARY: summary };
  if (how === 'report') {
    const r = runCli([...args, '--format', 'json', '--report', `markdown=${summary}`], { env });
    return { after: readFileSync(summary, 'utf8'), status: r.status, stderr: r.stderr };
  }
  // As a shell's >> gives it: the file opened for appending as standard output.
  const fd = openSync(summary, 'a');
  try {
    const r = spawnSync(process.execPath, [BIN, ...args, '--format', 'markdown'], { stdio: ['ignore', fd, 'pipe'], env: { ...process.env, ...env }, encoding: 'utf8' });
    return { after: readFileSync(summary, 'utf8'), status: r.status, stderr: r.stderr };
  } finally {
    closeSync(fd);
  }
}

test('a step summary with no room even for the "no room" line: nothing is added, stderr says so in one line, the gates decide the exit code', () => {
  // 76 bytes left: less than the heading and its line saying there is no room.
  const full = `${'x'.repeat(LIMIT - 77)}\n`;
  for (const [name, args] of Object.entries(RUNS)) {
    for (const how of ['report', 'stdout'] as const) {
      const { after, status, stderr } = appendTo(full, args, how);
      assert.equal(Buffer.byteLength(after), Buffer.byteLength(full), `${name} (${how}): ${Buffer.byteLength(after)} bytes`);
      assert.equal(status, name.endsWith('--fail-on-poor') ? 1 : 0, `${name} (${how}): ${stderr}`);
      const warnings = stderr.split('\n').filter((line) => line.includes('step summary'));
      assert.equal(warnings.length, 1, `${name} (${how}): ${stderr}`);
      assert.match(warnings[0]!, /^warning: the markdown report is not added to the step summary: it holds 1048500 bytes/);
    }
  }
});

test('a step summary with room for the "no room" line only: that is added, and the summary stays within 1 MiB', () => {
  const nearlyFull = `${'x'.repeat(LIMIT - 600)}\n`;
  for (const [name, args] of Object.entries(RUNS)) {
    for (const how of ['report', 'stdout'] as const) {
      const { after, stderr } = appendTo(nearlyFull, args, how);
      assert.ok(Buffer.byteLength(after) <= LIMIT, `${name} (${how}): ${Buffer.byteLength(after)} bytes`);
      // summarize's heading and its line; call's line (its budget cut it before its heading) and its footer.
      assert.match(after.slice(nearlyFull.length), /^(## ACS call quality: 4 poor of 8 calls\n\n_No room left|\n_The rest is not shown)/, `${name} (${how})`);
      assert.doesNotMatch(stderr, /step summary/, `${name} (${how})`);
    }
  }
});

test('a step summary that ends inside a line: the report starts on a line of its own, so its heading is one', () => {
  for (const [name, args] of Object.entries(RUNS)) {
    for (const how of ['report', 'stdout'] as const) {
      const { after } = appendTo('earlier step, no line break', args, how);
      assert.match(after, /^earlier step, no line break\n## (ACS call quality|Call `ad9b017d)/, `${name} (${how})`);
    }
  }
  // A summary that ends a line, or an empty one, gets no blank line of ours.
  assert.match(appendTo('# earlier\n', RUNS.summarize!, 'report').after, /^# earlier\n## ACS call quality/);
  assert.match(appendTo('', RUNS.call!, 'stdout').after, /^## Call `ad9b017d/);
});

test('breakdown tables whose values run long (SDK versions of 150 KB): left out, saying so, and the calls still reach the step summary', () => {
  // Twelve poor calls, each with an SDK version of its own 150 KB long: ten rows of the SDK table were 1.5 MB of
  // Markdown, which took the report past 1 MiB, so nothing of it was added to the step summary.
  const dir = scratchDir('long-values-');
  const logs = join(dir, 'long-values.jsonl');
  const records = Array.from({ length: 12 }, (_, i) => {
    const correlationId = `cc${String(i).padStart(6, '0')}-0000-4000-8000-000000000000`;
    const sdkVersion = String.fromCharCode(65 + i).repeat(150_000);
    return [
      { category: 'CallSummary', correlationId, properties: { participantId: `p${i}`, callType: 'P2P', callStartTime: '2026-11-20T08:00:00Z', callDuration: 60, endpointType: 'VoIP', sdkVersion } },
      { category: 'CallDiagnostics', correlationId, properties: { participantId: `p${i}`, endpointType: 'VoIP', mediaType: 'Audio', streamId: '1', roundTripTimeAvg: '900' } },
    ].map((r) => JSON.stringify(r)).join('\n');
  });
  writeFileSync(logs, `${records.join('\n')}\n`);
  for (const how of ['report', 'stdout'] as const) {
    const { after, status, stderr } = appendTo('', ['summarize', logs, '--quiet', '--fail-on-poor'], how);
    assert.equal(status, 1, `${how}: ${stderr}`);
    assert.doesNotMatch(stderr, /step summary/, how);
    assert.ok(Buffer.byteLength(after) <= LIMIT, `${how}: ${Buffer.byteLength(after)} bytes`);
    assert.match(after, /^## ACS call quality: 12 poor of 12 calls\n/, how);
    assert.equal(after.match(/^\| `cc\d{6}-0000-4000-8000-000000000000` \|/gm)?.length, 12, how);
    assert.match(after, /^## Where poor quality comes from\n\n_Left out: the tables would take more than the 16 KB kept for them/m, how);
    assert.doesNotMatch(after, /AAAAAAAAAA/, how);
  }
  // The samples' tables, a few KB, are shown as ever.
  assert.match(appendTo('', RUNS.summarize!, 'report').after, /^### Poor streams by metric/m);
});
