import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { type BreakdownSection, breakdownSections } from './breakdown-sections.js';
import type { BreakdownsJson } from './breakdowns-json.js';

/** The breakdown sections as compact terminal tables, worst first, each with its "+n more" and notes. */
export function renderBreakdownsTable(breakdowns: BreakdownsJson, c: ChalkInstance): string {
  return breakdownSections(breakdowns)
    .map((section) => sectionText(section, c))
    .join('\n\n');
}

function sectionText(section: BreakdownSection, c: ChalkInstance): string {
  const lines = [c.bold(section.title)];
  if (section.rows.length === 0) lines.push(c.dim('  none'));
  else {
    const table = new Table({
      head: section.head.map((h) => c.bold(h)),
      colAligns: section.numeric.map((n) => (n ? 'right' : 'left')),
      style: { head: [], border: [], compact: true },
      ...(section.head.includes('Meaning') ? { colWidths: [null, null, null, null, 48], wordWrap: true } : {}),
    });
    for (const row of section.rows) table.push(row);
    lines.push(table.toString());
  }
  if (section.more > 0) lines.push(c.dim(`+${section.more} more`));
  lines.push(...section.notes);
  return lines.join('\n');
}
