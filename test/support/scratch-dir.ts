import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let root: string | undefined;

/**
 * A new empty directory for a test's files, under one directory of this test file's process that is removed when the
 * process exits (node --test runs each test file in its own): a run leaves nothing behind in the system's temp dir.
 */
export function scratchDir(prefix = 'case-'): string {
  if (root === undefined) {
    const made = mkdtempSync(join(tmpdir(), 'acs-calllogs-test-'));
    process.on('exit', () => rmSync(made, { recursive: true, force: true }));
    root = made;
  }
  return mkdtempSync(join(root, prefix));
}
