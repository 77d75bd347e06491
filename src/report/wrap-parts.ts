import stringWidth from 'string-width';

/**
 * Parts of a line ("RTT 58 ms", "loss 0.2%", …) joined by `separator`, as one line when `columns` is null (a pipe, a
 * file, a CI log: the output is the same whatever reads it) or when they fit; else wrapped at the separators into
 * lines of at most `columns` terminal columns, the first after `indent`, the others after `continued` (the separator
 * where a line breaks is left out). A part is never cut: one wider than the room has a line of its own, and the
 * terminal wraps it. Widths are measured as the terminal shows them (string-width: colours take none).
 */
export function wrapParts(parts: readonly string[], indent: string, continued: string, columns: number | null, separator = ' · '): string[] {
  const whole = `${indent}${parts.join(separator)}`;
  if (columns === null || stringWidth(whole) <= columns) return [whole];
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const part of parts) {
    const partWidth = stringWidth(part);
    if (line === '') {
      const start = lines.length === 0 ? indent : continued;
      line = `${start}${part}`;
      width = stringWidth(start) + partWidth;
    } else if (width + stringWidth(separator) + partWidth <= columns) {
      line += `${separator}${part}`;
      width += stringWidth(separator) + partWidth;
    } else {
      lines.push(line);
      line = `${continued}${part}`;
      width = stringWidth(continued) + partWidth;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
