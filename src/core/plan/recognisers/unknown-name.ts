import { helpWith, type Recogniser } from './recogniser.ts';

/** A name that resolved to nothing is never answered with a figure: the closest names are suggested. */
export const unknownName: Recogniser = {
  name: 'unknown-name',
  matches: (s) => s.r.names.length > 0,
  build: (s) => helpWith(s, s.r.names),
};
