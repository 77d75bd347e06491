import type { Settings } from '../config/resolve-settings.js';
import { thresholdsJson } from '../report/summary-document.js';
import { EXIT_OK } from './exit-codes.js';

/** `--print-config`: the settings in force, as JSON, and where they came from. */
export function printConfig(settings: Settings, format: string): number {
  const shown = {
    configFile: settings.configPath,
    inputs: settings.inputs,
    inputsFrom: settings.inputsFrom,
    format,
    thresholds: thresholdsJson(settings.thresholds),
    gates: settings.gates,
  };
  process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
  return EXIT_OK;
}
