/**
 * Orders strings by code point, case folded first: the same order on every machine and in every
 * locale (localeCompare follows the user's locale, and its first call loads ICU's collation
 * data, ~6 ms of start-up).
 */
export function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
