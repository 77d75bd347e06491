import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { BIN, ROOT, runCli } from '../support/run-cli.js';

const P2P = readFileSync(join(ROOT, 'test/fixtures/input/p2p-call.jsonl'));
const HINT = 'note: reading standard input from the terminal: paste the records, then Ctrl-D at the start of a line (or name the files to read instead of -)\n';

/**
 * Runs the CLI with its standard input a pseudo-terminal (python3's pty module), typing `typed` into it and then
 * Ctrl-D, as a person would; stdout and stderr are pipes. Null when python3 cannot do it here.
 */
function runOnTerminal(args: string[], typed: Buffer): { status: number; stdout: string; stderr: string } | null {
  const script = [
    'import json, os, pty, subprocess, sys',
    'master, slave = pty.openpty()',
    'child = subprocess.Popen(sys.argv[2:], stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE)',
    'os.close(slave)',
    'os.write(master, sys.stdin.buffer.read() + b"\\x04")',
    'out, err = child.communicate()',
    'json.dump({"status": child.returncode, "stdout": out.decode(), "stderr": err.decode()}, sys.stdout)',
  ].join('\n');
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const name of ['NODE_TEST_CONTEXT', 'ACS_CALLLOGS_INPUT', 'FORCE_COLOR', 'COLUMNS']) delete env[name];
  // The timeout keeps a run that never ends (stdin not a terminal after all) from hanging the suite; no assertion on time.
  const result = spawnSync('python3', ['-c', script, '--', process.execPath, BIN, ...args], { cwd: ROOT, env, input: typed, encoding: 'utf8', timeout: 120_000 });
  if (result.error !== undefined || result.status !== 0) return null;
  return JSON.parse(result.stdout) as { status: number; stdout: string; stderr: string };
}

test('summarize - with standard input a terminal says first how to end the input, then reads what was typed', (t) => {
  const run = runOnTerminal(['summarize', '-', '--format', 'json'], P2P);
  if (run === null) return t.skip('python3 with a pseudo-terminal is not available here (stdin-hint.test.ts tests the decision)');
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr, HINT);
  assert.equal((JSON.parse(run.stdout) as { input: { used: number } }).input.used, 4);
  // With --quiet, nothing; call says it too.
  const quiet = runOnTerminal(['summarize', '-', '--quiet', '--format', 'json'], P2P);
  assert.equal(quiet?.stderr, '');
  assert.equal(quiet?.status, 0);
  const call = runOnTerminal(['call', '8d1a8374', '-', '--format', 'json'], P2P);
  assert.equal(call?.stderr, HINT);
  assert.equal(call?.status, 0);
});

test('summarize - with standard input piped says nothing of it', () => {
  const piped = runCli(['summarize', '-', '--format', 'json'], { input: P2P });
  assert.equal(piped.status, 0, piped.stderr);
  assert.equal(piped.stderr, '');
});
