import { statSync } from 'node:fs';
import { InputError } from '../input/input-event.js';
import { checkInputs } from '../input/walk-paths.js';
import { UsageError } from './usage-error.js';

/**
 * `call samples/ a60ad5d9` (the inputs before the id), or `call samples/` (the id left out): a file or folder was
 * given where the call id belongs. The run would say only that 'a60ad5d9' cannot be opened, or that there are no
 * inputs, and leave the reader to find why; said with the reason here, before anything is read. Nothing changes for
 * a run that would go on: only when the id names a file or folder and the inputs would fail anyway.
 */
export async function refuseIdAfterInputs(id: string, named: readonly string[], inputsInForce: number): Promise<void> {
  const kind = pathKind(id);
  if (kind === null) return;
  const why = `'${id}' is a ${kind}, taken as the call id: the id comes first (acs-calllogs call <id> <files|dirs|->)`;
  if (named.length === 0) {
    if (inputsInForce === 0) throw new UsageError(`no inputs: ${why}`);
    return;
  }
  try {
    await checkInputs(named);
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(`${error.message}; ${why}`);
    throw error;
  }
}

function pathKind(path: string): 'file' | 'folder' | null {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return null;
  }
}
