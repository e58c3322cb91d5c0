/**
 * "12,345": counts as the status line and progress show them. Number#toLocaleString would do,
 * but its first call loads ICU's number formats, ~10 ms of start-up for a comma.
 */
export function formatCount(n: number): string {
  const digits = String(Math.round(n));
  const sign = digits.startsWith('-') ? '-' : '';
  const body = sign ? digits.slice(1) : digits;
  let grouped = body.slice(0, body.length % 3 || 3);
  for (let i = grouped.length; i < body.length; i += 3) grouped += `,${body.slice(i, i + 3)}`;
  return sign + grouped;
}
