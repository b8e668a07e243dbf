// Human names for codes, from the runtime's ICU data (no hand-kept tables of languages or countries).

const languages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

export const languageName = (code: string): string => languages.of(code) ?? code;
export const countryName = (code: string): string => regions.of(code) ?? code;

export { platformName } from './platforms.ts';
