import type { EntityType } from '../types.js';

/** Ink <Text> style props; every colour the UI shows comes from one Theme, keyed by meaning. */
export interface TextStyle {
  color?: string;
  backgroundColor?: string;
  bold?: boolean;
  dimColor?: boolean;
  inverse?: boolean;
  underline?: boolean;
}

export type ThemeKey =
  | 'entity.person'
  | 'entity.org'
  | 'entity.place'
  | 'entity.misc'
  | 'date'
  | 'dim'
  | 'accent'
  | 'heading'
  | 'selection'
  | 'match'
  | 'event'
  | 'caption'
  | 'warning'
  | 'status';

export type Theme = Record<ThemeKey, TextStyle>;

// displaCy-like hues: people, organisations and places stay distinguishable at a glance.
export const DEFAULT_THEME: Theme = {
  'entity.person': { color: 'magentaBright' },
  'entity.org': { color: 'cyan' },
  'entity.place': { color: 'green' },
  'entity.misc': { color: 'yellow' },
  date: { color: 'yellowBright', underline: true },
  dim: { dimColor: true },
  accent: { color: 'blueBright', bold: true },
  heading: { bold: true, color: 'white' },
  selection: { inverse: true },
  match: { color: 'redBright', bold: true },
  // The sentence the event was read from: reversed, never the dates' underline.
  event: { inverse: true },
  caption: { dimColor: true },
  warning: { color: 'yellow' },
  status: { inverse: true },
};

/** Without colour (NO_COLOR, --no-color): emphasis by weight, underline and inversion only. */
export const MONOCHROME_THEME: Theme = {
  'entity.person': { bold: true },
  'entity.org': { bold: true },
  'entity.place': { bold: true },
  'entity.misc': { bold: true },
  date: { underline: true },
  dim: { dimColor: true },
  accent: { bold: true },
  heading: { bold: true },
  selection: { inverse: true },
  match: { bold: true, underline: true },
  event: { inverse: true },
  caption: { dimColor: true },
  warning: { bold: true },
  status: { inverse: true },
};

export function entityThemeKey(type: EntityType): ThemeKey {
  switch (type) {
    case 'PERSON':
      return 'entity.person';
    case 'ORG':
      return 'entity.org';
    case 'PLACE':
      return 'entity.place';
    default:
      return 'entity.misc';
  }
}

/** Applies a user's overrides (config) on top of a base theme. */
export function withOverrides(base: Theme, overrides: Partial<Record<ThemeKey, TextStyle>> | undefined): Theme {
  if (!overrides) return base;
  const theme = { ...base };
  for (const [key, style] of Object.entries(overrides) as Array<[ThemeKey, TextStyle]>) {
    if (key in theme) theme[key] = { ...theme[key], ...style };
  }
  return theme;
}
