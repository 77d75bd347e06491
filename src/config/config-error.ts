/** A config file that cannot be read or does not hold valid settings: one line for stderr, exit 2. */
export class ConfigError extends Error {}
