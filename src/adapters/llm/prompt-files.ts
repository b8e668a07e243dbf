import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../../core/errors.ts';

// Prompts are files so they can be reviewed and versioned like code; their versions go into every cache key,
// so editing a prompt retires the answers the old one produced.

export const DEFAULT_PROMPTS_DIR = fileURLToPath(new URL('../../../prompts/', import.meta.url));

export interface Prompts {
  /** The three files' versions together, e.g. `1.1.1`. */
  version: string;
  system: string;
  planner: string;
  summarizer: string;
}

const VERSION_LINE = /^version:\s*(\S+)\s*$/;

function readPrompt(dir: string, name: string): { version: string; body: string } {
  let text: string;
  try {
    text = readFileSync(join(dir, `${name}.md`), 'utf8');
  } catch (error) {
    throw new ConfigError(`The prompt file ${name}.md is missing from the prompts folder`, { cause: error });
  }
  const [first = '', ...rest] = text.split('\n');
  const version = VERSION_LINE.exec(first)?.[1];
  if (!version) throw new ConfigError(`The prompt file ${name}.md must start with a "version: N" line`);
  return { version, body: rest.join('\n').trim() };
}

export function loadPrompts(dir: string = DEFAULT_PROMPTS_DIR): Prompts {
  const system = readPrompt(dir, 'system');
  const planner = readPrompt(dir, 'planner');
  const summarizer = readPrompt(dir, 'summarizer');
  return {
    version: [system, planner, summarizer].map((p) => p.version).join('.'),
    system: system.body,
    planner: planner.body,
    summarizer: summarizer.body,
  };
}
