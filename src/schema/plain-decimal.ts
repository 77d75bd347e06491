/** A number's digits without E-notation, for text a reader or a query engine takes as written. */

/** `1e-7` → `0.0000001`, `1.5e21` → `1500000000000000000000`, `0.1` → `0.1`. */
export function plainDecimal(value: number): string {
  const text = String(value);
  const e = text.search(/e/i);
  if (e < 0) return text;
  const sign = text.startsWith('-') ? '-' : '';
  const mantissa = text.slice(sign.length, e);
  const exponent = Number(text.slice(e + 1));
  const point = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const pointAt = (point < 0 ? mantissa.length : point) + exponent;
  if (pointAt <= 0) return `${sign}0.${'0'.repeat(-pointAt)}${digits}`;
  if (pointAt >= digits.length) return `${sign}${digits}${'0'.repeat(pointAt - digits.length)}`;
  return `${sign}${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
}
