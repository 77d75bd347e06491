/**
 * JSON.parse reads any depth; JSON.stringify and the normaliser's walks do not. A value nested thousands deep
 * (`[[[[…`) makes them throw RangeError: that record is one invalid record, and reading goes on. Any other error
 * is thrown on: it is a bug, not the input.
 */
export function tooDeepReason(error: unknown): string {
  if (!(error instanceof RangeError)) throw error;
  return 'nested too deeply to read';
}
