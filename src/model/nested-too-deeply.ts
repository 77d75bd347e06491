import type { SourceLocation } from '../input/input-event.js';

/**
 * JSON.parse reads any depth; JSON.stringify and the normaliser's walks do not. A value nested thousands deep
 * (`[[[[…`) makes them throw RangeError: that record is one invalid record, and reading goes on.
 */
export function whenNotTooDeep<T>(read: () => T, at: SourceLocation): T | { kind: 'invalid'; at: SourceLocation; reason: string } {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { kind: 'invalid', at, reason: 'nested too deeply to read' };
  }
}
