import { accountExport } from './account-export.ts';
import { isLevelName } from './export-sheet.ts';

// TikTok Studio: `Overview.csv` (Date, Video Views, Profile Views, Likes, Comments, Shares) and
// `FollowerHistory.csv` (Date, Followers, Difference in followers from previous day), daily, for the account.
// Dates are written without a year (`October 1`): it comes from --year or the export's name.

export const readTiktok = accountExport({
  platform: 'tiktok',
  name: 'a TikTok Studio export (Overview.csv, FollowerHistory.csv)',
  known: [
    'Video Views',
    'Profile Views',
    'Likes',
    'Comments',
    'Shares',
    'Followers',
    'Difference in followers from previous day',
  ],
  layout: (header) =>
    header.some(isLevelName) ? 'FollowerHistory (daily, account)' : 'Overview (daily, account)',
});
