import type { Platform } from './types.ts';

// Human names for codes, from the runtime's ICU data (no hand-kept tables of languages or countries).

const languages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

export const languageName = (code: string): string => languages.of(code) ?? code;
export const countryName = (code: string): string => regions.of(code) ?? code;

const PLATFORM_NAMES: Record<Platform, string> = {
  youtube: 'YouTube',
  instagram: 'Instagram',
  tiktok: 'TikTok',
  x: 'X',
  facebook: 'Facebook',
  weibo: 'Weibo',
  bilibili: 'Bilibili',
  linkedin: 'LinkedIn',
  other: 'Other',
};

export const platformName = (p: string): string => PLATFORM_NAMES[p as Platform] ?? p;
