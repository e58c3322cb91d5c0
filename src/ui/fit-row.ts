// A list row cut to the screen's width when it is made, as Ink would cut it (wrap="truncate":
// the columns that fit less one, then '…'), so Ink finds it fits: Ink otherwise measures the
// styled row, finds it too wide and cuts it with slice-ansi, character by character through its
// escape codes, on every new row it lays out (each row of a screen scrolled to or switched to).

/** Whether a code unit takes one column by itself (string-width's measure) and is no control. */
function oneColumn(unit: number): boolean {
  return (
    (unit >= 0x20 && unit <= 0x7e) ||
    (unit >= 0xa0 && unit <= 0x2ff && unit !== 0xad) ||
    (unit >= 0x2010 && unit <= 0x2027) ||
    (unit >= 0x2030 && unit <= 0x205e) ||
    (unit >= 0x2190 && unit <= 0x21ff) ||
    (unit >= 0x2500 && unit <= 0x25fc) ||
    unit === 0x2605 ||
    unit === 0x276f
  );
}

const oneColumnText = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (!oneColumn(text.charCodeAt(i))) return false;
  return true;
};

/**
 * The parts of a row (each drawn in its own style) cut so that the row takes at most `width`
 * columns; null when a part holds a character not known to take one column (Ink then measures
 * and cuts the row). As Ink's cut (slice-ansi, then '…'), the '…' takes the style of the part it
 * follows; with no room for any of the row, it is all there is, in the row's own style (`alone`).
 */
export function fitRow(parts: readonly string[], width: number): { parts: string[]; alone: string } | null {
  if (!parts.every(oneColumnText)) return null;
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  if (total <= width) return { parts: [...parts], alone: '' };
  let room = Math.max(0, width - 1);
  const kept = parts.map((part) => {
    const piece = part.slice(0, room);
    room -= piece.length;
    return piece;
  });
  let last = kept.length - 1;
  while (last >= 0 && kept[last] === '') last--;
  if (last < 0) return { parts: kept, alone: width >= 1 ? '…' : '' };
  kept[last] += '…';
  return { parts: kept, alone: '' };
}
