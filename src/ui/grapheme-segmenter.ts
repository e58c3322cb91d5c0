// Intl.Segmenter for the terminal UI's text measuring (scripts/bundle.mjs puts it in place of
// Intl.Segmenter in the bundle): Ink, string-width and slice-ansi split every line they draw into
// grapheme clusters, and the first Intl.Segmenter of a process loads ICU's break rules, ~12 ms
// of every start. Most of what a news timeline draws is text in which each code unit is a
// cluster of its own; that is split here, and anything else goes to ICU, made on first need.
// tests/ui/grapheme-segmenter.test.ts checks every code unit of the simple set against ICU.

// Code units that form a grapheme cluster on their own beside any other of the set: controls
// (but CR, which joins a following LF), Latin, Greek and Cyrillic letters without combining
// marks, punctuation (without the zero-width joiners and marks), currency and letterlike
// symbols, arrows, mathematical operators, box drawing, blocks and geometric shapes.
const SIMPLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x000c],
  [0x000e, 0x02ff],
  [0x0370, 0x0482],
  [0x048a, 0x052f],
  [0x2010, 0x2027],
  [0x202f, 0x205e],
  [0x20a0, 0x20c0],
  [0x2100, 0x214f],
  [0x2190, 0x22ff],
  [0x2500, 0x25ff],
];

function isSimpleUnit(unit: number): boolean {
  if (unit <= 0x02ff) return unit !== 0x000d;
  for (const [from, to] of SIMPLE_RANGES) if (unit >= from && unit <= to) return true;
  return false;
}

/** Whether every code unit of `text` is a grapheme cluster by itself. */
export function isSimpleText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSimpleUnit(text.charCodeAt(i))) return false;
  return true;
}

// Reached through globalThis: the bundle replaces the plain name with this module's class.
const IcuSegmenter = globalThis.Intl.Segmenter;

interface SegmentData {
  segment: string;
  index: number;
  input: string;
}

/** Segments of a string whose every code unit is a cluster: what Intl.Segments would give. */
class SimpleSegments implements Iterable<SegmentData> {
  constructor(private readonly input: string) {}

  containing(index = 0): SegmentData | undefined {
    const at = Math.trunc(index);
    if (!(at >= 0 && at < this.input.length)) return undefined;
    return { segment: this.input[at]!, index: at, input: this.input };
  }

  *[Symbol.iterator](): Iterator<SegmentData> {
    const { input } = this;
    for (let index = 0; index < input.length; index++) yield { segment: input[index]!, index, input };
  }
}

export class GraphemeSegmenter {
  private icu: Intl.Segmenter | null = null;
  private readonly graphemes: boolean;

  constructor(
    private readonly locales?: string | string[],
    private readonly options?: Intl.SegmenterOptions,
  ) {
    this.graphemes = (options?.granularity ?? 'grapheme') === 'grapheme';
  }

  segment(input: string): Intl.Segments {
    if (this.graphemes && isSimpleText(input)) return new SimpleSegments(input) as unknown as Intl.Segments;
    return this.real().segment(input);
  }

  resolvedOptions(): Intl.ResolvedSegmenterOptions {
    return this.real().resolvedOptions();
  }

  private real(): Intl.Segmenter {
    return (this.icu ??= new IcuSegmenter(this.locales, this.options));
  }
}
