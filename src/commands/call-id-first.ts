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

/** A call's or leg's id, or its first 8 characters or more: hex digits, dashes between. */
const ID_LIKE = /^[0-9a-f]{8}(?:-?[0-9a-f])*$/i;

/**
 * `call a60ad5d9 2aaed7ee samples/`: a second id, where the inputs begin. It was "2aaed7ee: cannot open: no such file
 * or directory" alone; said to be an id, and that call shows one call, when an input that looks like one cannot be
 * opened. Nothing changes for an input that opens, whatever its name.
 */
export async function refuseSecondId(named: readonly string[]): Promise<void> {
  const id = named.find((input) => ID_LIKE.test(input) && pathKind(input) === null);
  if (id === undefined) return;
  try {
    await checkInputs(named);
  } catch (error) {
    if (error instanceof InputError && error.message.startsWith(`${id}: `)) {
      throw new UsageError(`${error.message}; '${id}' looks like an id: call shows one call, its id first (acs-calllogs call <id> <files|dirs|->); run it once a call`);
    }
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
