/** Which way a stream's media flows, from the side of the endpoint that logged it. */
export type Direction = 'inbound' | 'outbound';

/**
 * The words the logs use, in lower case: CallDiagnostics writes Inbound and Outbound, the client media stats send
 * and recv (send or receive, as the schema article words MediaStreamDirection). The one list the model (a stream's
 * version key) and its query (kql), the rules (a series received) and the reports (call's JSON `direction`) read, so that they cannot
 * tell a word two ways. It sits in schema/, upstream of all three, so that model/ never imports rules/.
 */
export const STREAM_DIRECTION_WORDS: ReadonlyMap<string, Direction> = new Map([
  ['inbound', 'inbound'],
  ['outbound', 'outbound'],
  ['recv', 'inbound'],
  ['receive', 'inbound'],
  ['send', 'outbound'],
]);

/** The direction a logged word says, in any case and white space around; null for none or another word. */
export function streamDirectionOf(word: string | null): Direction | null {
  return word === null ? null : (STREAM_DIRECTION_WORDS.get(word.trim().toLowerCase()) ?? null);
}

/**
 * The direction of a CallDiagnostics stream that logs none (older exports have no StreamDirection), from its endpoint
 * type, as the schema article tells it: in a group call the streams logged for the Server endpoint are the server's
 * side, what the participant receives (inbound), and all others outbound.
 */
export function inferredStreamDirection(endpointType: string | null): Direction {
  return endpointType === 'Server' ? 'inbound' : 'outbound';
}

/**
 * A CallDiagnostics stream's direction as the reports give it (call's JSON `direction`, summarize's `byDirection`):
 * the logged word read into the vocabulary, else, none logged (or only white space), inferred from its endpoint type;
 * null for a logged word that is neither. The one place that decides it, so that the two say the same of a stream.
 */
export function diagnosticsStreamDirection(logged: string | null, endpointType: string | null): Direction | null {
  return logged === null || logged.trim() === '' ? inferredStreamDirection(endpointType) : streamDirectionOf(logged);
}

/** How a stream's other end is named after it: "from" the sender of what is received, "to" the receiver of what is sent. */
export function otherEndWord(word: string | null): 'from' | 'to' | 'with' {
  const direction = streamDirectionOf(word);
  return direction === 'inbound' ? 'from' : direction === 'outbound' ? 'to' : 'with';
}
