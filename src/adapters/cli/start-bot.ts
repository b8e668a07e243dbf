import type { Composed } from '../../app/compose.ts';
import { THREAD_TTL_MS } from '../../app/pulse-service.ts';
import { watchDataFile } from '../data/watch-data-file.ts';
import { createScheduling } from '../scheduler/create-scheduler.ts';
import { fileExportImporter } from '../slack/export-importer.ts';
import { createSlackApp } from '../slack/slack-app.ts';
import { KeyValueFeedbackStore } from '../store/feedback-store.ts';
import { guardProcess } from './process-guards.ts';

/** Waits for Ctrl-C or a container's stop signal. */
const untilStopped = (): Promise<void> =>
  new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });

/** Runs Pulse as a Slack app with its digest scheduler until the process is asked to stop. */
export async function startBot(app: Composed): Promise<number> {
  const { config, service, store, logger } = app;
  const slack = config.slack;
  if (!slack) return 1;
  const slackApp = createSlackApp({
    service,
    store,
    logger,
    slack,
    allowedChannels: config.allowedChannels,
    allowedUsers: config.allowedUsers,
    adminUsers: config.adminUsers,
    importer: fileExportImporter(config.dataFile),
    port: config.port,
    threadTtlMs: THREAD_TTL_MS,
    feedback: new KeyValueFeedbackStore(store),
  });
  const scheduler = createScheduling({
    service,
    store,
    logger,
    catchUpMs: config.catchUpMs,
    slack: { botToken: slack.botToken, apiUrl: slack.apiUrl },
  });
  try {
    await slackApp.start();
    await scheduler.start();
  } catch (error) {
    // Nothing may keep the event loop alive after a failed start: the process exits with the error, at once.
    await scheduler.stop().catch(() => {});
    await slackApp.stop().catch(() => {});
    await app.close();
    throw error;
  }
  const unguard = guardProcess(logger);
  const watcher = watchDataFile(config.dataFile, service.data, logger);
  logger.info(
    {
      mode: slackApp.mode,
      port: slackApp.port,
      store: config.redisUrl ? 'redis' : 'file',
      llm: !!config.llm,
    },
    'Pulse is running',
  );
  await untilStopped();
  logger.info({}, 'stopping');
  watcher.close();
  await scheduler.stop();
  await slackApp.stop();
  await app.close();
  unguard();
  return 0;
}
