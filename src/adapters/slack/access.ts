// PULSE_ALLOWED_CHANNELS / PULSE_ALLOWED_USERS. Empty lists allow everyone. A direct message (or the assistant
// panel) is a channel that no allowlist of channels names, so when channels are restricted it is allowed only
// to users listed by name: otherwise anyone in the workspace could read the figures by DM.

export interface AccessPolicy {
  allowedChannels: readonly string[];
  allowedUsers: readonly string[];
}

export const isDirectChannel = (channelId: string | undefined): boolean =>
  channelId?.startsWith('D') ?? false;

export function isAllowed(
  policy: AccessPolicy,
  channelId: string | undefined,
  userId: string | undefined,
): boolean {
  const { allowedChannels, allowedUsers } = policy;
  const userOk = allowedUsers.length === 0 || (userId !== undefined && allowedUsers.includes(userId));
  if (!userOk) return false;
  if (allowedChannels.length === 0) return true;
  if (channelId !== undefined && allowedChannels.includes(channelId)) return true;
  return isDirectChannel(channelId) && allowedUsers.length > 0;
}

export const REFUSAL =
  "Sorry, I'm only set up to answer for some channels and people in this workspace. " +
  'Ask in one of the channels I serve, or ask whoever runs Pulse to add this one.';

/**
 * Commands that change what every channel is served (`reload`) are for PULSE_ADMIN_USERS when it is set; unset,
 * they stay open to everyone allowed, as before admins existed.
 */
export const ADMIN_COMMANDS = new Set(['reload']);

export const mayRunCommand = (admins: readonly string[], userId: string, text: string): boolean =>
  admins.length === 0 ||
  admins.includes(userId) ||
  !ADMIN_COMMANDS.has(
    (
      text
        .trim()
        .replace(/^\/?pulse\b/i, '')
        .trim()
        .split(/\s+/)[0] ?? ''
    ).toLowerCase(),
  );

export const ADMIN_ONLY =
  "Sorry, only Pulse's admins can do that. `/pulse status` shows which data is served.";
