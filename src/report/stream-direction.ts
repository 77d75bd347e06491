/** Which way a stream's media flows, from the side of the endpoint that logged it. */
export type Direction = 'inbound' | 'outbound';

/** A direction as `call --format json` gives it. */
export interface DirectionJson {
  /** inbound or outbound, whatever the log's word for it; null when the log's word is neither, or there is none to infer. */
  direction: Direction | null;
  /** The word the log wrote (CallDiagnostics' streamDirection `Inbound`, the media stats' `recv`), exact; null when none. */
  directionLogged: string | null;
}

/**
 * The words the logs use, in lower case: CallDiagnostics writes Inbound and Outbound, the client media stats send
 * and recv (receive, as the schema article words it). One vocabulary in the JSON, so that a consumer compares one word, not four spellings and an aside.
 */
const WORDS: ReadonlyMap<string, Direction> = new Map([
  ['inbound', 'inbound'],
  ['outbound', 'outbound'],
  ['recv', 'inbound'],
  // The schema article's MediaStreamDirection "can be send or receive"; the rules read it so (evaluate-media-series).
  ['receive', 'inbound'],
  ['send', 'outbound'],
]);

/**
 * A stream's direction for JSON: the logged word read into the vocabulary, kept as logged beside it. Not logged, a
 * CallDiagnostics stream's is inferred (`infer`) from its endpoint type: in a group call the streams logged for the
 * Server endpoint are the server's side, what the participant receives (inbound), and others outbound; a media stats
 * series' is not inferred.
 */
export function directionJson(logged: string | null, endpointType: string | null, infer = true): DirectionJson {
  if (logged !== null) return { direction: WORDS.get(logged.trim().toLowerCase()) ?? null, directionLogged: logged };
  return { direction: infer ? inferredDirection(endpointType) : null, directionLogged: null };
}

/** The direction the text shows: the logged word as it is, else the inferred one, the server side said so. */
export function streamDirectionText(logged: string | null, endpointType: string | null): string {
  if (logged) return logged;
  return endpointType === 'Server' ? 'inbound (server side)' : inferredDirection(endpointType);
}

function inferredDirection(endpointType: string | null): Direction {
  return endpointType === 'Server' ? 'inbound' : 'outbound';
}
