import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HashTable32 } from '../../src/nlp/entities/hash-table.js';

describe('HashTable32', () => {
  it('answers get, has and size exactly as a Map of the same entries', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.oneof(fc.constant(0), fc.nat({ max: 50 }), fc.integer({ min: 0, max: 0xffffffff })),
            fc.integer({ min: 0, max: 0xffffffff }),
          ),
          { maxLength: 300 },
        ),
        fc.array(fc.integer({ min: -5, max: 0xffffffff }), { maxLength: 50 }),
        (entries, probes) => {
          const table = HashTable32.build(
            Uint32Array.from(entries, ([k]) => k),
            Uint32Array.from(entries, ([, v]) => v),
          );
          const map = new Map(entries);
          expect(table.size).toBe(map.size);
          for (const key of [...map.keys(), ...probes]) {
            expect(table.get(key)).toBe(map.get(key));
            expect(table.has(key)).toBe(map.has(key));
          }
        },
      ),
    );
  });

  it('is a set when given keys alone', () => {
    const words = HashTable32.build(Uint32Array.from([7, 0, 0x80000000]));
    expect([7, 0, 0x80000000, 8, -0x80000000].map((k) => words.has(k))).toEqual([true, true, true, false, false]);
    expect(words.size).toBe(3);
  });

  it('answers the same from its stored arrays (as a model file holds them)', () => {
    const built = HashTable32.build(Uint32Array.from([3, 9, 27]), Uint32Array.from([1, 2, 3]));
    const loaded = new HashTable32(built.keys.slice(), built.values!.slice(), built.zeroValue, built.size);
    expect([3, 9, 27, 81].map((k) => loaded.get(k))).toEqual([1, 2, 3, undefined]);
    expect(() => new HashTable32(new Uint32Array(12), null, undefined, 0)).toThrow(/power of two/);
  });
});
