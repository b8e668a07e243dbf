import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DownloadError,
  downloadSharedFile,
  MAX_IMPORT_BYTES,
} from '../../src/adapters/slack/download-file.ts';
import { FakeSlackApi } from '../fakes/fake-slack-api.ts';

// The bot token goes only to Slack's file hosts (here: the configured API's host, the fake), never to a URL a
// payload could point elsewhere; what Slack sends instead of a file is not taken for one.

let api: FakeSlackApi;
beforeEach(async () => {
  api = await new FakeSlackApi().start();
});
afterEach(() => api.close());

const TOKEN = 'xoxb-test-token';

describe('downloadSharedFile', () => {
  it('fetches url_private_download with the bot token as a Bearer header', async () => {
    const info = api.shareFile('F1', 'Overview.csv', 'Date,Likes\n');
    const bytes = await downloadSharedFile(
      { id: 'F1', name: info.name, url: info.url_private_download },
      TOKEN,
      api.apiUrl,
    );
    expect(Buffer.from(bytes).toString()).toBe('Date,Likes\n');
    expect(api.callsTo('download')[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('never sends the token to another host', async () => {
    const other = await new FakeSlackApi().start();
    const info = other.shareFile('F1', 'Overview.csv', 'Date,Likes\n');
    await expect(
      downloadSharedFile({ id: 'F1', name: info.name, url: info.url_private_download }, TOKEN, api.apiUrl),
    ).rejects.toThrow(DownloadError);
    expect(other.callsTo('download')).toEqual([]);
    await other.close();
  });

  it("refuses Slack's sign-in page (a token without files:read) and files too big to be an export", async () => {
    const info = api.shareFile('F1', 'Overview.csv', 'Date,Likes\n');
    await expect(
      downloadSharedFile(
        { id: 'F1', name: info.name, url: info.url_private_download },
        'xoxb-other',
        api.apiUrl,
      ),
    ).rejects.toThrow(/web page instead of the file/);
    await expect(
      downloadSharedFile(
        { id: 'F1', name: info.name, url: info.url_private_download, size: MAX_IMPORT_BYTES + 1 },
        TOKEN,
        api.apiUrl,
      ),
    ).rejects.toThrow(/too large/);
  });
});
