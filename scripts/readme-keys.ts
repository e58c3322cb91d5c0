// Rewrites the key table of README.md's Keys section from the keymap: npx tsx scripts/readme-keys.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { keysMarkdown } from '../src/ui/keymap.js';

const path = new URL('../README.md', import.meta.url);
const readme = readFileSync(path, 'utf8');
const start = readme.indexOf('| keys |', readme.indexOf('## Keys'));
const end = readme.indexOf('\n\n', start);
writeFileSync(path, readme.slice(0, start) + keysMarkdown() + readme.slice(end));
