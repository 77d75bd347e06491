import type { ScanPlan } from './json-element-scanner.js';
import type { PathStep } from './scanned-value.js';

/**
 * A plan that streams the elements of the array at `arrayPath` (object keys from the top):
 * [] for a top-level array, ["records"] for an Event Hubs envelope. Keys match in any case (`"Records"`).
 * Everything else is passed over.
 */
export function elementsOf(arrayPath: readonly string[]): ScanPlan {
  return (path: readonly PathStep[]) => {
    const depth = Math.min(path.length, arrayPath.length);
    for (let i = 0; i < depth; i++) if (!sameStep(path[i]!, arrayPath[i]!)) return 'skip';
    if (path.length <= arrayPath.length) return 'descend';
    return path.length === arrayPath.length + 1 && typeof path[arrayPath.length] === 'number' ? 'capture' : 'skip';
  };
}

/** Whether a step of a path read is the key (in any case) that a path asked for names. */
function sameStep(step: PathStep, key: string): boolean {
  return step === key || (typeof step === 'string' && step.length === key.length && step.toLowerCase() === key);
}
