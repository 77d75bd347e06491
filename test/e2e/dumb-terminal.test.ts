import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { BIN, ROOT } from '../support/run-cli.js';

const P2P = readFileSync(join(ROOT, 'test/fixtures/input/p2p-call.jsonl'));

/**
 * Runs the CLI with stdout and stderr each a pseudo-terminal (python3's pty module, raw: what is written is what is
 * read, no \n made \r\n), as at a person's terminal, with `TERM` as given and `typed` on a pipe to standard input:
 * half of it, then after a pause the rest, so that a reading that would show a progress line lasts past its first
 * second. Null when python3 cannot do it here.
 */
function runOnTerminal(args: string[], term: string, typed: Buffer): { status: number; stdout: string; stderr: string } | null {
  const script = [
    'import json, os, pty, select, subprocess, sys, threading, time, tty',
    'data = sys.stdin.buffer.read()',
    'ptys = [pty.openpty(), pty.openpty()]',
    'for _, slave in ptys: tty.setraw(slave)',
    'child = subprocess.Popen(sys.argv[1:], stdin=subprocess.PIPE, stdout=ptys[0][1], stderr=ptys[1][1])',
    'for _, slave in ptys: os.close(slave)',
    'def feed():',
    '    half = len(data) // 2',
    '    child.stdin.write(data[:half]); child.stdin.flush(); time.sleep(2.5)',
    '    child.stdin.write(data[half:]); child.stdin.close()',
    'threading.Thread(target=feed).start()',
    'masters, got, open_ = [m for m, _ in ptys], [b"", b""], {0, 1}',
    'while open_:',
    '    ready = select.select([masters[i] for i in open_], [], [])[0]',
    '    for i in [i for i in open_ if masters[i] in ready]:',
    '        try: chunk = os.read(masters[i], 65536)',
    '        except OSError: chunk = b""',
    '        if chunk: got[i] += chunk',
    '        else: open_.discard(i)',
    'json.dump({"status": child.wait(), "stdout": got[0].decode(), "stderr": got[1].decode()}, sys.stdout)',
  ].join('\n');
  const env: NodeJS.ProcessEnv = { ...process.env, TERM: term };
  for (const name of ['NODE_TEST_CONTEXT', 'ACS_CALLLOGS_INPUT', 'FORCE_COLOR', 'NO_COLOR', 'COLUMNS', 'CI']) delete env[name];
  // The timeout keeps a run that never ends from hanging the suite; no assertion on time.
  const result = spawnSync('python3', ['-c', script, process.execPath, BIN, ...args], { cwd: ROOT, env, input: typed, encoding: 'utf8', timeout: 120_000 });
  if (result.error !== undefined || result.status !== 0) return null;
  return JSON.parse(result.stdout) as { status: number; stdout: string; stderr: string };
}

test('TERM=dumb at a terminal: no colour and no progress line, nothing but text on stdout and stderr', (t) => {
  const plain = runOnTerminal(['call', '8d1a8374', '-'], 'dumb', P2P);
  if (plain === null) return t.skip('python3 with a pseudo-terminal is not available here (colors.ts and progress-line.ts are unit-tested)');
  // The same run on a terminal that has colours: the pseudo-terminals are terminals to the CLI.
  const coloured = runOnTerminal(['call', '8d1a8374', '-'], 'xterm-256color', P2P);
  assert.equal(coloured?.status, 0, coloured?.stderr);
  assert.match(coloured!.stdout, /\u001b\[1mCall\u001b\[22m 8d1a8374-/);
  assert.equal(plain.status, 0, plain.stderr);
  assert.match(plain.stdout, /^Call 8d1a8374-344d-4502-b54b-ba2d6daaf0ae\n/);
  assert.doesNotMatch(plain.stdout, /[\u001b\r]/, 'no escape sequence, no carriage return');
  // Standard input is a pipe: no hint; a progress line would have come while the rest of the input was awaited.
  assert.equal(plain.stderr, '');
});
