import type { SourceLocation } from '../input/input-event.js';

/**
 * Where a record is, as stderr names it: `file:line`; `file:event n` for the n-th EventData of an Event Hubs Capture
 * Avro file (also the n-th line of `avro-tools tojson`); the file alone when the place is not known.
 */
export function sourcePlace(at: SourceLocation): string {
  if (at.line === null) return at.file;
  return at.unit === 'event' ? `${at.file}:event ${at.line}` : `${at.file}:${at.line}`;
}

/** The place within its file alone, for "first at …": `line 5`, `event 5`. */
export function placeInFile(line: number, unit: SourceLocation['unit']): string {
  return `${unit === 'event' ? 'event' : 'line'} ${line}`;
}
