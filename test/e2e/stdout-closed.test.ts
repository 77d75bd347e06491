import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { BIN, ROOT } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

/** 3,000 poor calls: their table is megabytes, far past what a pipe holds, so the CLI is still writing when its reader goes. */
function manyPoorCalls(): string {
  const lines: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const correlationId = `${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`;
    lines.push(JSON.stringify({ category: 'CallSummary', correlationId, properties: { callStartTime: '2026-11-20T08:00:00Z', callType: 'P2P', endpointId: 'e', endpointType: 'VoIP' } }));
    lines.push(JSON.stringify({ category: 'CallDiagnostics', correlationId, properties: { endpointId: 'e', mediaType: 'Audio', streamId: '1', roundTripTimeAvg: 900 } }));
  }
  const file = join(scratchDir('stdout-'), 'poor.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
delete env.FORCE_COLOR;
delete env.NODE_TEST_CONTEXT;

/** Runs the CLI and closes its stdout after the first chunk, as `| head -c 1` does. */
function runClosingEarly(args: string[]): Promise<{ status: number | null; stderr: string; chunks: number }> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let chunks = 0;
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdout.on('data', () => {
    chunks++;
    child.stdout.destroy();
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr, chunks }));
  });
}

for (const format of ['table', 'json', 'junit']) {
  test(`summarize --format ${format} | head: a gate crossed still exits 1 with its stderr line when the reader goes early`, async () => {
    const { status, stderr, chunks } = await runClosingEarly(['summarize', manyPoorCalls(), '--format', format, '--max-poor-calls', '0']);
    assert.equal(chunks, 1);
    assert.equal(stderr, 'acs-calllogs: gate max-poor-calls crossed: 3000 poor calls > 0 allowed — over by 3000 (set by --max-poor-calls)\n');
    assert.equal(status, 1);
  });
}

test('summarize | head with no gate crossed: exit 0 and nothing on stderr (a closed pipe is not an error)', async () => {
  const { status, stderr } = await runClosingEarly(['summarize', manyPoorCalls()]);
  assert.equal(stderr, '');
  assert.equal(status, 0);
});

test('a full disk under stdout is one line and exit 2, not an internal error', { skip: !existsSync('/dev/full') && 'no /dev/full' }, () => {
  for (const args of [['summarize', 'samples/', '--format', 'json'], ['call', 'a60ad5d9', 'samples/']]) {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      assert.equal(result.stderr, 'acs-calllogs: cannot write to standard output: ENOSPC\n', args.join(' '));
      assert.equal(result.status, 2, args.join(' '));
    } finally {
      closeSync(full);
    }
  }
});

/**
 * Runs the CLI in bash with `args`, its stdout piped to `head -c 10` (and, with `fifo`, a FIFO read the same way):
 * the CLI's exit code and stderr.
 */
function runInBash(args: string[], fifo?: string): { status: number; stderr: string } {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  const reader = fifo === undefined ? '' : `mkfifo '${fifo}' && { head -c 10 < '${fifo}' > /dev/null & } && `;
  const script = `${reader}${quoted} 2> "$0.err" | head -c 10 > /dev/null; status=\${PIPESTATUS[0]}; wait; cat "$0.err" >&2; exit $status`;
  const result = spawnSync('bash', ['-c', script, join(scratchDir('bash-'), 'cli')], { cwd: ROOT, env, encoding: 'utf8' });
  return { status: result.status ?? -1, stderr: result.stderr };
}

test('--report json=/dev/stdout | head, or a report FIFO whose reader goes: quiet, the exit code the run would give', { skip: spawnSync('bash', ['-c', 'true']).status !== 0 && 'no bash' }, () => {
  const file = manyPoorCalls();
  for (const format of ['json', 'csv', 'junit']) {
    const quiet = runInBash(['summarize', file, '--report', `${format}=/dev/stdout`]);
    assert.deepEqual(quiet, { status: 0, stderr: '' }, format);
  }
  const gate = runInBash(['summarize', file, '--report', 'json=/dev/stdout', '--max-poor-calls', '0']);
  assert.deepEqual(gate, { status: 1, stderr: 'acs-calllogs: gate max-poor-calls crossed: 3000 poor calls > 0 allowed — over by 3000 (set by --max-poor-calls)\n' });
  const path = join(scratchDir('fifo-'), 'report.fifo');
  const fifo = runInBash(['summarize', file, '--report', `json=${path}`], path);
  assert.equal(fifo.stderr, '');
  assert.equal(fifo.status, 0);
});
