import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { TmuxSession } from './tmux.js';

let session: TmuxSession | null = null;
afterEach(() => {
  session?.kill();
  session = null;
});

/** The names listed on the entities screen, as captured. */
const listed = (screen: string): string[] =>
  screen
    .split('\n')
    .map((line) => /^[❯ ] (?:person|org|place) +\d+ (?<name>.+?) {2}\d+ articles?/u.exec(line)?.groups?.name)
    .filter((name): name is string => name !== undefined);

describe('the entities screen in a real terminal (tmux)', () => {
  it('lists only the names holding what is typed, and Enter filters the timeline by one', async () => {
    session = new TmuxSession('node bin/news-tui.js --no-cache tests/fixtures/obama', { columns: 80, rows: 20 });
    await session.waitFor(/Timeline 1\/3/);
    await session.key('e');
    const all = await session.waitFor(/Entities 1\/\d+/);
    expect(listed(all)).toEqual(expect.arrayContaining(['Barack Obama', 'Rene Preval', 'Port-au-Prince']));
    // One key per send-keys, as typed: 'b' and 'm' are text here, not bookmark or mark.
    await session.type('obam');
    const filtered = await session.waitFor('> obam');
    expect(listed(filtered)).toEqual(['Barack Obama', 'Michelle Obama']);
    expect(filtered).toMatch(/Entities 1\/2 of \d+/);
    await session.key('Down');
    await session.waitFor(/❯ person +\d+ Michelle Obama/);
    await session.key('Tab');
    await session.waitFor(/Entities 1\/2 of \d+/);
    // Esc clears the filter, and Enter on the first name filters the timeline by it.
    await session.key('Escape');
    await session.waitFor('type to filter names');
    await session.type('preval');
    await session.waitFor(/❯ person +\d+ Rene Preval/);
    await session.key('Enter');
    const timeline = await session.waitFor('filter: Rene Preval');
    expect(timeline).toContain('Preval');
  });

  it('takes a click and the wheel (SGR mouse reports), and gives the mouse back on quit', async () => {
    // A shell stays in the pane after the app quits, to ask tmux what the app left on.
    const app = 'node bin/news-tui.js --no-cache tests/fixtures/obama';
    session = new TmuxSession(`sh -c '${app}; sleep 30'`, { columns: 80, rows: 20 });
    await session.waitFor(/Timeline 1\/3/);
    expect(session.paneFormat('#{mouse_standard_flag} #{mouse_sgr_flag}')).toBe('1 1');
    await session.key('e');
    await session.waitFor(/Entities 1\/\d+/);
    // Row 3 is the filter line, row 4 the first name: row 5 is the second. What a terminal sends.
    await session.keysAtOnce('\u001B[<0;12;5M\u001B[<0;12;5m');
    const clicked = await session.waitFor(/Entities 2\/\d+/);
    // Nothing of the reports was typed into the filter.
    expect(clicked).toContain('type to filter names');
    await session.keysAtOnce('\u001B[<64;12;5M');
    await session.waitFor(/Entities 1\/\d+/);
    await session.key('C-c');
    const deadline = Date.now() + 5000;
    while (session.paneFormat('#{mouse_sgr_flag}') !== '0' && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(session.paneFormat('#{mouse_standard_flag} #{mouse_sgr_flag}')).toBe('0 0');
  });

  it('gives the mouse and the screen back when interrupted from outside (SIGINT)', async () => {
    const app = 'node bin/news-tui.js --no-cache tests/fixtures/obama';
    session = new TmuxSession(`sh -c '${app}; echo exit=$?; sleep 30'`, { columns: 80, rows: 20 });
    await session.waitFor(/Timeline 1\/3/);
    expect(session.paneFormat('#{mouse_sgr_flag} #{alternate_on}')).toBe('1 1');
    const shell = session.paneFormat('#{pane_pid}');
    const node = execFileSync('ps', ['-o', 'pid=', '--ppid', shell], { encoding: 'utf8' }).trim().split('\n')[0]!;
    process.kill(Number(node), 'SIGINT');
    await session.waitFor('exit=130');
    expect(session.paneFormat('#{mouse_standard_flag} #{mouse_sgr_flag} #{alternate_on}')).toBe('0 0 0');
  });

  it('leaves the mouse to the terminal with --no-mouse', async () => {
    session = new TmuxSession('node bin/news-tui.js --no-mouse --no-cache tests/fixtures/obama', {
      columns: 80,
      rows: 20,
    });
    await session.waitFor(/Timeline 1\/3/);
    expect(session.paneFormat('#{mouse_standard_flag} #{mouse_sgr_flag}')).toBe('0 0');
  });
});
