/**
 * A large group call as a support engineer gets it for a town hall or a Teams-interop meeting, as JSON lines of
 * resource-log records (the shapes of samples/exports/group-call-records.json and the ACS call-logs article): legs
 * joining over an hour, people re-joining (one identifier, a new participantId and endpointId each time), PSTN and
 * bot legs, a few dropped, and CallDiagnostics for each leg's outbound streams and the server's (MCU) inbound ones.
 * Deterministic: the same options give the same bytes.
 */
export interface BigCallOptions {
  /** Legs (CallSummary records), about a tenth of them re-joins. */
  legs: number;
  /** Streams (CallDiagnostics records) a VoIP leg logs, each way: audio, video, screen sharing… */
  streamsPerLeg?: number;
  /** Every `poorEvery`th stream is past a limit (jitter); 0: none. */
  poorEvery?: number;
}

export const BIG_CALL_ID = '7c0ffee0-4b1d-4e55-9a7e-2b16a11c0a11';
const CALL_START = Date.parse('2026-11-20T14:00:00.000Z');
const CALL_SECONDS = 3900;
const RESOURCE = '/SUBSCRIPTIONS/3A51C21A-AA9A-4D68-805F-CFFBCEAC6F54/RESOURCEGROUPS/RG-CONTOSO-COMMS/PROVIDERS/MICROSOFT.COMMUNICATION/COMMUNICATIONSERVICES/ACS-CONTOSO-PROD';
const THREAD = '19:meeting_TownHallQ4YjktNGQ1Zi1hMmE1LWJiZGM3NWQ5ZTJm@thread.v2';
const MEDIA = ['Audio', 'Video', 'VBSS', 'Video'] as const;

/** A uuid, distinct for each (kind, n) and random-looking as logged ones are (their first 8 characters tell them apart). */
function uuid(kind: number, n: number): string {
  let h = (kind * 0x9e3779b1 + n * 0x85ebca77) >>> 0;
  let hex = '';
  while (hex.length < 32) {
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
    h = (h ^ (h >>> 12) ^ (n * 31 + kind)) >>> 0;
    hex += h.toString(16).padStart(8, '0');
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function envelope(category: string, time: number, properties: Record<string, unknown>): string {
  return JSON.stringify({ time: iso(time), resourceId: RESOURCE, operationName: category, operationVersion: '1.0', category, correlationId: BIG_CALL_ID, properties });
}

export function bigGroupCall({ legs, streamsPerLeg = 3, poorEvery = 9 }: BigCallOptions): string {
  const lines: string[] = [];
  const logged = CALL_START + (CALL_SECONDS + 600) * 1000;
  let people = 0;
  const drops: Array<{ person: number; at: number }> = [];
  let stream = 0;
  for (let i = 0; i < legs; i++) {
    // Every tenth leg is someone who dropped re-joining 20 s later (their identifier again, a new participant and
    // endpoint), else who was on before; a join over the first hour.
    const rejoin = i % 10 === 9 && people > 0;
    const after = rejoin ? drops.shift() : undefined;
    const person = after?.person ?? (rejoin ? people - 1 : people++);
    const kind = i % 25 === 7 ? 'PSTN' : i % 40 === 13 ? 'Bot' : 'VoIP';
    const joinedAt = Math.min(CALL_SECONDS - 60, after !== undefined ? after.at + 20 : Math.floor((i * 3600) / legs) + (rejoin ? 30 : 0));
    const dropped = i % 17 === 5;
    const stayed = dropped ? Math.max(20, Math.floor((CALL_SECONDS - joinedAt) / 3)) : CALL_SECONDS - joinedAt - (i % 7) * 30;
    if (dropped && kind === 'VoIP') drops.push({ person, at: joinedAt + stayed });
    const participantId = uuid(1, i + 1);
    const endpointId = uuid(2, i + 1);
    const identifier = kind === 'PSTN' ? `4:+1425555${String(1000 + person).slice(-4)}` : kind === 'Bot' ? `28:${uuid(3, person)}` : `8:acs:1797dbb3-f982-47b0-b98e-6a76084454f1_0000001c-${uuid(4, person)}`;
    lines.push(
      envelope('CallSummary', logged, {
        identifier,
        callStartTime: iso(CALL_START),
        callDuration: CALL_SECONDS,
        callType: 'Group',
        teamsThreadId: THREAD,
        participantId,
        participantStartTime: iso(CALL_START + joinedAt * 1000 + (i % 5) * 137),
        participantDuration: String(stayed),
        participantEndReason: dropped ? '410' : '0',
        participantEndSubCode: dropped ? '3101' : '0',
        endpointId,
        endpointType: kind,
        ...(kind === 'PSTN' ? { pstnPartcipantCallType: 'DirectRouting' } : {}),
        sdkVersion: kind === 'VoIP' ? `1.${20 + (i % 4)}.1` : 'null',
        osVersion: kind === 'VoIP' ? (i % 3 === 0 ? 'Windows 10.0.22631' : i % 3 === 1 ? 'macOS 14.6' : 'Android 14; Manufacturer: Google; Model: Pixel 8') : 'null',
      }),
    );
    const media = kind === 'VoIP' ? MEDIA.slice(0, streamsPerLeg) : ['Audio'];
    for (const mediaType of media) {
      for (const from of ['client', 'server'] as const) {
        stream++;
        const poor = poorEvery > 0 && stream % poorEvery === 0;
        const props: Record<string, unknown> = {
          identifier: from === 'client' ? identifier : null,
          // The server's streams name the leg they serve, but not always: some logs give none (the MCU's own).
          participantId: from === 'server' && i % 20 === 19 ? null : participantId,
          endpointId: from === 'client' ? endpointId : null,
          endpointType: from === 'client' ? kind : 'Server',
          mediaType,
          streamId: String(from === 'client' ? 10000 + stream : 2000 + stream),
          transportType: i % 11 === 3 ? 'TCP' : 'UDP',
          roundTripTimeAvg: String(40 + (stream % 30)),
          roundTripTimeMax: String(60 + (stream % 40)),
          jitterAvg: String(poor ? 41 + (stream % 9) : stream % 6),
          jitterMax: String(poor ? 90 : 8),
          packetLossRateAvg: '0.01',
          packetLossRateMax: '0.03',
        };
        if (mediaType !== 'Audio') Object.assign(props, { videoFrameRateAvg: String(mediaType === 'VBSS' ? 5 : 24), recvResolutionHeight: String(mediaType === 'VBSS' ? 1080 : 720) });
        lines.push(envelope('CallDiagnostics', logged, props));
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
