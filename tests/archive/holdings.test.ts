// Which file holds which article decides what prune removes: these are two ways an archive
// could lose an article still on a disk somewhere.
import { existsSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { SqlDriver } from '../../src/archive/driver.js';
import { ingest } from '../../src/archive/ingest.js';
import { openSqlite } from '../../src/archive/sqlite.js';
import { Archive } from '../../src/archive/store.js';
import { inProcessPool } from '../../src/pipeline/pool.js';

const ARTICLE =
  ' date 2021-05-03 The mayor of Lyon resigned on Monday.\n\nThe mayor of Lyon resigned on Monday after a vote.\n';

let work: string;
let folder: string;
let db: SqlDriver;
let archive: Archive;

beforeEach(async () => {
  work = mkdtempSync(join(tmpdir(), 'news-tui-holdings-'));
  folder = join(work, 'news');
  mkdirSync(folder);
  writeFileSync(join(folder, 'a.txt'), ARTICLE);
  writeFileSync(join(folder, 'b.txt'), ARTICLE);
  db = await openSqlite(join(work, 'archive.db'));
  archive = await Archive.over(db, async () => 0);
  expect((await ingest(archive, [folder], { pool: inProcessPool() })).added).toBe(1);
});

afterEach(async () => {
  await archive.close();
  rmSync(work, { recursive: true, force: true });
});

it('keeps an article that another file added in the same run still holds', async () => {
  unlinkSync(join(folder, 'a.txt'));
  expect(await archive.prune(existsSync)).toEqual({ files: 1, articles: 0 });
  expect((await archive.summary()).articles).toBe(1);
  unlinkSync(join(folder, 'b.txt'));
  expect(await archive.prune(existsSync)).toEqual({ files: 1, articles: 1 });
});

it('judges only this machine’s files gone: a colleague’s folders are not on this disk', async () => {
  await db.run("UPDATE files SET host = 'colleague'");
  await db.run("UPDATE holdings SET host = 'colleague'");
  expect(await archive.prune(() => false)).toEqual({ files: 0, articles: 0 });
  expect((await archive.summary()).articles).toBe(1);
});
