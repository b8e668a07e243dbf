// Human names for codes, from the runtime's ICU data (no hand-kept tables of languages or countries).

const languages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** ICU's lookup is slow next to a map, and replies name the same few codes again and again. */
const remembered = (names: Intl.DisplayNames): ((code: string) => string) => {
  const known = new Map<string, string>();
  return (code) => {
    let name = known.get(code);
    if (name === undefined) {
      name = names.of(code) ?? code;
      if (known.size >= 1024) known.clear();
      known.set(code, name);
    }
    return name;
  };
};

export const languageName = remembered(languages);
export const countryName = remembered(regions);

export { platformName } from './platforms.ts';
