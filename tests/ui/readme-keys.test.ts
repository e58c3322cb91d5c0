import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keysMarkdown } from '../../src/ui/keymap.js';

describe("the README's Keys section", () => {
  it('is the table that dispatches keys (npx tsx scripts/readme-keys.ts rewrites it)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Keys'));
    const table = section.slice(section.indexOf('| keys |'), section.indexOf('\n\n', section.indexOf('| keys |')));
    expect(table).toBe(keysMarkdown());
  });
});
