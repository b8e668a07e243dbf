import type { Composed } from '../../app/compose.ts';

/** Starts the Slack app and the digest scheduler; resolves only when the process is asked to stop. */
export async function startBot(app: Composed): Promise<number> {
  app.logger.error({}, 'Slack is configured but the Slack adapter is not wired yet');
  return 1;
}
