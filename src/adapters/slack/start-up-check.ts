import { webApi } from '@slack/bolt';
import { ConfigError, PulseError } from '../../core/errors.ts';
import { errorFields } from './friendly-error.ts';
import { undiciFetch } from './undici-fetch.ts';

export const BOT_TOKEN_HELP = 'copy the Bot User OAuth Token (xoxb-…) from Slack app → OAuth & Permissions';

/** Start-up tries Slack a few times within seconds, not the minutes an answer's post may wait. */
const START_UP_RETRIES: webApi.RetryOptions = { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 1000 };
const START_UP_TIMEOUT_MS = 5000;

/**
 * Turns a failed start-up call into a ConfigError that says which it was: Slack refused the token (it answered,
 * with a reason), or Slack could not be reached at all (network, DNS, a 5xx): the fix differs.
 */
export const startUpFailure =
  (variable: string, howTo: string, apiUrl = 'https://slack.com/api/') =>
  (error: unknown): never => {
    if (error instanceof PulseError) throw error;
    const code = errorFields(error).code;
    if (code === webApi.ErrorCode.PlatformError) {
      const reason = (error as { data?: { error?: unknown } }).data?.error;
      throw new ConfigError(
        `Slack rejected ${variable}${typeof reason === 'string' ? ` (${reason})` : ''}: ${howTo}`,
        { cause: error },
      );
    }
    const why = (error as { original?: { code?: unknown } }).original?.code ?? code ?? 'no answer';
    throw new ConfigError(
      `cannot reach the Slack API at ${new URL(apiUrl).host} (${String(why)}): check the network or SLACK_API_URL`,
      { cause: error },
    );
  };

/** auth.test with the bot token, bounded to seconds, before Bolt makes the same call with its patient client. */
export async function checkBotToken(token: string, apiUrl: string | undefined): Promise<void> {
  const client = new webApi.WebClient(token, {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    retryConfig: START_UP_RETRIES,
    timeout: START_UP_TIMEOUT_MS,
    fetch: undiciFetch,
    logLevel: webApi.LogLevel.ERROR,
  });
  await client.auth.test().catch(startUpFailure('SLACK_BOT_TOKEN', BOT_TOKEN_HELP, apiUrl));
}
