import { useEffect, useState } from 'react';
import type { RowsListener } from '../browse.js';

/**
 * Draws again when rows of a paged list arrive (a row drawn as a placeholder is read now); a
 * list held whole never calls. The number changes with each arrival.
 */
export function useRowsVersion(list: { subscribe(listener: RowsListener): () => void }): number {
  const [version, setVersion] = useState(0);
  useEffect(() => list.subscribe(() => setVersion((v) => v + 1)), [list]);
  return version;
}
