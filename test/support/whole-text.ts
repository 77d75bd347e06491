import type { ReportText } from '../../src/report/report-text.js';

/** A report's whole text, its pieces joined (the CLI itself only ever writes them in runs). */
export function wholeText(text: ReportText): string {
  return typeof text === 'string' ? text : [...text].join('');
}
