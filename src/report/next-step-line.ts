import type { ChalkInstance } from 'chalk';
import { safeText } from '../schema/visible-text.js';
import { visibleIdStart } from '../schema/visible-id.js';
import { textWidth } from './render-grid.js';
import { shellWord } from './shell-word.js';
import type { SummaryDocument } from './summary-document.js';
import { wrapLine } from './wrap-parts.js';

/**
 * What `call` is to be run with to read and judge as the summarize run did (next-step.ts): the program as the user
 * ran it, the inputs as given (none when they came from $ACS_CALLLOGS_INPUT or the config, which `call` reads alike)
 * and the flags that change what is read or judged.
 */
export interface NextStep {
  /** `acs-calllogs`, or `npx acs-calllogs` when run so. */
  program: string;
  inputs: readonly string[];
  flags: readonly string[];
}

/**
 * "Next: acs-calllogs call ad9b017d samples/ — the story of the first poor call", the table report's last line: the
 * command that tells the story of the first poor call listed (else of the first of unknown quality), by the id the
 * table shows it by, which `call` takes; none when none is listed. Each word as a shell takes it back (shell-word.ts);
 * an id or input that starts with a dash comes after `--`, the flags before it, so that `call` reads none as an option.
 * With standard input among the inputs, the same input is to be piped in again: the line says so. More inputs than
 * MOST_INPUTS_WRITTEN are named by their number.
 *
 * `columns`: the terminal's width (null: none known). The command is never broken into lines, as the lines under the
 * tables are wrapped at their words: copied so, its first line ran alone, or a quoted path held a line break. When the
 * line is wider, what it tells goes to the next line (wrapped, indented), and the command is left to the terminal,
 * which folds it where it must and joins it again when copied.
 */
/**
 * More inputs than this (a shell's glob, `logs/*`, gives thousands) are not written out: the line says to give the
 * same inputs, `<the same 2286 inputs>`, which is no path a shell would take for one.
 */
export const MOST_INPUTS_WRITTEN = 4;

export function nextStepLines(doc: SummaryDocument, callIdLength: number, step: NextStep, c: ChalkInstance, columns: number | null = null): string[] {
  const call = doc.calls.find((row) => row.quality === 'poor') ?? doc.calls.find((row) => row.quality === 'unknown');
  if (call === undefined) return [];
  const id = safeText(visibleIdStart(call.correlationId, callIdLength));
  const dashed = [id, ...step.inputs].some((word) => word.startsWith('-') && word !== '-');
  const inputs = step.inputs.length > MOST_INPUTS_WRITTEN ? [`<the same ${step.inputs.length} inputs>`] : step.inputs.map(shellWord);
  const operands = [shellWord(id), ...inputs];
  const flags = step.flags.map(shellWord);
  const words = dashed ? ['call', ...flags, '--', ...operands] : ['call', ...operands, ...flags];
  const what = call.quality === 'poor' ? 'the story of the first poor call' : 'the story of the first call of unknown quality';
  const again = step.inputs.includes('-') ? ', with the same input piped in again' : '';
  const command = `${c.dim('Next:')} ${step.program} ${words.join(' ')}`;
  const told = `— ${what}${again}`;
  const line = `${command} ${c.dim(told)}`;
  if (columns === null || textWidth(line) <= columns) return [line];
  return [command, ...wrapLine(`  ${told}`, columns).map((part) => c.dim(part))];
}
