// The model's word lists as open-addressing tables over typed arrays. Filled straight from the
// model file's arrays they load in about a millisecond, where a Set of its 39,000 person words
// and a Map of its 11,000 gazetteer names took ~10 ms: start-up time of every analysing thread.

/** A read-only map from 32-bit unsigned keys (word hashes) to 32-bit unsigned values. */
export class HashTable32 {
  readonly size: number;
  private readonly keys: Uint32Array;
  private readonly values: Uint32Array;
  private readonly mask: number;
  // 0 marks an empty slot, so a key of 0 is kept aside.
  private zeroValue: number | undefined;

  /** `values[k]` belongs to `keys[k]`; without values every key maps to 1 (a set). */
  constructor(keys: Uint32Array, values?: Uint32Array) {
    let capacity = 16;
    while (capacity < keys.length * 2) capacity *= 2;
    this.keys = new Uint32Array(capacity);
    this.values = new Uint32Array(capacity);
    this.mask = capacity - 1;
    let size = 0;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const value = values ? values[k]! : 1;
      if (key === 0) {
        if (this.zeroValue === undefined) size++;
        this.zeroValue = value;
        continue;
      }
      let slot = this.slotOf(key);
      while (this.keys[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
      if (this.keys[slot] === 0) size++;
      this.keys[slot] = key;
      this.values[slot] = value;
    }
    this.size = size;
  }

  get(key: number): number | undefined {
    if (key === 0) return this.zeroValue;
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & this.mask) {
      const found = this.keys[slot]!;
      if (found === key) return this.values[slot];
      if (found === 0) return undefined;
    }
  }

  has(key: number): boolean {
    return this.get(key) !== undefined;
  }

  private slotOf(key: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
  }
}
