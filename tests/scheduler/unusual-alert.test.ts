import { describe, expect, it } from 'vitest';
import { DigestScheduler } from '../../src/adapters/scheduler/digest-scheduler.ts';
import { handleScheduleCommand } from '../../src/adapters/scheduler/schedule-commands.ts';
import { MemoryStore } from '../../src/adapters/store/memory-store.ts';
import { answerPlan } from '../../src/core/answer.ts';
import { dayInZone, formatDay } from '../../src/core/model/dates.ts';
import { parseScheduleCommand } from '../../src/core/schedule/parse-schedule-command.ts';
import { planted } from '../helpers/generated.ts';
import { FakeClock, RecordingPoster } from './fakes.ts';
import { fixtureDataset } from './fixture-dataset.ts';

describe('`alert unusual …`', () => {
  const data = fixtureDataset();
  const draft = (text: string) => {
    const c = parseScheduleCommand(text, data);
    if (c.kind !== 'alert') throw new Error(`alert expected, got ${c.kind}`);
    return c.draft;
  };

  it('watches a campaign, a video or a channel, in this channel', () => {
    expect(draft('alert unusual views Taste of Harbourview here')).toEqual({
      kind: 'unusual',
      metric: 'views',
      metricLabel: 'Views',
      subject: { kind: 'campaign', id: 'taste-of-harbourview', name: 'Taste of Harbourview' },
    });
    expect(draft('alert unusual campaign night campaign')).toMatchObject({
      metric: 'views',
      subject: { kind: 'campaign', id: 'harbourview-by-night' },
    });
    expect(draft('alert unusual watch time for food tour in this channel')).toMatchObject({
      metric: 'watch-hours',
      subject: { kind: 'asset', id: 'street-food-tour' },
    });
  });

  it('watches the whole organization and its first flow when nothing is named', () => {
    expect(draft('alert unusual changes here')).toEqual({
      kind: 'unusual',
      metric: 'views',
      metricLabel: 'Views',
      subject: { kind: 'organization', name: 'Harbourview City Promotion Office' },
    });
  });

  it('refuses a subject it does not know, naming the ones it does', () => {
    expect(() => draft('alert unusual views Atlantis')).toThrow(
      /Unknown subject `Atlantis`.*Taste of Harbourview/,
    );
  });

  it('leaves week-over-week alerts as they were', () => {
    expect(draft('alert views all drops 20% week over week')).toMatchObject({
      direction: 'drops',
      thresholdPct: 20,
    });
  });
});

describe('unusual-change alerts on the scheduler', () => {
  /** A scheduler over the planted organization, with the engine itself as the service; one alert set. */
  async function setup(start: string, command: string, channelId: string) {
    const { ds } = planted();
    const clock = new FakeClock(start);
    const store = new MemoryStore(() => clock.ms());
    const poster = new RecordingPoster(clock);
    const now = () => dayInZone(clock.now(), 'UTC');
    const service = {
      today: () => formatDay(now()),
      run: async (plan: Parameters<typeof answerPlan>[0]) => answerPlan(plan, { dataset: ds, now: now() }),
      digest: () => Promise.reject(new Error('no digests in this test')),
    };
    const scheduler = new DigestScheduler({ store, service, poster, clock, alertIntervalMs: 0 });
    const reply = await handleScheduleCommand(command, { channelId, dataset: ds, store, now: clock.now() });
    return { clock, poster, scheduler, reply };
  }

  it('posts each new flag once: the week’s drop first, the next day only the new day’s figures, then nothing', async () => {
    const { clock, poster, scheduler, reply } = await setup(
      '2024-06-20T10:00:00Z',
      'alert unusual views here',
      'C-WATCH',
    );
    expect(reply.text).toContain('once for each flag');

    // June 20: the latest whole day is Wednesday June 19; its week so far (June 17–19) holds Night Ferry's drop.
    expect((await scheduler.tick()).alerts).toBe(1);
    expect(poster.posts).toHaveLength(1);
    const first = poster.posts[0]?.text ?? '';
    expect(first).toContain('Views for Gen Org, or anything in it, is newly unusual');
    expect(first).toContain('*Night Ferry* (video): 1,500 views in the week of Jun 17 – Jun 19, 2024');
    expect(first).not.toContain('Kite Festival');

    // Checked again the same day: nothing new.
    expect((await scheduler.tick()).alerts).toBe(0);

    // June 21: Thursday June 20 is whole, with Kite Festival's spike; the week's drop was already posted (a flag is
    // its span, the span's first day and its subject), so only the new day's figures come.
    clock.set('2024-06-21T10:00:00Z');
    expect((await scheduler.tick()).alerts).toBe(1);
    const second = poster.posts[1]?.text ?? '';
    expect(second).toContain("*Kite Festival* (video): Thursday's 6,100 views on June 20, 2024");
    expect(second).not.toMatch(/Night Ferry\* \(video\): [\d,]+ views in the week/);

    // Days later the data has not moved: the same flags, never posted again.
    clock.set('2024-06-26T10:00:00Z');
    expect((await scheduler.tick()).alerts).toBe(0);
    expect(poster.posts).toHaveLength(2);
    expect(poster.posts.every((p) => p.channelId === 'C-WATCH')).toBe(true);
  });

  it('posts a flag again on the next check when the post did not reach Slack', async () => {
    const { poster, scheduler } = await setup(
      '2024-06-21T10:00:00Z',
      'alert unusual views Spring Push',
      'C1',
    );
    poster.failures.push(new Error('socket hang up'));
    expect((await scheduler.tick()).alerts).toBe(0);
    expect((await scheduler.tick()).alerts).toBe(1);
    expect(poster.posts[0]?.text).toContain('Kite Festival');
  });
});
