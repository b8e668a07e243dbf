import { z } from 'zod';
import { ConfigError } from '../core/errors.ts';

// The only place that reads the environment. Everything else receives a typed Config.

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const csvList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

/**
 * An OpenAI-compatible base URL names the API version last (`…/v1`, `…/v1beta`); Google's compatibility layer
 * ends in `/openai`. Anything else (`http://127.0.0.1:11434`) would be accepted by the SDK and 404 on every call,
 * so it is refused at start-up. Query strings and a trailing slash do not count.
 */
function endsInApiVersion(url: string): boolean {
  try {
    const path = new URL(url).pathname.replace(/\/+$/, '');
    return /\/v\d+(?:(?:alpha|beta)\d*)?$/i.test(path) || /\/openai$/i.test(path);
  } catch {
    return false;
  }
}

export const envSchema = z
  .object({
    PULSE_DATA: z.string().default('data/pulse.yaml'),
    PULSE_STATE_DIR: z.string().default('var'),
    PULSE_ALLOWED_CHANNELS: csvList,
    PULSE_ALLOWED_USERS: csvList,
    PULSE_ADMIN_USERS: csvList.refine((ids) => ids.every((id) => /^[UW][A-Z0-9]{2,}$/.test(id)), {
      message:
        'must be Slack user ids separated by commas, e.g. U012AB3CD,U045EF6GH (profile → ⋮ → Copy member ID)',
    }),
    PULSE_CATCHUP_HOURS: z.coerce.number().positive().default(6),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    SLACK_BOT_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xoxb-'), {
      message: 'must start with xoxb- (Slack app → OAuth & Permissions → Bot User OAuth Token)',
    }),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xapp-'), {
      message:
        'must start with xapp- (Slack app → Basic Information → App-Level Tokens, scope connections:write)',
    }),
    /** Tests point the Web API at a local fake. */
    SLACK_API_URL: optionalText,
    OPENAI_API_KEY: optionalText,
    OPENAI_BASE_URL: optionalText
      .refine((v) => v === undefined || /^https?:\/\//.test(v), {
        message: 'must be an http(s) URL, e.g. http://127.0.0.1:11434/v1 for Ollama',
      })
      .refine((v) => v === undefined || !/^https?:\/\//.test(v) || endsInApiVersion(v), {
        message:
          'must end in the API version, e.g. http://127.0.0.1:11434/v1 (without it every model call gets 404)',
      }),
    OPENAI_MODEL: z.string().default('gpt-4o-mini'),
    OPENAI_TIMEOUT_MS: z.coerce.number().int().positive().default(8000),
    /** Reasoning models reject temperature 0: set `default` to leave the server's own. */
    OPENAI_TEMPERATURE: z
      .string()
      .optional()
      .transform((v) =>
        v === undefined || v.trim() === '' ? 0 : v.trim() === 'default' ? undefined : Number(v),
      )
      .refine((v) => v === undefined || (Number.isFinite(v) && v >= 0 && v <= 2), {
        message: 'must be a number from 0 to 2, or "default" to use the server\'s',
      }),
    REDIS_URL: optionalText.refine((v) => v === undefined || /^rediss?:\/\//.test(v), {
      message: 'must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379',
    }),
  })
  .superRefine((env, ctx) => {
    if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message:
          'is required for the HTTP receiver (Slack app → Basic Information → Signing Secret), or set SLACK_APP_TOKEN for Socket Mode',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export interface Config {
  dataFile: string;
  stateDir: string;
  allowedChannels: string[];
  allowedUsers: string[];
  /** May import exports by DM and run `/pulse reload`; empty = imports off and reload open to all. */
  adminUsers: string[];
  catchUpMs: number;
  logLevel: Env['LOG_LEVEL'];
  port: number;
  slack?: {
    botToken: string;
    signingSecret?: string;
    appToken?: string;
    apiUrl?: string;
  };
  llm?: {
    apiKey?: string;
    baseUrl?: string;
    model: string;
    timeoutMs: number;
    temperature?: number;
  };
  redisUrl?: string;
}

/** Validates the environment once; a bad variable stops start-up with its name and how to fix it. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'} ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    dataFile: e.PULSE_DATA,
    stateDir: e.PULSE_STATE_DIR,
    allowedChannels: e.PULSE_ALLOWED_CHANNELS,
    allowedUsers: e.PULSE_ALLOWED_USERS,
    adminUsers: e.PULSE_ADMIN_USERS,
    catchUpMs: e.PULSE_CATCHUP_HOURS * 3_600_000,
    logLevel: e.LOG_LEVEL,
    port: e.PORT,
    slack: e.SLACK_BOT_TOKEN
      ? {
          botToken: e.SLACK_BOT_TOKEN,
          signingSecret: e.SLACK_SIGNING_SECRET,
          appToken: e.SLACK_APP_TOKEN,
          apiUrl: e.SLACK_API_URL,
        }
      : undefined,
    llm:
      e.OPENAI_API_KEY || e.OPENAI_BASE_URL
        ? {
            apiKey: e.OPENAI_API_KEY,
            baseUrl: e.OPENAI_BASE_URL,
            model: e.OPENAI_MODEL,
            timeoutMs: e.OPENAI_TIMEOUT_MS,
            temperature: e.OPENAI_TEMPERATURE,
          }
        : undefined,
    redisUrl: e.REDIS_URL,
  };
}
