/**
 * Orders texts by their UTF-16 code units: the same order on every machine. localeCompare orders by the
 * machine's locale (its ICU data, loaded at first use: ~8 ms of every run), so a listing could differ between a
 * laptop and CI; ids are ASCII, where the two agree for lower-case GUIDs.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** compareText of texts that may be missing, a missing one as the empty text (so first). */
export function compareOptionalText(a: string | null, b: string | null): number {
  return compareText(a ?? '', b ?? '');
}
