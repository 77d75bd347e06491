import { spawn } from 'node:child_process';
import { BIN, ROOT } from './run-cli.js';

export interface SpawnedResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The CLI did not end within the limit and was killed: a hang. */
  killed: boolean;
}

export interface SpawnOptions {
  /** 'closed': fd 0 closed (`<&-`); 'empty': a pipe closed at once; default 'empty'. */
  stdin?: 'closed' | 'empty';
  /**
   * Run without root's power to read any file (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), through util-linux's
   * setpriv: the way to test permissions when the tests run as root. (Running as another user instead needs
   * every folder above the checkout to be open to that user, which a CI clone in a 0700 temp folder is not.)
   */
  withoutFileOverride?: boolean;
  /** Generous: not a timed assertion, only a guard against a hang. */
  limitMs?: number;
  env?: NodeJS.ProcessEnv;
}

/** Spawns the built CLI without waiting synchronously, so that the test can feed a FIFO meanwhile. */
export function spawnCli(args: string[], options: SpawnOptions = {}): { done: Promise<SpawnedResult> } {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...options.env };
  if (!options.env || !('COLUMNS' in options.env)) delete env.COLUMNS;
  delete env.FORCE_COLOR;
  delete env.ACS_CALLLOGS_INPUT;
  delete env.NODE_TEST_CONTEXT;
  const closed = options.stdin === 'closed';
  // A really closed fd 0 needs a shell: Node cannot spawn a child without one.
  const node: string[] = options.withoutFileOverride
    ? ['setpriv', '--bounding-set', '-dac_override,-dac_read_search', '--', process.execPath, BIN, ...args]
    : [process.execPath, BIN, ...args];
  const [command, ...argv] = closed ? ['/bin/sh', '-c', 'exec "$0" "$@" <&-', ...node] : node;
  const child = spawn(command!, argv, { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin.end();
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    child.kill('SIGKILL');
  }, options.limitMs ?? 20_000);
  const done = new Promise<SpawnedResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr, killed });
    });
  });
  return { done };
}
