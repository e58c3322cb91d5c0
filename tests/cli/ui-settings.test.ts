import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/index.js';
import { uiSettings } from '../../src/cli/ui-settings.js';
import { actionFor } from '../../src/ui/keymap.js';
import { MONOCHROME_THEME } from '../../src/ui/theme.js';

describe('UI settings from the config', () => {
  it("lays a user's colours over the default theme and rebinds keys", () => {
    const { theme, keymap } = uiSettings(
      { ...DEFAULT_CONFIG, theme: { date: { color: 'red' } }, keys: { quit: ['Q'] } },
      true,
    );
    expect(theme.date.color).toBe('red');
    expect(theme.date.underline).toBe(true);
    expect(actionFor('Q', 'timeline', keymap)).toBe('quit');
  });

  it('draws without colour when colour is off, whatever the config says', () => {
    expect(uiSettings({ ...DEFAULT_CONFIG, theme: { date: { color: 'red' } } }, false).theme).toBe(MONOCHROME_THEME);
  });
});
