import type { Settings } from '../config/resolve-settings.js';
import { DEFAULT_MAX_RECORD_BYTES } from '../input/input-event.js';
import { thresholdsJson } from '../report/summary-document.js';
import { EXIT_OK } from './exit-codes.js';
import type { ReadingOptions } from './read-flags.js';

/**
 * `--print-config`: the settings in force, as JSON, and where they came from (the config file, the inputs, each gate). The command has checked every flag
 * first, as a run does (a bad value is the run's one line and exit 2, not a config printed); `reading`: the reading
 * flags of a command that reads logs, shown with their defaults (threads null: chosen from the input's size).
 */
export function printConfig(settings: Settings, format: string, reading?: ReadingOptions): number {
  const shown = {
    configFile: settings.configPath,
    inputs: settings.inputs,
    inputsFrom: settings.inputsFrom,
    format,
    ...(reading === undefined ? {} : { maxRecordBytes: reading.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES, threads: reading.threads ?? null, redact: settings.redact }),
    thresholds: thresholdsJson(settings.thresholds),
    gates: settings.gates,
    // Where each gate in force was set (its flag, or the config file's key), by its key in `gates`.
    gateSources: Object.fromEntries(
      Object.entries(settings.gateSources)
        .map(([gate, source]) => [gate.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), source] as const)
        .filter(([key]) => Object.hasOwn(settings.gates, key)),
    ),
  };
  process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
  return EXIT_OK;
}
