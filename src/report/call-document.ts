import { type FileCounts, itemsRead } from '../model/file-tally.js';
import type { InputCounts } from '../model/input-counts.js';
import { totalNotRead, type ValuesNotReadInFile } from '../model/values-not-read.js';
import type { UndecidedDates, ZonedFile } from '../model/files-read.js';
import type { Leg } from '../model/call.js';
import type { CallStory, LegStory } from '../rules/assess-call-story.js';
import { streamQuality } from '../rules/evaluate-stream.js';
import type { LegId } from '../rules/match-leg-id.js';
import type { Thresholds } from '../rules/thresholds.js';
import { zeroPacketStreamsOf } from '../rules/zero-packet-streams.js';
import { isoOrNull } from './format-values.js';
import { directionJson } from './stream-direction.js';
import { fileCountsJson, thresholdsJson } from './summary-document.js';
import { localTimesJson } from './local-times-json.js';
import { undecidedDatesJson } from './undecided-dates-json.js';
import type { CallDocument, ParticipantJson } from './call-document-json.js';

export type { CallDocument, ParticipantJson } from './call-document-json.js';

/** A leg as an operation's, a media series' (and its other end's) or a survey's `leg` names it: its two ids. */
function legRef(leg: Leg | null): { participantId: string | null; endpointId: string | null } | null {
  return leg === null ? null : { participantId: leg.participantId, endpointId: leg.endpointId };
}

function participantJson({ leg, endReason }: LegStory): ParticipantJson {
  return {
    participantId: leg.participantId,
    endpointId: leg.endpointId,
    endpointType: leg.endpointType,
    identifier: leg.identifier,
    startTime: isoOrNull(leg.participantStartTime),
    durationSeconds: leg.participantDuration,
    endReason: { code: endReason.code, subCode: endReason.subCode, resultCategory: endReason.resultCategory, message: endReason.message, advice: endReason.advice },
    dropped: endReason.dropped,
    failed: endReason.failed,
    sdkVersion: leg.sdkVersion,
    osVersion: leg.osVersion,
    participantType: leg.participantType,
    participantTenantId: leg.participantTenantId,
    pstnParticipantCallType: leg.pstnParticipantCallType,
    teamsThreadId: leg.teamsThreadId,
  };
}

export function callDocument(
  story: CallStory,
  thresholds: Thresholds,
  counts: InputCounts,
  perFile?: FileCounts[],
  valuesNotRead: readonly ValuesNotReadInFile[] = [],
  asked: LegId | null = null,
  undecidedDates: readonly UndecidedDates[] = [],
  skippedFiles = 0,
  localTimes: readonly ZonedFile[] = [],
): CallDocument {
  const { call } = story;
  const zeroPacketStreams = zeroPacketStreamsOf(call.streams);
  const input: CallDocument['input'] = {
    files: counts.files,
    read: itemsRead(counts),
    records: counts.records,
    used: counts.used,
    copies: counts.copies,
    duplicates: counts.duplicates,
    superseded: counts.superseded,
    ignored: counts.ignored,
    filtered: counts.filtered,
    invalid: counts.invalid,
    skippedFiles,
    timesNotRead: totalNotRead(valuesNotRead, 'time'),
    numbersNotRead: totalNotRead(valuesNotRead, 'number'),
    undecidedDates: undecidedDatesJson(undecidedDates),
    localTimes: localTimesJson(localTimes),
  };
  if (perFile) input.byFile = fileCountsJson(perFile, true);
  return {
    schemaVersion: 1,
    correlationId: call.correlationId,
    callType: call.callType,
    startTime: isoOrNull(call.startTime),
    endTime: isoOrNull(call.endTime),
    durationSeconds: call.durationSeconds,
    teamsThreadId: call.teamsThreadId,
    quality: story.quality,
    issueCount: story.issueCount,
    matchedLeg: asked === null ? null : { field: asked.field, id: asked.id },
    input,
    participants: story.legs.map(participantJson),
    streams: story.verdict.streams.map(({ stream, issues, judged }) => ({
      participantId: stream.participantId,
      endpointId: stream.endpointId,
      endpointType: stream.endpointType,
      mediaType: stream.mediaType,
      streamId: stream.streamId,
      transportType: stream.transportType,
      ...directionJson(stream.streamDirection, stream.endpointType),
      codecName: stream.codecName,
      metrics: { ...stream.metrics },
      quality: streamQuality({ issues, judged }),
      issues,
    })),
    issues: story.verdict.issues,
    dropped: story.dropped.map(participantJson),
    failedLegs: story.failedLegs.map(participantJson),
    streamsWithoutPackets: zeroPacketStreams.length,
    zeroPacketStreams,
    operations: story.operations.map(({ operation: op, leg, failed, subCode, diagnostic, degraded }) => ({
      time: isoOrNull(op.time),
      operationName: op.operationName,
      operationType: op.operationType,
      operationId: op.operationId,
      participantId: op.participantId,
      endpointId: op.endpointId,
      leg: legRef(leg),
      clientInstanceId: op.clientInstanceId,
      sdkVersion: op.sdkVersion,
      userAgent: op.userAgent,
      resultType: op.resultType,
      resultSignature: op.resultSignature,
      subCode,
      durationMs: op.durationMs,
      failed,
      diagnostic,
      degraded,
      payload: op.payload,
    })),
    mediaSeries: story.mediaSeries.map((s) => ({
      participantId: s.participantId,
      leg: legRef(story.seriesLegs.get(s) ?? null),
      remoteParticipantId: s.remoteParticipantId,
      remoteEndpointId: s.remoteEndpointId,
      remoteLeg: legRef(story.remoteLegs.get(s) ?? null),
      mediaStreamId: s.mediaStreamId,
      ...directionJson(s.direction, null, false),
      streamType: s.streamType,
      codec: s.codec,
      metricName: s.metricName,
      samples: s.windows,
      average: s.stats?.average ?? null,
      minimum: s.stats?.minimum ?? null,
      maximum: s.stats?.maximum ?? null,
      limit: s.rule?.limit ?? null,
      poor: s.poor,
      breaches: s.breaches.map((b) => ({ start: isoOrNull(b.start) ?? '', end: isoOrNull(b.end) ?? '', worst: b.worst })),
    })),
    surveys: call.surveys.map((s) => ({ participantId: s.participantId, leg: legRef(story.surveyLegs.get(s) ?? null), surveyId: s.surveyId, ratings: s.ratings })),
    // Every time is a date (durations past any call's are not read), so none is left out here in practice.
    // What an event is of (its leg, operation record, media series) is for the text's and Markdown's words: `detail` says it here.
    timeline: story.timeline.flatMap(({ leg: _leg, operation: _operation, series: _series, breach: _breach, ...e }) => {
      const time = isoOrNull(e.time);
      return time === null ? [] : [{ ...e, time }];
    }),
    thresholds: thresholdsJson(thresholds),
  };
}
