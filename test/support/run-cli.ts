import { spawnSync } from 'node:child_process';
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
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  if (!options.env || !('FORCE_COLOR' in options.env)) delete env.FORCE_COLOR;
  delete env.ACS_CALLLOGS_INPUT;
  delete env.NODE_TEST_CONTEXT;
  if (options.env?.ACS_CALLLOGS_INPUT !== undefined) env.ACS_CALLLOGS_INPUT = options.env.ACS_CALLLOGS_INPUT;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    env,
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
