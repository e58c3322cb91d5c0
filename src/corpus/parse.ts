import type { LoadResult } from '../types.js';
import { decodeText } from './decode.js';
import { parseHouse } from './house.js';

/** Turns one file's bytes into articles and problems, choosing the format by name and content. */
export function parseFile(bytes: Uint8Array, path: string): LoadResult {
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return { articles: [], problems: [{ path, reason: decoded.problem }] };
  return parseHouse(decoded.text, path);
}
