/**
 * A record's fields, matched case-insensitively: "correlationId", "CorrelationId" and a CSV header
 * "CorrelationId" are one key. A CSV header's unit suffix ("TimeGenerated [UTC]") is dropped.
 * Resource-log records are flattened: `properties` (an object, or a JSON-encoded string) over the top level,
 * so that a client operation's own OperationName ("CreateView") wins over the envelope's ("CallClientOperations").
 */
export interface FieldMap {
  /** The value under a normalised (lower-case) key, or undefined. */
  get(key: string): unknown;
  /** The value under a key given by its slot (keySlots), or undefined: get without looking the key up. */
  at(slot: number): unknown;
}

/** Distinct normalised keys given a slot of their own; a file of odd keys must not grow the tables without bound. */
const MAX_SLOTS = 4096;
const MAX_SPELLINGS = 10_000;

/** Raw spelling → slot (-1: a key past MAX_SLOTS, looked up by name), and normalised key → slot. */
const SLOT_OF_SPELLING = new Map<string, number>();
const SLOT_OF_KEY = new Map<string, number>();
let slotCount = 0;

/** A field's key as the normaliser looks it up: its name before any "[…]" (a CSV header's unit), trimmed, in lower case. */
export function normaliseKey(key: string): string {
  const bracket = key.indexOf('[');
  return (bracket > 0 ? key.slice(0, bracket) : key).trim().toLowerCase();
}

/**
 * The slots of normalised keys, for a reader that looks the same keys up in every record (the normaliser): a slot
 * is an index, where a key is a lookup by name each time. Called when a module loads, before any record has taken
 * the slots, so every key gets one.
 */
export function keySlots<const K extends string>(keys: readonly K[]): Record<K, number> {
  const slots = {} as Record<K, number>;
  for (const key of keys) slots[key] = keySlot(key);
  return slots;
}

/** The slot of one normalised key (see keySlots): slotOf's, which a key read in every record must have. */
export function keySlot(key: string): number {
  const slot = slotOf(key);
  if (slot < 0) throw new Error(`no slot left for the key ${key}`);
  return slot;
}

function slotOf(spelling: string): number {
  let slot = SLOT_OF_SPELLING.get(spelling);
  if (slot === undefined) {
    const key = normaliseKey(spelling);
    slot = SLOT_OF_KEY.get(key);
    if (slot === undefined && slotCount < MAX_SLOTS) {
      slot = slotCount++;
      SLOT_OF_KEY.set(key, slot);
    }
    slot ??= -1;
    if (SLOT_OF_SPELLING.size < MAX_SPELLINGS) SLOT_OF_SPELLING.set(spelling, slot);
  }
  return slot;
}

/**
 * The fields of the record being read, in slots reused from record to record: every record of an export has
 * the same few dozen keys, so reading one costs no map of its own (on 285k records that map was a third of the
 * normaliser's time, and most of its garbage). A slot belongs to the current record when its stamp is the
 * current generation. Valid until the next flattenRecord: the normaliser reads it at once and keeps values only.
 */
class FieldSlots implements FieldMap {
  private readonly values: unknown[] = [];
  private readonly stamps: number[] = [];
  private generation = 0;
  private overflow: Map<string, unknown> | null = null;

  begin(): void {
    this.generation++;
    this.overflow = null;
  }

  set(slot: number, spelling: string, value: unknown): void {
    if (slot >= 0) {
      while (this.stamps.length <= slot) {
        this.stamps.push(0);
        this.values.push(undefined);
      }
      this.values[slot] = value;
      this.stamps[slot] = this.generation;
    } else {
      (this.overflow ??= new Map()).set(normaliseKey(spelling), value);
    }
  }

  get(key: string): unknown {
    const slot = SLOT_OF_KEY.get(key);
    if (slot !== undefined) return this.at(slot);
    return this.overflow?.get(key);
  }

  at(slot: number): unknown {
    return this.stamps[slot] === this.generation ? this.values[slot] : undefined;
  }
}

/** Key lists kept, each with its slots; a few, since an export's records come in a few shapes (one per category). */
const KEPT_KEY_LISTS = 8;

/**
 * The slots of a record's keys, from the last few key lists seen: the records of an export have a few lists of keys
 * (the top level, and the properties of each category), and JSON.parse gives the same string for the same key, so
 * a list is found again by comparing its keys, with no lookup of each by name (a third of flattening's time).
 */
class KeyRuns {
  private readonly lists: string[][] = [];
  private readonly slots: number[][] = [];
  private next = 0;

  /** The slots of the first `count` keys (the rest of the array is not theirs). */
  slotsOf(keys: readonly string[], count: number): number[] {
    for (let l = 0; l < this.lists.length; l++) if (sameKeys(this.lists[l]!, keys, count)) return this.slots[l]!;
    const list = keys.slice(0, count);
    const slots = list.map(slotOf);
    this.lists[this.next] = list;
    this.slots[this.next] = slots;
    this.next = (this.next + 1) % KEPT_KEY_LISTS;
    return slots;
  }
}

function sameKeys(list: readonly string[], keys: readonly string[], count: number): boolean {
  if (list.length !== count) return false;
  for (let i = 0; i < count; i++) if (list[i] !== keys[i]) return false;
  return true;
}

const KEY_RUNS = new KeyRuns();
const CURRENT = new FieldSlots();
/** Flattening treats these two apart; they have the first slots. */
const PROPERTIES = slotOf('properties');
const CATEGORY = slotOf('category');

export class PropertiesNotJson extends Error {}

/**
 * The top-level fields, then the properties' fields over them; and the top-level `category` (the resource-log
 * category, which a client operation's own fields must not hide). The fields are valid until the next call.
 */
export function flattenRecord(value: Record<string, unknown>): { fields: FieldMap; topCategory: unknown } {
  const fields = CURRENT;
  fields.begin();
  let properties: unknown;
  let topCategory: unknown;
  const count = ownFields(value);
  let slots = KEY_RUNS.slotsOf(KEYS, count);
  for (let i = 0; i < count; i++) {
    const slot = slots[i]!;
    if (slot === PROPERTIES) properties = VALUES[i];
    else {
      if (slot === CATEGORY) topCategory = VALUES[i];
      fields.set(slot, KEYS[i]!, VALUES[i]);
    }
  }
  if (typeof properties === 'string' && properties.trim() !== '') {
    try {
      properties = JSON.parse(properties);
    } catch {
      throw new PropertiesNotJson('properties is a string that is not JSON');
    }
  }
  if (properties !== null && typeof properties === 'object' && !Array.isArray(properties)) {
    const count = ownFields(properties as Record<string, unknown>);
    slots = KEY_RUNS.slotsOf(KEYS, count);
    for (let i = 0; i < count; i++) fields.set(slots[i]!, KEYS[i]!, VALUES[i]);
  }
  return { fields, topCategory };
}

/** The keys and values of the object being flattened, in their order, in arrays reused from object to object. */
const KEYS: string[] = [];
const VALUES: unknown[] = [];

/**
 * Puts the object's own keys and values in KEYS and VALUES (in Object.keys' order); returns how many (what lies past
 * them is an earlier object's). A for…in over an object JSON.parse made reads its keys and values from its shape's
 * caches, where Object.keys and Object.values make two arrays of each object: four a record, ~155 MB of garbage on
 * the bench export. for…in also walks a prototype's enumerable keys: a plain object's prototype has none, another's
 * may (a class whose methods were assigned), so those are read with Object.keys.
 */
function ownFields(object: Record<string, unknown>): number {
  let count = 0;
  const proto: unknown = Object.getPrototypeOf(object);
  if (proto === Object.prototype || proto === null) {
    for (const key in object) {
      KEYS[count] = key;
      VALUES[count++] = object[key];
    }
  } else {
    for (const key of Object.keys(object)) {
      KEYS[count] = key;
      VALUES[count++] = object[key];
    }
  }
  return count;
}
