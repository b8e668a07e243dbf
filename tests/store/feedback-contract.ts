import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Feedback, FeedbackStore, KeyValueStore } from '../../src/core/ports.ts';
import type { StoreHarness } from './store-contract.ts';

/** A plan as stored with a verdict. */
export const TOP_PLAN: Feedback['plan'] = {
  op: 'top',
  metric: 'views',
  dimension: 'asset',
  n: 5,
  order: 'desc',
  scope: {},
  period: { kind: 'month', from: '2024-05-01', to: '2024-05-31', label: 'May 2024' },
  change: false,
};

const verdict = (over: Partial<Feedback>): Feedback => ({
  question: 'top 5 videos in May',
  plan: TOP_PLAN,
  verdict: 'down',
  user: 'U1',
  channel: 'C1',
  ts: '1717400000.000100',
  at: '2024-06-05T10:00:00.000Z',
  ...over,
});

/** The behaviour every FeedbackStore must have, over each KeyValueStore it can be built on. */
export function feedbackContract(
  name: string,
  harness: StoreHarness,
  make: (store: KeyValueStore) => FeedbackStore,
): void {
  describe(`${name} feedback store contract`, () => {
    let kv: KeyValueStore;
    let feedback: FeedbackStore;

    beforeAll(async () => {
      kv = await harness.open();
      for (const key of await kv.keys('feedback:')) await kv.delete(key);
      feedback = make(kv);
    });

    afterAll(async () => {
      for (const key of await kv.keys('feedback:')) await kv.delete(key);
      await kv.close();
    });

    it('starts empty, then lists verdicts newest first with everything stored', async () => {
      expect(await feedback.list()).toEqual([]);
      const older = verdict({ ts: '1717400000.000100', at: '2024-06-05T10:00:00.000Z' });
      const newer = verdict({ ts: '1717500000.000100', at: '2024-06-06T09:00:00.000Z', verdict: 'up' });
      await feedback.record(older);
      await feedback.record(newer);
      expect(await feedback.list()).toEqual([newer, older]);
    });

    it("replaces a person's earlier verdict on the same answer, and keeps other people's", async () => {
      const ts = '1717600000.000100';
      await feedback.record(verdict({ ts, user: 'U1', verdict: 'up', at: '2024-06-07T08:00:00.000Z' }));
      await feedback.record(verdict({ ts, user: 'U2', verdict: 'down', at: '2024-06-07T08:01:00.000Z' }));
      await feedback.record(verdict({ ts, user: 'U1', verdict: 'down', at: '2024-06-07T08:02:00.000Z' }));
      const onAnswer = (await feedback.list()).filter((f) => f.ts === ts);
      expect(onAnswer.map((f) => [f.user, f.verdict])).toEqual([
        ['U1', 'down'],
        ['U2', 'down'],
      ]);
    });

    if (harness.persistent) {
      it('keeps verdicts across a restart', async () => {
        const before = await feedback.list();
        await kv.close();
        kv = await harness.open();
        feedback = make(kv);
        expect(await feedback.list()).toEqual(before);
      });
    }
  });
}
