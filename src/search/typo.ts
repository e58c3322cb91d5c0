// One typo: a letter substituted, inserted, deleted, or two neighbours swapped ("earthqauke"),
// the optimal-string-alignment distance of at most 1, checked in one pass without a matrix.

function sameTail(a: string, aFrom: number, aEnd: number, b: string, bFrom: number, bEnd: number): boolean {
  if (aEnd - aFrom !== bEnd - bFrom) return false;
  for (let i = 0; i < aEnd - aFrom; i++) if (a.charCodeAt(aFrom + i) !== b.charCodeAt(bFrom + i)) return false;
  return true;
}

/** Whether `a` and the first `bLength` units of `b` differ by at most one typo. */
export function withinOneTypo(a: string, b: string, bLength = b.length): boolean {
  const aLength = a.length;
  if (Math.abs(aLength - bLength) > 1 || bLength > b.length) return false;
  let same = 0;
  while (same < aLength && same < bLength && a.charCodeAt(same) === b.charCodeAt(same)) same++;
  if (same === aLength && same === bLength) return true;
  if (aLength === bLength) {
    if (sameTail(a, same + 1, aLength, b, same + 1, bLength)) return true;
    return (
      same + 1 < aLength &&
      a.charCodeAt(same) === b.charCodeAt(same + 1) &&
      a.charCodeAt(same + 1) === b.charCodeAt(same) &&
      sameTail(a, same + 2, aLength, b, same + 2, bLength)
    );
  }
  return aLength > bLength
    ? sameTail(a, same + 1, aLength, b, same, bLength)
    : sameTail(a, same, aLength, b, same + 1, bLength);
}

/**
 * Whether some beginning of `word` is one typo away from `term`, so a term being typed
 * ("earthqa") finds the word it is heading for ("earthquake").
 */
export function startsWithinOneTypo(term: string, word: string): boolean {
  const length = term.length;
  return (
    withinOneTypo(term, word, length) ||
    withinOneTypo(term, word, length + 1) ||
    (length > 1 && withinOneTypo(term, word, length - 1))
  );
}
