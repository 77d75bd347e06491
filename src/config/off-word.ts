/**
 * `off`, which turns a gate or a threshold's limit off, in any case (`OFF`, `Off`), on the command line and in the
 * config file's strings alike (`--max-poor-calls OFF`, `"maxPoorCalls": "Off"`, `jitterAvg.Video=OFF`), as a format's
 * name (formats.ts choiceOf) and a metric's are taken in any case in both places.
 */
export function isOffWord(text: string): boolean {
  return text.toLowerCase() === 'off';
}
