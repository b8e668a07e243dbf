import { leadingRe } from '../concepts.ts';
import { helpWith, type Recogniser } from './recogniser.ts';

const HELP = leadingRe('help');

/** "help", "what can you do", or nothing at all: how to use Pulse. */
export const helpRequest: Recogniser = {
  name: 'help-request',
  matches: (s) => !s.r.tokens.length || s.has(HELP),
  build: (s) => helpWith(s, []),
};
