import type { Server } from 'node:http';
import { App, HTTPReceiver, type Receiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { PulseService } from '../../app/pulse-types.ts';
import { ConfigError } from '../../core/errors.ts';
import type { Clock, FeedbackStore, KeyValueStore, Logger } from '../../core/ports.ts';
import { systemClock } from '../../core/ports.ts';
import { type ChartRenderer, cachedChartRenderer } from '../chart/chart-cache.ts';
import { KeyValueFeedbackStore } from '../store/feedback-store.ts';
import { registerAnswerButtons } from './action-handlers.ts';
import { registerAnswerTools } from './answer-tool-handlers.ts';
import { createAssistantPanel } from './assistant-panel.ts';
import { BoltLoggerAdapter } from './bolt-logger.ts';
import { registerPulseCommand } from './command-handler.ts';
import { registerConversations } from './conversation-handlers.ts';
import { dedupeEvents } from './dedupe-middleware.ts';
import type { ExportImporter } from './export-importer.ts';
import { logFailure } from './friendly-error.ts';
import { healthRoute } from './health-route.ts';
import { registerFileShared, registerImportActions } from './import-flow.ts';
import { InFlight } from './in-flight.ts';
import { THREAD_TTL_MS } from './once.ts';
import { guardRequests } from './request-guard.ts';
import type { SlackDeps } from './slack-deps.ts';
import { BOT_TOKEN_HELP, checkBotToken, startUpFailure } from './start-up-check.ts';
import { SLACK_RETRY_POLICY, webClientOptions } from './web-client-options.ts';

export interface SlackAppOptions {
  service: PulseService;
  store: KeyValueStore;
  logger: Logger;
  slack: {
    botToken: string;
    /** Required for the HTTP receiver. */
    signingSecret?: string;
    /** Set = Socket Mode (no public URL needed). */
    appToken?: string;
    /** Web API base (tests: a local fake). Socket Mode's apps.connections.open goes there too. */
    apiUrl?: string;
  };
  allowedChannels: string[];
  allowedUsers: string[];
  /** HTTP receiver port (`/slack/events`, `/healthz`); in Socket Mode only `/healthz` listens there. 0 = any. */
  port: number;
  /** Interface to bind; default all. */
  host?: string;
  /** Web API retry policy; defaults to Slack's prescription (see web-client-options.ts). */
  retryConfig?: webApi.RetryOptions;
  /** How long a thread the bot answered in accepts follow-ups without a mention. */
  threadTtlMs?: number;
  /** Pause between response_url attempts. */
  respondBackoffMs?: number;
  /** Answers worked on at once (each may wait on a model); more wait in line. Default 4. */
  maxConcurrentAnswers?: number;
  /** Answer charts (default: rendered and cached); false posts answers without them. */
  renderChart?: ChartRenderer | false;
  /** Where 👍 / 👎 go; default: the store itself. */
  feedback?: FeedbackStore;
  clock?: Clock;
  /** PULSE_ADMIN_USERS: who may import exports by DM and `/pulse reload`. Empty = imports off, reload open. */
  adminUsers?: string[];
  /** The import machinery over the data file; absent = imports off. */
  importer?: ExportImporter;
}

export interface SlackApp {
  readonly mode: 'socket' | 'http';
  /** The configured Web API client (retries, API URL), for other adapters that post, e.g. digests. */
  readonly client: webApi.WebClient;
  /** The bound HTTP port once started (HTTP receiver only). */
  readonly port: number | undefined;
  start(): Promise<void>;
  /** Stops receiving, then lets answers already under way finish. */
  stop(): Promise<void>;
  /** Resolves when no acked request is still being answered. */
  idle(): Promise<void>;
}

function createReceiver(o: SlackAppOptions, logger: BoltLoggerAdapter): Receiver {
  const customRoutes = [healthRoute(o.service, o.store)];
  if (o.slack.appToken) {
    return new SocketModeReceiver({
      appToken: o.slack.appToken,
      logger,
      customRoutes,
      // The socket client's own WebClient calls apps.connections.open; a fresh object because it mutates it.
      installerOptions: {
        port: o.port,
        clientOptions: o.slack.apiUrl ? { slackApiUrl: o.slack.apiUrl } : {},
      },
    });
  }
  if (!o.slack.signingSecret) {
    throw new ConfigError(
      'SLACK_SIGNING_SECRET is required for the HTTP receiver (Slack app → Basic Information → Signing Secret), ' +
        'or set SLACK_APP_TOKEN for Socket Mode',
    );
  }
  const receiver = new HTTPReceiver({
    signingSecret: o.slack.signingSecret,
    endpoints: '/slack/events',
    customRoutes,
    logger,
    // Ack first, work after: Slack's 3-second budget never depends on how long an answer takes.
    processBeforeResponse: false,
    port: o.port,
  });
  // Bolt reads the request listener when a request arrives, so the guard sits in front of every one.
  receiver.requestListener = guardRequests(receiver.requestListener, {
    signingSecret: o.slack.signingSecret,
    logger: o.logger,
  });
  return receiver;
}

/** Pulse in Slack: mentions, DMs, thread follow-ups, `/pulse`, buttons and the assistant panel. */
export function createSlackApp(o: SlackAppOptions): SlackApp {
  const boltLogger = new BoltLoggerAdapter(o.logger);
  const work = new InFlight(o.maxConcurrentAnswers);
  const deps: SlackDeps = {
    service: o.service,
    store: o.store,
    logger: o.logger,
    policy: { allowedChannels: o.allowedChannels, allowedUsers: o.allowedUsers },
    work,
    threadTtlMs: o.threadTtlMs ?? THREAD_TTL_MS,
    respondBackoffMs: o.respondBackoffMs ?? 1000,
    renderChart: o.renderChart ?? cachedChartRenderer(),
    feedback: o.feedback ?? new KeyValueFeedbackStore(o.store),
    clock: o.clock ?? systemClock,
    imports: {
      admins: o.adminUsers ?? [],
      importer: o.importer,
      botToken: o.slack.botToken,
      apiUrl: o.slack.apiUrl,
    },
  };
  const mode = o.slack.appToken ? 'socket' : 'http';
  const app = new App({
    token: o.slack.botToken,
    receiver: createReceiver(o, boltLogger),
    logger: boltLogger,
    clientOptions: webClientOptions(o.slack.apiUrl, o.retryConfig ?? SLACK_RETRY_POLICY),
    convoStore: false,
    deferInitialization: true,
  });
  app.error(async (error) => {
    logFailure(o.logger, error, {}, 'unhandled Slack listener error');
  });
  app.use(dedupeEvents(o.store, o.logger));
  app.assistant(createAssistantPanel(deps));
  registerConversations(app, deps);
  registerPulseCommand(app, deps);
  registerAnswerButtons(app, deps);
  registerAnswerTools(app, deps);
  registerImportActions(app, deps);
  registerFileShared(app, deps);

  let port: number | undefined;
  return {
    mode,
    client: app.client,
    get port() {
      return port;
    },
    async start() {
      // auth.test: a revoked or mistyped token, or an unreachable Slack, stops start-up here within seconds.
      await checkBotToken(o.slack.botToken, o.slack.apiUrl);
      await app.init().catch(startUpFailure('SLACK_BOT_TOKEN', BOT_TOKEN_HELP, o.slack.apiUrl));
      if (mode === 'socket') {
        await app
          .start()
          .catch(
            startUpFailure(
              'SLACK_APP_TOKEN',
              'create an App-Level Token with the connections:write scope under Slack app → Basic Information',
              o.slack.apiUrl,
            ),
          );
      } else {
        const server = (await app.start(o.host ? { port: o.port, host: o.host } : o.port)) as Server;
        const address = server.address();
        port = typeof address === 'object' && address ? address.port : o.port;
      }
      o.logger.info({ component: 'slack', mode, port }, 'Slack app started');
    },
    async stop() {
      await app.stop();
      await work.idle();
      o.logger.info({ component: 'slack', mode }, 'Slack app stopped');
    },
    idle: () => work.idle(),
  };
}
