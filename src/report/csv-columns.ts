/**
 * The columns of the CSV report, in their order. A module of their own, with nothing else in it: the reader
 * (src/input/own-report.ts) knows the tool's own CSV report by this header, and must not load the renderer to do so.
 */
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
] as const;
