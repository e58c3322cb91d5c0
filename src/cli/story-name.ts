import { basename, resolve } from 'node:path';
import { printableLine } from '../corpus/sanitize.js';
import { corpusIdentity } from '../state/index.js';

/** A name for the header: the folder or file opened, or how many; a control in a name is shown escaped. */
export function storyName(paths: readonly string[]): string {
  return printableLine(plainStoryName(paths));
}

function plainStoryName(paths: readonly string[]): string {
  if (paths.length === 0) return 'seeds';
  if (paths.length === 1) return basename(resolve(paths[0]!)) || paths[0]!;
  return `${basename(resolve(paths[0]!))} +${paths.length - 1}`;
}

/** What the state files this corpus's bookmarks and place under: the paths opened, resolved. */
export function corpusOf(paths: readonly string[]): string {
  return corpusIdentity(paths.map((path) => resolve(path)));
}
