import type { Config } from '../config/index.js';
import { KEYMAP, withKeyOverrides, type KeyBinding } from '../ui/keymap.js';
import { DEFAULT_THEME, MONOCHROME_THEME, withOverrides, type Theme } from '../ui/theme.js';

/** The theme and keymap a user's config asks for; without colour, the monochrome theme as is. */
export function uiSettings(config: Config, color: boolean): { theme: Theme; keymap: KeyBinding[] } {
  return {
    theme: color ? withOverrides(DEFAULT_THEME, config.theme) : MONOCHROME_THEME,
    keymap: withKeyOverrides(KEYMAP, config.keys),
  };
}
