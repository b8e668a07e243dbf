import { accountExport } from './account-export.ts';

// X (Twitter) analytics: `account_overview_analytics.csv`, daily, for the account.

export const readX = accountExport({
  platform: 'x',
  name: 'an X account overview export (account_overview_analytics.csv)',
  known: [
    'Impressions',
    'Likes',
    'Engagements',
    'Bookmarks',
    'Shares',
    'New follows',
    'Unfollows',
    'Replies',
    'Reposts',
    'Profile visits',
    'Create Post',
    'Video views',
    'Media views',
  ],
  layout: () => 'account overview (daily, account)',
});
