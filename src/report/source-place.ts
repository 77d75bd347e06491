import type { SourceLocation } from '../input/input-event.js';
import { escapedHidden } from '../schema/visible-id.js';

/**
 * Where a record is, as stderr names it: `file:line`; `file:event n` for the n-th EventData of an Event Hubs Capture
 * Avro file (also the n-th line of `avro-tools tojson`); the file alone when the place is not known. The file's
 * control characters are escaped, never removed (escapedHidden: `evil\u001b[31m.jsonl:2`): the file can be found.
 */
export function sourcePlace(at: SourceLocation): string {
  const file = escapedHidden(at.file);
  if (at.line === null) return file;
  return at.unit === 'event' ? `${file}:event ${at.line}` : `${file}:${at.line}`;
}

/** The place within its file alone, for "first at …": `line 5`, `event 5`. */
export function placeInFile(line: number, unit: SourceLocation['unit']): string {
  return `${unit === 'event' ? 'event' : 'line'} ${line}`;
}
