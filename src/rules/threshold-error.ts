/** A bad threshold (flag or config): one line for stderr, exit 2. */
export class ThresholdError extends Error {}
