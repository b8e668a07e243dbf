import { parseArgs } from 'node:util';

export interface CliArgs {
  command: string;
  data?: string;
  now?: string;
  json: boolean;
  period?: string;
  /** `ask` batch mode: the lines are the turns of one conversation. */
  thread: boolean;
  /** `eval`: the lowest score (0–1) that still exits 0. */
  min?: string;
  verbose: boolean;
  /** `ask`: also write the answer's table to this CSV file. */
  csv?: string;
  /** `feedback`: every verdict, not only the 👎. */
  all: boolean;
  rest: string[];
}

/** Parses `pulse <command> [--data FILE] [--now YYYY-MM-DD] [--json] [--thread] [--csv FILE] [--period day|week|month] [--min X] [--verbose] [--all] [words…]`. */
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
      thread: { type: 'boolean', default: false },
      min: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      csv: { type: 'string' },
      all: { type: 'boolean', default: false },
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
    thread: values.thread ?? false,
    min: values.min,
    verbose: values.verbose ?? false,
    csv: values.csv,
    all: values.all ?? false,
    rest,
  };
}

export const USAGE = `Usage:
  pulse start                                   run the bot (Slack when configured, else a local console)
  pulse ask [--data FILE] [--now YYYY-MM-DD] [--json] [--thread] [--csv FILE] ["QUESTION"]
                                                answer a question (or one per line from stdin;
                                                with --thread the lines are one conversation;
                                                --csv also writes the answer's table to FILE)
  pulse digest [--data FILE] [--now YYYY-MM-DD] [--period day|week|month] [--json]
  pulse validate [--data FILE]                  check a data file
  pulse import youtube-studio|meta|tiktok|x|csv FILE… [--data FILE] [--dry-run] [--add-assets] [--year YYYY]
                                                merge platform exports into the series CSV (docs/cli.md)
  pulse eval QUESTIONS.json… [--min X] [--verbose] [--json]
                                                check the answers to a question set (exit 1 below --min)
  pulse feedback [--all] [--json]               answers people marked 👎 in Slack, newest first
                                                (--all: the 👍 too)`;
