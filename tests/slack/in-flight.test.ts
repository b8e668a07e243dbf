import { expect, test } from 'vitest';
import { InFlight } from '../../src/adapters/slack/in-flight.ts';

test('idle waits for work, including work started while waiting, and survives failures', async () => {
  const work = new InFlight();
  const done: string[] = [];
  let release: () => void = () => {};
  void work.run(
    () =>
      new Promise<void>((resolve) => {
        release = resolve;
      }),
  );
  const failing = work.run(async () => {
    throw new Error('boom');
  });
  await expect(failing).rejects.toThrow('boom');
  const idle = work.idle().then(() => done.push('idle'));
  void work.run(async () => {
    done.push('late');
  });
  expect(work.size).toBeGreaterThan(0);
  release();
  await idle;
  expect(done).toEqual(['late', 'idle']);
  expect(work.size).toBe(0);
});
