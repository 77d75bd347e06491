import { describeIssueShort, describeNoPackets, legNamesOf } from './describe-issue.js';
import { unknownReason, unreadStreamsNote } from './describe-unknown.js';
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
 * columns of the JSON `calls[]`; `breaches` is the table's Breaches cell unabridged, in one line (breachesCell),
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
        breachesCell(call),
        call.failedLegs.length,
        call.unknownStreams,
        call.streamsWithoutPackets,
      ]),
    );
  }
  return lines.join('');
}

/**
 * What the table's Breaches cell says of a call, all of it (no "+n more"), "; " between, in one cell: the issues, the
 * legs that failed, the streams with no packets, and why its quality is unknown or which streams were not judged, as
 * the Markdown report words them. The counts beside it (issues, failedLegs, unknownStreams, streamsWithoutPackets)
 * say how many; this says which, and why.
 */
function breachesCell(call: SummaryDocument['calls'][number]): string {
  const legs = legNamesOf(call);
  const unread = call.quality === 'unknown' ? `quality unknown: ${unknownReason(call)}` : unreadStreamsNote(call);
  return [
    ...call.issues.map((i) => `${legs.issue(i)}: ${describeIssueShort(i)}`),
    ...call.failedLegs.map(legs.failed),
    ...call.zeroPacketStreams.map((s) => `${legs.issue(s)}: ${describeNoPackets(s)}`),
    ...(unread === null ? [] : [unread]),
  ].join('; ');
}
