import { type Direction, diagnosticsStreamDirection, inferredStreamDirection, streamDirectionOf } from '../schema/direction-word.js';

export type { Direction };

/** A direction as `call --format json` gives it. */
export interface DirectionJson {
  /** inbound or outbound, whatever the log's word for it; null when the log's word is neither, or there is none to infer. */
  direction: Direction | null;
  /** The word the log wrote (CallDiagnostics' streamDirection `Inbound`, the media stats' `recv`), exact; null when none. */
  directionLogged: string | null;
}

/**
 * A stream's direction for JSON: the logged word read into the vocabulary, kept as logged beside it. Not logged, a
 * CallDiagnostics stream's is inferred (`infer`: diagnosticsStreamDirection, as summarize's byDirection) from its endpoint type: in a group call the streams logged for the
 * Server endpoint are the server's side, what the participant receives (inbound), and others outbound; a media stats
 * series' is not inferred.
 */
export function directionJson(logged: string | null, endpointType: string | null, infer = true): DirectionJson {
  return { direction: infer ? diagnosticsStreamDirection(logged, endpointType) : streamDirectionOf(logged), directionLogged: logged };
}

/**
 * The direction the reports show: the logged word as it is, else the inferred one; a stream of the Server endpoint
 * said to be the server's side either way (`Inbound (server side)`), as the issue lines say of it: beside a
 * participant's own inbound stream, it is what the server measured of that participant's media.
 */
export function streamDirectionText(logged: string | null, endpointType: string | null): string {
  const word = logged || inferredStreamDirection(endpointType);
  return endpointType === 'Server' ? `${word} (server side)` : word;
}
