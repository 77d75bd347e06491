import { jsonText } from './json-text.js';
import type { SummaryDocument } from './summary-document.js';

export function renderJson(document: SummaryDocument): string {
  return `${jsonText(document, 2)}\n`;
}
