import { type BreakdownSection, breakdownSections } from './breakdown-sections.js';
import type { BreakdownsJson } from './breakdowns-json.js';
import { escapeMarkdown } from './markdown-text.js';

/** The breakdown sections as Markdown tables (### headings), the same rows as the terminal shows. */
export function renderBreakdownsMarkdown(breakdowns: BreakdownsJson): string[] {
  return breakdownSections(breakdowns).flatMap(sectionLines);
}

function sectionLines(section: BreakdownSection): string[] {
  const lines = [`### ${section.title}`, ''];
  if (section.rows.length === 0) lines.push('None.');
  else {
    lines.push(`| ${section.head.join(' | ')} |`, `|${section.numeric.map((n) => (n ? '---:' : '---')).join('|')}|`);
    for (const row of section.rows) lines.push(`| ${row.map(escapeMarkdown).join(' | ')} |`);
  }
  if (section.more > 0) lines.push('', `_+${section.more} more_`);
  if (section.notes.length > 0) lines.push('', ...section.notes.map((n) => `${escapeMarkdown(n)}  `));
  lines.push('');
  return lines;
}
