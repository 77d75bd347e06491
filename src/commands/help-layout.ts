import { type Command, Help, type HelpConfiguration } from 'commander';

/** The indent of a term and the gap after it, as commander lays them out (Help.formatItem). */
const ITEM_INDENT = 2;
const SPACER = 2;

/**
 * How `--help` is laid out: commander's two columns, with the global options shown under each command's. Commander
 * sizes the term column to the longest term, and leaves a description narrower than 40 columns (its minWidthToWrap)
 * unwrapped: one long term (`call [options] <correlationId> [inputs...]` in the program's help) made every line
 * as long as its description, wrapped by an 80-column terminal into the term column. Here the column is as wide as
 * the longest term that leaves the descriptions 40 columns; a longer term has a line of its own, its description
 * under it in the column. When no term leaves 40 columns (a terminal under ~50), commander's own layout.
 */
export const HELP_LAYOUT: HelpConfiguration = { showGlobalOptions: true, padWidth, formatItem };

function padWidth(this: Help, cmd: Command, helper: Help): number {
  const widest = (this.helpWidth ?? 80) - ITEM_INDENT - SPACER - this.minWidthToWrap;
  const widths = termWidths(cmd, helper).filter((width) => width <= widest);
  return widths.length === 0 ? Help.prototype.padWidth.call(this, cmd, helper) : Math.max(...widths);
}

function formatItem(this: Help, term: string, termWidth: number, description: string, helper: Help): string {
  const own = (line: string, width: number) => Help.prototype.formatItem.call(this, line, width, description, helper);
  if (description === '' || helper.displayWidth(term) <= termWidth) return own(term, termWidth);
  // A term wider than the column: alone on its line, and its description where the column's descriptions are.
  return `${' '.repeat(ITEM_INDENT)}${term}\n${own('', termWidth)}`;
}

/** Every term the help lists beside a description, as wide as it shows (what commander's padWidth takes the longest of). */
function termWidths(cmd: Command, helper: Help): number[] {
  return [
    ...helper.visibleOptions(cmd).map((option) => helper.styleOptionTerm(helper.optionTerm(option))),
    ...helper.visibleGlobalOptions(cmd).map((option) => helper.styleOptionTerm(helper.optionTerm(option))),
    ...helper.visibleCommands(cmd).map((command) => helper.styleSubcommandTerm(helper.subcommandTerm(command))),
    ...helper.visibleArguments(cmd).map((argument) => helper.styleArgumentTerm(helper.argumentTerm(argument))),
  ].map((term) => helper.displayWidth(term));
}
