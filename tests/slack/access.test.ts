import { expect, test } from 'vitest';
import { isAllowed } from '../../src/adapters/slack/access.ts';

test('empty allowlists allow everyone everywhere', () => {
  expect(isAllowed({ allowedChannels: [], allowedUsers: [] }, 'C1', 'U1')).toBe(true);
  expect(isAllowed({ allowedChannels: [], allowedUsers: [] }, 'D1', 'U1')).toBe(true);
});

test('allowed channels: only those channels, and DMs only for named users', () => {
  const channelsOnly = { allowedChannels: ['C1'], allowedUsers: [] };
  expect(isAllowed(channelsOnly, 'C1', 'U1')).toBe(true);
  expect(isAllowed(channelsOnly, 'C2', 'U1')).toBe(false);
  expect(isAllowed(channelsOnly, 'D1', 'U1')).toBe(false);
  const both = { allowedChannels: ['C1'], allowedUsers: ['U1'] };
  expect(isAllowed(both, 'D1', 'U1')).toBe(true);
  expect(isAllowed(both, 'D2', 'U2')).toBe(false);
  expect(isAllowed(both, 'C2', 'U1')).toBe(false);
});

test('allowed users: only them, in any channel', () => {
  const usersOnly = { allowedChannels: [], allowedUsers: ['U1'] };
  expect(isAllowed(usersOnly, 'C9', 'U1')).toBe(true);
  expect(isAllowed(usersOnly, 'C9', 'U2')).toBe(false);
  expect(isAllowed(usersOnly, 'C9', undefined)).toBe(false);
});
