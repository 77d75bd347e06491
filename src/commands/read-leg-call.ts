import { statSync } from 'node:fs';
import { STDIN_INPUT } from '../input/walk-paths.js';
import { countOnlyCall } from '../model/count-only-call.js';
import type { LoadedCalls } from '../model/load-calls.js';
import { callSearch } from './call-search.js';
import { printInputProblems, type ReadCallsFlags, readCalls } from './read-calls.js';
import { UsageError } from './usage-error.js';

/**
 * The whole call `callId` of the leg (or legs of it) asked for by `query`, which `names` says ("is leg … of call …",
 * "names several legs of call …": match-leg-id.ts): the first read parsed only the records holding the leg's id, so
 * the inputs are read again for the call's. Inputs that cannot be read again — standard input, a named pipe — end
 * in one line that names the call, to ask for it by its id.
 */
export async function readLegCall(query: string, callId: string, names: string, inputs: string[], flags: ReadCallsFlags): Promise<LoadedCalls> {
  const once = [...(inputs.includes(STDIN_INPUT) ? ['standard input'] : []), ...inputs.filter((input) => input !== STDIN_INPUT && isPipe(input))];
  const is = `'${query}' ${names}`;
  if (once.length > 0) {
    throw new UsageError(`${is}, whose other records could not be read: ${once.join(', ')} cannot be read twice; ask for the call by its id`);
  }
  const loaded = await readCalls(inputs, flags, callSearch([callId], null), false);
  const found = loaded.calls.some((c) => c.correlationId === callId);
  // Other calls' records that hold the call's id were read too: filtered, not used.
  if (found) countOnlyCall(loaded, callId);
  printInputProblems(loaded, flags);
  if (!found) throw new UsageError(`${is}, which was not found when the inputs were read again for it: did they change meanwhile?`);
  return loaded;
}

/** A named pipe (mkfifo, or <(…) from the shell), read once; anything else is read again as it was. */
function isPipe(input: string): boolean {
  try {
    return statSync(input).isFIFO();
  } catch {
    return false;
  }
}
