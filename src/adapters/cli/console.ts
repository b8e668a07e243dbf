import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { PulseService } from '../../app/pulse-types.ts';
import { sourceLabel } from '../../core/model/sample-data.ts';
import { splitCsvOption, writeAnswerCsv } from './csv-output.ts';

export interface ConsoleIo {
  input: Readable;
  output: Writable;
}

/**
 * One console session is one conversation, like one Slack thread: a new id per process start, so a restart with
 * the same state dir never reads a complete question as a follow-up of the last session's.
 */
export const newConsoleThread = (): string => `console:${randomUUID()}`;

/**
 * The local console, in the spirit of Hubot's shell adapter: no Slack needed. Questions and `/pulse …` command
 * lines go through the same use-case as Slack; answers print as the terminal rendering.
 */
export async function runConsole(
  service: PulseService,
  io: ConsoleIo,
  thread: string = newConsoleThread(),
): Promise<void> {
  const ds = service.data.current();
  const write = (s: string) => io.output.write(`${s}\n`);
  write(
    `Pulse console — ${ds.catalog.organization.name} (${sourceLabel(ds.meta)}, data as of ${ds.asOf ?? 'n/a'}, today ${service.today()}).`,
  );
  write(
    'Ask a question, or type /pulse help. End a question with --csv FILE to save its table. Ctrl-D or "exit" quits.\n',
  );
  const rl = createInterface({ input: io.input, output: io.output, prompt: 'pulse> ', terminal: false });
  rl.prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === 'exit' || line === 'quit') break;
    if (line) {
      try {
        if (line.startsWith('/')) {
          const reply = await service.command(line.replace(/^\/pulse\b/i, ''), {
            thread,
            channelId: 'console',
          });
          write(`${reply.rendered.terminal}\n`);
        } else {
          const { question, csv } = splitCsvOption(line);
          const answer = await service.ask(question, { thread });
          write(`${answer.terminal}\n`);
          if (csv) write(await writeAnswerCsv(answer, csv));
        }
      } catch (error) {
        write(`Sorry, something went wrong: ${(error as Error).message}`);
      }
    }
    rl.prompt();
  }
  rl.close();
}
