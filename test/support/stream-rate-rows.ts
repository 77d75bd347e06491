/** A stream breakdown of summarize's JSON (`breakdowns.streams.by…`) as the tests compare it: [value, poorStreams, streams] a row. */
export function rateRows(list: ReadonlyArray<{ value: string | null; streams: number; poorStreams: number }>): Array<Array<string | number | null>> {
  return list.map((r) => [r.value, r.poorStreams, r.streams]);
}
