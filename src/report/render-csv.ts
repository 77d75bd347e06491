import { callFindings } from './call-findings.js';
import { csvRow } from './csv-cell.js';
import type { SummaryDocument } from './summary-document.js';
import { visibleId } from '../schema/visible-id.js';

export const CSV_COLUMNS = [
  'correlationId',
  'quality',
  'callType',
  'startTime',
  'durationSeconds',
  'participants',
  'streams',
  'poorStreams',
  'issues',
  'breaches',
  'failedLegs',
  // Added last, so that a sheet that reads the columns by place still finds the others where they were.
  'unknownStreams',
  'streamsWithoutPackets',
] as const;

/**
 * For spreadsheets: a header, then one row a call in the order of the table (poor calls first), with the
 * columns of the JSON `calls[]`; `breaches` is the table's Breaches cell unabridged, in one cell: every finding
 * (callFindings), "; " between them, as the Markdown report words them,
 * `failedLegs` counts the legs that failed (what --max-failed-calls gates on), and
 * `streamsWithoutPackets` the streams whose PacketUtilization was 0 (media may not have flowed; not a quality rule). Numbers are numbers; text from logs is escaped against formula injection (see csvCell).
 */
export function renderCsv(doc: SummaryDocument): string {
  const lines = [csvRow([...CSV_COLUMNS])];
  for (const call of doc.calls) {
    lines.push(
      csvRow([
        visibleId(call.correlationId),
        call.quality,
        call.callType,
        call.startTime,
        call.durationSeconds,
        call.participants,
        call.streams,
        call.poorStreams,
        call.issues.length,
        callFindings(call).join('; '),
        call.failedLegs.length,
        call.unknownStreams,
        call.streamsWithoutPackets,
      ]),
    );
  }
  return lines.join('');
}

