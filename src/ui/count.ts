/**
 * "12,345": counts as the status line and progress show them. Number#toLocaleString would do,
 * but its first call loads ICU's number formats, ~10 ms of start-up for a comma.
 */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, ',');
}
