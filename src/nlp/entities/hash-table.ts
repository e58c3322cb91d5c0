// The model's word lists as open-addressing tables over typed arrays, stored in the model file
// exactly as probed, so loading them is taking views of the file (a Set of the 39,000 person
// words and a Map of the 11,000 gazetteer names took ~10 ms to fill at every start).

/** A read-only map from 32-bit unsigned keys (word hashes) to 32-bit unsigned values. */
export class HashTable32 {
  /**
   * `keys[slot]` holds `values[slot]` (1 for every key when `values` is null, a set); 0 marks an
   * empty slot, so a key of 0 is kept aside as `zeroValue`. The capacity is a power of two.
   */
  constructor(
    readonly keys: Uint32Array,
    readonly values: Uint32Array | null,
    readonly zeroValue: number | undefined,
    readonly size: number,
  ) {
    if (keys.length & (keys.length - 1) || keys.length === 0)
      throw new Error('hash table capacity must be a power of two');
    if (values && values.length !== keys.length) throw new Error('hash table keys and values differ in length');
  }

  /** The table of `keys[k]` → `values[k]` (→ 1 without values), at most half full. */
  static build(keys: Uint32Array, values?: Uint32Array): HashTable32 {
    let capacity = 16;
    while (capacity < keys.length * 2) capacity *= 2;
    const table = new Uint32Array(capacity);
    const stored = values ? new Uint32Array(capacity) : null;
    const mask = capacity - 1;
    let size = 0;
    let zeroValue: number | undefined;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const value = values ? values[k]! : 1;
      if (key === 0) {
        if (zeroValue === undefined) size++;
        zeroValue = value;
        continue;
      }
      let slot = slotOf(key, mask);
      while (table[slot] !== 0 && table[slot] !== key) slot = (slot + 1) & mask;
      if (table[slot] === 0) size++;
      table[slot] = key;
      if (stored) stored[slot] = value;
    }
    return new HashTable32(table, stored, zeroValue, size);
  }

  get(key: number): number | undefined {
    if (key === 0) return this.zeroValue;
    const { keys, values } = this;
    const mask = keys.length - 1;
    for (let slot = slotOf(key, mask); ; slot = (slot + 1) & mask) {
      const found = keys[slot]!;
      if (found === key) return values ? values[slot] : 1;
      if (found === 0) return undefined;
    }
  }

  has(key: number): boolean {
    return this.get(key) !== undefined;
  }
}

function slotOf(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
}
