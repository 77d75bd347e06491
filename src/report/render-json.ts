import type { SummaryDocument } from './summary-document.js';

export function renderJson(document: SummaryDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
