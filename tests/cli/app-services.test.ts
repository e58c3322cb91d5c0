import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportTarget } from '../../src/cli/app-services.js';

const dir = mkdtempSync(join(tmpdir(), 'news-tui-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('exportTarget', () => {
  it('tells a new file, an existing one, a folder, and a missing folder apart, in words', () => {
    writeFileSync(join(dir, 'taken.md'), 'x');
    mkdirSync(join(dir, 'sub'));
    expect(exportTarget('new.md', dir)).toEqual({ kind: 'new' });
    expect(exportTarget('taken.md', dir)).toEqual({ kind: 'exists' });
    expect(exportTarget('sub', dir)).toEqual({ kind: 'problem', message: 'sub is a folder: name a file in it' });
    expect(exportTarget('missing/h.csv', dir)).toEqual({
      kind: 'problem',
      message: `no folder ${join(dir, 'missing')}: create it, or export elsewhere`,
    });
    expect(exportTarget('taken.md/h.csv', dir)).toEqual({
      kind: 'problem',
      message: `${join(dir, 'taken.md')} is a file, not a folder`,
    });
  });
});
