// Bytes to text for files whose encoding is not declared: BOMs are honoured, UTF-8 is expected
// otherwise (text that is not is read as Windows-1252, and said), and binary content is named
// rather than shown as garbage.

/** The text, and when it was not UTF-8, a line saying how it was read; or why it has none. */
export type Decoded = { text: string; note?: string } | { problem: string };

// How much of a file is inspected to tell text from binary.
const SNIFF_BYTES = 8192;

/** Decodes a text file: UTF-8 (BOM optional), or UTF-16 LE/BE with a BOM. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { problem: 'empty file' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.subarray(0, SNIFF_BYTES).includes(0)) return { problem: 'binary file (NUL bytes)' };
  const decoded = decodeWith('utf-8', body);
  if ('problem' in decoded) {
    const binary = binaryReason(body);
    if (binary) return { problem: binary };
    if (decoded.problem === 'empty file') return decoded;
    // Text that is not UTF-8 and not binary is, far most often, an older Windows or Mac export
    // or a saved page in Windows-1252 (Latin-1 and more): read so, and said, not dropped.
    const at = firstInvalidUtf8(body);
    const byte = body[at];
    const where = byte === undefined ? '' : ` (byte 0x${byte.toString(16).padStart(2, '0')} at offset ${at})`;
    return { text: decodeWindows1252(body), note: `not UTF-8${where}: read as Windows-1252` };
  }
  // Control bytes are ASCII, so the first SNIFF_BYTES characters hold every one of the sniffed
  // bytes; only text that has any is counted byte by byte.
  if (hasSniffedControl(decoded.text, SNIFF_BYTES)) {
    const binary = binaryReason(body);
    if (binary) return { problem: binary };
  }
  return decoded;
}

/** True when the first `length` characters hold a control byte that binaryReason counts. */
function hasSniffedControl(text: string, length: number): boolean {
  const end = Math.min(length, text.length);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && isCountedControl(code)) return true;
  }
  return false;
}

/** Tab, LF, FF, CR and ESC occur in real text files (ESC in pasted terminal output); other C0 bytes do not. */
function isCountedControl(code: number): boolean {
  return code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d && code !== 0x1b;
}

// WHATWG windows-1252 for bytes 0x80–0x9F (0x81, 0x8D, 0x8F, 0x90, 0x9D map to themselves).
// Node's TextDecoder decodes "windows-1252" (and "iso-8859-1", its WHATWG alias) as plain Latin-1,
// which turns curly quotes, dashes and € into C1 controls.
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  // Chunks keep String.fromCharCode's argument list short.
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80]! : b,
    );
    text += String.fromCharCode(...codes);
  }
  return text;
}

/** Decodes with a named WHATWG encoding; malformed input is a problem, not replacement marks. */
export function decodeWith(encoding: string, bytes: Uint8Array): Decoded {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
  } catch {
    return { problem: `unknown encoding "${encoding}"` };
  }
  try {
    const text = decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
    if (!/\S/.test(text)) return { problem: 'empty file' };
    return { text };
  } catch {
    return { problem: `invalid ${decoder.encoding} text` };
  }
}

/** Why the bytes look binary, or null when they look like text. */
export function binaryReason(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  if (sample.includes(0)) return 'binary file (NUL bytes)';
  let controls = 0;
  for (const b of sample) {
    if (b < 0x20 && isCountedControl(b)) controls++;
  }
  if (sample.length > 0 && controls / sample.length > 0.1) return 'binary file (mostly non-text)';
  return null;
}

/** Offset of the first byte that breaks UTF-8, or the length when none does. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
