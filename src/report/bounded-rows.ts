/**
 * A long list bounded, as the Events list and the Markdown's Client operations table are: which rows are kept (every
 * landmark, and of each run of other rows between two of them its first and last), and how the rows left out are said
 * in their place ("+45 more: UserFacingDiagnostics (23 Bad)").
 */

/** What a row left out was: its name (an operation's), and the quality a User Facing Diagnostic reported, when one did. */
export interface HiddenRow {
  what: string;
  quality: { text: string; good: boolean } | null;
}

/** Of the rows left out by one name: how many, and of those that reported a diagnostic, how many were not Good, by quality. */
export interface GapTally {
  what: string;
  count: number;
  /** Each quality not Good as logged (Bad, Poor, a flag's true), most first. */
  degraded: Array<{ quality: string; count: number }>;
  /** How many reported a diagnostic back to Good. */
  good: number;
}

/** Rows left out between two shown, by their names, most first. */
export interface RowsGap {
  count: number;
  tally: GapTally[];
}

/**
 * The indexes kept: every landmark, and of each run of other rows between two of them its first and last ones, the
 * runs sharing the room left by their lengths: one place left out a run, said there, rather than rows picked here
 * and there with a "+1 more" between each.
 */
export function keptRows(landmarks: readonly boolean[], limit: number): Set<number> {
  const kept = new Set<number>();
  const runs: number[][] = [[]];
  landmarks.forEach((landmark, i) => {
    if (landmark) {
      kept.add(i);
      runs.push([]);
    } else runs.at(-1)!.push(i);
  });
  const others = landmarks.length - kept.size;
  const room = Math.max(0, limit - kept.size);
  for (const run of runs) {
    // One row left out would take a line to say so, as itself does: kept.
    const fair = others <= room ? run.length : Math.floor((room * run.length) / others);
    const share = run.length - fair <= 1 ? run.length : fair;
    const head = Math.ceil(share / 2);
    for (const i of [...run.slice(0, head), ...run.slice(run.length - (share - head))]) kept.add(i);
  }
  return kept;
}

export function gapOf(rows: readonly HiddenRow[]): RowsGap {
  const tally = new Map<string, { count: number; degraded: Map<string, number>; good: number }>();
  for (const row of rows) {
    const entry = tally.get(row.what) ?? { count: 0, degraded: new Map<string, number>(), good: 0 };
    entry.count++;
    if (row.quality?.good === true) entry.good++;
    else if (row.quality !== null) entry.degraded.set(row.quality.text, (entry.degraded.get(row.quality.text) ?? 0) + 1);
    tally.set(row.what, entry);
  }
  return {
    count: rows.length,
    tally: [...tally]
      .sort((a, b) => b[1].count - a[1].count)
      .map(([what, { count, degraded, good }]) => ({ what, count, degraded: [...degraded].sort((a, b) => b[1] - a[1]).map(([quality, n]) => ({ quality, count: n })), good })),
  };
}

/**
 * What a gap left out, after its "+45 more: ": the names, each with its count when there are several ("UserFacingDiagnostics
 * 45, CreateView 2"), and of User Facing Diagnostics how many were not Good ("(23 Bad)", "(20 Bad, 3 Poor)"), or
 * "(all Good)" when every one reported Good: whether what is not shown matters. `escape`: the report's, for log text.
 */
export function gapText(gap: RowsGap, escape: (text: string) => string): string {
  return gap.tally
    .map((t) => {
      const count = gap.tally.length === 1 ? '' : ` ${t.count}`;
      const qualities = t.degraded.length > 0 ? ` (${t.degraded.map((d) => `${d.count} ${escape(d.quality)}`).join(', ')})` : t.good === t.count ? ' (all Good)' : '';
      return `${escape(t.what)}${count}${qualities}`;
    })
    .join(', ');
}

/** A table's row as a report writes it, and how many of the list it stands for: one, or a gap's count. */
export interface CountedRow {
  text: string;
  count: number;
}
