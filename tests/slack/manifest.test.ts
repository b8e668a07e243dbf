import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { SLASH_COMMAND } from '../../src/adapters/slack/command-handler.ts';

// The manifest is what a user pastes into Slack: it must ask for exactly what the adapter handles.

interface Manifest {
  features: {
    slash_commands: { command: string }[];
    assistant_view?: unknown;
    app_home: { messages_tab_enabled: boolean };
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

const manifest = parse(readFileSync(new URL('../../manifest.yaml', import.meta.url), 'utf8')) as Manifest;

test('every event Pulse listens to is subscribed, with the scope it needs', () => {
  const events = manifest.settings.event_subscriptions.bot_events;
  const scopes = manifest.oauth_config.scopes.bot;
  const needs: Record<string, string> = {
    app_mention: 'app_mentions:read',
    file_shared: 'files:read',
    'message.channels': 'channels:history',
    'message.groups': 'groups:history',
    'message.im': 'im:history',
    'message.mpim': 'mpim:history',
    assistant_thread_started: 'assistant:write',
    assistant_thread_context_changed: 'assistant:write',
  };
  for (const [event, scope] of Object.entries(needs)) {
    expect(events).toContain(event);
    expect(scopes).toContain(scope);
  }
  expect(scopes).toEqual(expect.arrayContaining(['chat:write', 'commands']));
});

test('the slash command, buttons, DMs, assistant panel and Socket Mode are enabled', () => {
  expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([SLASH_COMMAND]);
  expect(manifest.settings.interactivity.is_enabled).toBe(true);
  expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
  expect(manifest.features.assistant_view).toBeDefined();
  expect(manifest.settings.socket_mode_enabled).toBe(true);
});
