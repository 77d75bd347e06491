import assert from 'node:assert/strict';
import { runCli } from './run-cli.js';

/** A usage error: exit 2, nothing on stdout, one line on stderr (no stack); that line, its newline kept. */
export function usageErrorLine(args: string[], options: Parameters<typeof runCli>[1] = {}): string {
  const { status, stdout, stderr } = runCli(args, options);
  assert.equal(status, 2, `${args.join(' ')}: ${stderr}`);
  assert.equal(stdout, '');
  assert.equal(stderr.split('\n').length, 2, `${args.join(' ')}: one line: ${stderr}`);
  return stderr;
}
