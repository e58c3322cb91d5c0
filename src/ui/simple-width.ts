// A quick measure of the text a timeline draws, for string-width (scripts/bundle.mjs puts it in
// front of string-width's own): Ink measures every row it lays out, and string-width walks any
// line that is not plain ASCII grapheme by grapheme through several Unicode property regexes,
// so one '…', '·' or '│' in a row (most rows have one) made it ~40 times slower. A text whose
// every code unit is a grapheme cluster of its own (src/ui/grapheme-segmenter.ts) is as wide as
// the sum of its code units' widths, each measured once by string-width itself.
// tests/ui/text-width.test.ts compares the two on every such code unit and on mixed lines.
import { isSimpleText } from './grapheme-segmenter.js';

// Every code unit isSimpleText accepts is below U+2600 (box drawing, blocks, shapes).
const TABLE_SIZE = 0x2600;
const unitWidths = new Int8Array(TABLE_SIZE).fill(-1);

/**
 * The width of `text` (no escape sequences) as `measure` (string-width) gives it, when every
 * code unit is a cluster by itself; otherwise undefined, for `measure` to do it.
 */
export function simpleTextWidth(text: string, measure: (text: string) => number): number | undefined {
  let width = 0;
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x20 || unit > 0x7e) {
      ascii = false;
      break;
    }
    width++;
  }
  if (ascii) return width;
  if (!isSimpleText(text)) return undefined;
  width = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= TABLE_SIZE) return undefined;
    let unitWidth = unitWidths[unit]!;
    if (unitWidth < 0) unitWidth = unitWidths[unit] = measure(String.fromCharCode(unit));
    width += unitWidth;
  }
  return width;
}
