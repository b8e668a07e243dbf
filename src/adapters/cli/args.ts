import { parseArgs } from 'node:util';

export interface CliArgs {
  command: string;
  data?: string;
  now?: string;
  json: boolean;
  period?: string;
  rest: string[];
}

/** Parses `pulse <command> [--data FILE] [--now YYYY-MM-DD] [--json] [--period week|month] [words…]`. */
export function parseCliArgs(argv: string[]): CliArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      data: { type: 'string' },
      now: { type: 'string' },
      json: { type: 'boolean', default: false },
      period: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command = 'start', ...rest] = positionals;
  return {
    command: values.help ? 'help' : command,
    data: values.data,
    now: values.now,
    json: values.json ?? false,
    period: values.period,
    rest,
  };
}

export const USAGE = `Usage:
  pulse start                                   run the bot (Slack when configured, else a local console)
  pulse ask [--data FILE] [--now YYYY-MM-DD] [--json] ["QUESTION"]
                                                answer a question (or one per line from stdin)
  pulse digest [--data FILE] [--now YYYY-MM-DD] [--period week|month] [--json]
  pulse validate [--data FILE]                  check a data file`;
