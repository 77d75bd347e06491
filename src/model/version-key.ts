import type { CallRecord } from '../schema/call-record.js';
import { inferredStreamDirection, streamDirectionOf } from '../schema/direction-word.js';

/**
 * What makes two records versions of one another (RecordLedger): one leg (CallSummary) or one stream
 * (CallDiagnostics) of one call; other categories by their whole record, never folded. Of records of one key the
 * *Updates table's highest CallUpdatesVersion wins, and a base table's record wins over them all.
 *
 * A stream is one direction of one media type of one leg (the schema article: "one stream for each direction
 * (inbound or outbound) and mediaType value"): an Inbound and an Outbound stream of one leg, media type and stream
 * id are two streams, not two versions of one. The direction is read as the logged word says it (Inbound,
 * `outbound `, recv), and inferred from the endpoint type where none is logged (older exports have no
 * StreamDirection), so that a version with the word and one without it, of one stream, still fold. A word that names
 * neither direction keys as itself, in lower case. The query `kql` writes keys a stream the same way
 * (source-records-kql.ts).
 */
export function versionKey(record: CallRecord): string {
  switch (record.category) {
    case 'CallSummary':
      return ['S', record.correlationId, record.participantId, record.endpointId].join('|');
    case 'CallDiagnostics':
      return [
        'D',
        record.correlationId,
        record.participantId,
        record.endpointId,
        record.endpointType,
        record.mediaType,
        record.streamId,
        directionKey(record.streamDirection, record.endpointType),
      ].join('|');
    default:
      return [record.category, record.correlationId, JSON.stringify(record)].join('|');
  }
}

function directionKey(logged: string | null, endpointType: string | null): string {
  if (logged === null) return inferredStreamDirection(endpointType);
  return streamDirectionOf(logged) ?? logged.trim().toLowerCase();
}
