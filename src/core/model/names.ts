// Human names for codes, from the runtime's ICU data (no hand-kept tables of languages or countries).
import { remembered } from './remembered.ts';

const languages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** ICU's lookup is slow next to a map, and replies name the same few codes again and again. */
export const languageName = remembered((code: string) => languages.of(code) ?? code, 1024);
export const countryName = remembered((code: string) => regions.of(code) ?? code, 1024);

export { platformName } from './platforms.ts';
