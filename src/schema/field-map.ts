/**
 * A record's fields, matched case-insensitively: "correlationId", "CorrelationId" and a CSV header
 * "CorrelationId" are one key. A CSV header's unit suffix ("TimeGenerated [UTC]") is dropped.
 * Resource-log records are flattened: `properties` (an object, or a JSON-encoded string) over the top level,
 * so that a client operation's own OperationName ("CreateView") wins over the envelope's ("CallClientOperations").
 */
export type FieldMap = Map<string, unknown>;

const KEY_CACHE = new Map<string, string>();

export function normaliseKey(key: string): string {
  let normal = KEY_CACHE.get(key);
  if (normal === undefined) {
    const bracket = key.indexOf('[');
    normal = (bracket > 0 ? key.slice(0, bracket) : key).trim().toLowerCase();
    // Column names repeat in every record; a file of odd keys must not grow the cache without bound.
    if (KEY_CACHE.size < 10_000) KEY_CACHE.set(key, normal);
  }
  return normal;
}

export class PropertiesNotJson extends Error {}

/**
 * The top-level fields, then the properties' fields over them, in one map; and the top-level `category` (the
 * resource-log category, which a client operation's own fields must not hide).
 */
export function flattenRecord(value: Record<string, unknown>): { fields: FieldMap; topCategory: unknown } {
  const fields: FieldMap = new Map();
  let properties: unknown;
  for (const key of Object.keys(value)) {
    const k = normaliseKey(key);
    if (k === 'properties') properties = value[key];
    else fields.set(k, value[key]);
  }
  const topCategory = fields.get('category');
  if (typeof properties === 'string' && properties.trim() !== '') {
    try {
      properties = JSON.parse(properties);
    } catch {
      throw new PropertiesNotJson('properties is a string that is not JSON');
    }
  }
  if (properties !== null && typeof properties === 'object' && !Array.isArray(properties)) {
    const props = properties as Record<string, unknown>;
    for (const key of Object.keys(props)) fields.set(normaliseKey(key), props[key]);
  }
  return { fields, topCategory };
}
