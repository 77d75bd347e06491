import type { Stream } from '../model/call.js';
import { streamDirectionOf } from '../schema/direction-word.js';
import type { StreamRef } from './issue.js';

/**
 * The streams whose PacketUtilization was read as 0, in stream order. The schema: "packets sent or received for a
 * media stream … if this value is zero, media may not be flowing" (one-way audio, a stream that never started). Not a
 * quality rule: such a stream is judged by its metrics as any other, and gates do not count it. A stream that logs
 * no PacketUtilization (or one not read as a number) is not one of them.
 */
export function zeroPacketStreamsOf(streams: readonly Stream[]): StreamRef[] {
  const refs: StreamRef[] = [];
  for (const stream of streams) {
    if (stream.metrics.packetUtilization !== 0) continue;
    refs.push({
      mediaType: stream.mediaType,
      participantId: stream.participantId,
      endpointId: stream.endpointId,
      endpointType: stream.endpointType,
      streamId: stream.streamId,
      direction: streamDirectionOf(stream.streamDirection ?? null),
    });
  }
  return refs;
}
