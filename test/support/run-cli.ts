import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root, from the compiled test (dist/test/support/run-cli.js). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BIN = `${ROOT}bin/acs-calllogs.js`;

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns the built CLI as a user would, with no colour unless the test asks for it. */
export function runCli(args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    env: cliEnv(options.env),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function runJson<T = any>(args: string[], options: Parameters<typeof runCli>[1] = {}): { result: CliResult; json: T } {
  const result = runCli([...args, '--format', 'json'], options);
  let json: T;
  try {
    json = JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(`not JSON (exit ${result.status}): ${result.stdout.slice(0, 300)} ${result.stderr.slice(0, 500)}`);
  }
  return { result, json };
}

/** The environment the CLI runs in: the test's, without its colour, width, input and test-runner settings unless given. */
function cliEnv(given: NodeJS.ProcessEnv | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...given };
  if (!given || !('FORCE_COLOR' in given)) delete env.FORCE_COLOR;
  delete env.ACS_CALLLOGS_INPUT;
  delete env.NODE_TEST_CONTEXT;
  // Run through npx (npm_lifecycle_event=npx), summarize's "Next:" line names `npx acs-calllogs` (next-step.ts).
  if (!given || !('npm_lifecycle_event' in given)) delete env.npm_lifecycle_event;
  // A terminal's width narrows call's tables (terminal-columns.ts): the tests' output is the pipe's unless they set it.
  if (!given || !('COLUMNS' in given)) delete env.COLUMNS;
  if (given?.ACS_CALLLOGS_INPUT !== undefined) env.ACS_CALLLOGS_INPUT = given.ACS_CALLLOGS_INPUT;
  return env;
}

/**
 * Runs the CLI with its standard output redirected to a file, as a shell's `> path` (`w`) or `>> path` (`a`) does:
 * the file is opened before the run starts. Only standard error is captured.
 */
export function runCliToFile(path: string, mode: 'w' | 'a', args: string[], cwd: string = ROOT): Omit<CliResult, 'stdout'> {
  const fd = openSync(path, mode);
  try {
    const result = spawnSync(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', fd, 'pipe'], env: cliEnv(undefined), encoding: 'utf8' });
    return { status: result.status, stderr: result.stderr };
  } finally {
    closeSync(fd);
  }
}

/** Runs the CLI with its standard input redirected from a file, as a shell's `< path` does: standard input is that file, not a pipe. */
export function runCliFromFile(path: string, args: string[], cwd: string = ROOT): CliResult {
  const fd = openSync(path, 'r');
  try {
    const result = spawnSync(process.execPath, [BIN, ...args], { cwd, stdio: [fd, 'pipe', 'pipe'], env: cliEnv(undefined), encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  } finally {
    closeSync(fd);
  }
}
