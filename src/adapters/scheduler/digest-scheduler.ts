import { randomUUID } from 'node:crypto';
import { Cron } from 'croner';
import type { PulseService } from '../../app/pulse-types.ts';
import type { DigestResult } from '../../core/digest/digest-types.ts';
import type { Clock, KeyValueStore, Logger } from '../../core/ports.ts';
import { silentLogger, systemClock } from '../../core/ports.ts';
import type { AlertRule, Subscription } from '../../core/schedule/schedule-types.ts';
import { chartAltText, chartFilename } from '../chart/chart.ts';
import type { ChartRenderer } from '../chart/chart-cache.ts';
import { digestChart } from '../chart/digest-chart.ts';
import { type AlertState, alertMessage, breaches, readAlert } from './alert-check.ts';
import type { ChartImage, DigestPoster } from './digest-poster.ts';
import { PostError } from './digest-poster.ts';
import { runPool, shuffled } from './run-pool.ts';
import { KEYS, ScheduleRepo } from './schedule-repo.ts';
import { type SlotSchedule, SlotScheduleCache } from './slot-schedule.ts';
import { checkUnusualAlert } from './unusual-alert.ts';

export interface DigestSchedulerOptions {
  store: KeyValueStore;
  /** `data` is optional: with it, subscriptions that would get the same digest share one computation per tick. */
  service: Pick<PulseService, 'digest' | 'run' | 'today'> & Partial<Pick<PulseService, 'data'>>;
  poster: DigestPoster;
  clock?: Clock;
  logger?: Logger;
  /** A slot missed while down is posted when back within this window, skipped after (default 6 h). */
  catchUpMs?: number;
  /** Names this replica in claims and logs. */
  replicaId?: string;
  /** How often alerts are evaluated (default 15 min). */
  alertIntervalMs?: number;
  /** Channels served at once by this replica (each channel's posts go one after another). */
  channelConcurrency?: number;
  /** Renders the weekly chart; false posts digests without one. */
  renderChart?: ChartRenderer | false;
  /** When the heartbeat ticks (croner pattern, default every minute at :00). */
  heartbeat?: string;
}

export interface TickReport {
  /** Slots this replica found due (every replica finds the same ones). */
  due: number;
  posted: number;
  /** Skipped because nothing changed (skip-when-unchanged). */
  unchanged: number;
  /** Already claimed by another replica or an earlier run. */
  taken: number;
  /** Missed by more than the catch-up window: never posted. */
  expired: number;
  /** Failed; retried on the next tick when the failure may heal. */
  failed: number;
  alerts: number;
}

interface Entry {
  sub: Subscription;
  schedule: SlotSchedule;
  createdAt: number;
  nextDue?: number;
  /** Slots to try again (a failed post, or a channel another replica was serving), not before `after`. */
  retry: { slot: number; after: number }[];
}

interface DueSlot {
  entry: Entry;
  slot: Date;
}

type DigestOutput = Awaited<ReturnType<PulseService['digest']>>;

const DAY_MS = 86_400_000;
/** How long a channel lease lasts unless renewed; also when the other replicas look again. */
const LEASE_MS = 60_000;

const emptyReport = (): TickReport => ({
  due: 0,
  posted: 0,
  unchanged: 0,
  taken: 0,
  expired: 0,
  failed: 0,
  alerts: 0,
});

/**
 * Posts each subscription's digest once per slot, whatever the number of replicas and restarts.
 *
 * Every replica runs this with the same shared store. Each tick it works out which slots are due in each
 * subscription's own zone, then per channel takes a lease (one replica paces a channel's posts, so replicas
 * do not trip Slack's per-channel limit together) and, per slot, an atomic claim (`SET NX PX`) before posting.
 * Claims outlive the catch-up window, so a restart or a late replica finds the slot taken and never posts twice.
 */
export class DigestScheduler {
  readonly #repo: ScheduleRepo;
  readonly #store: KeyValueStore;
  readonly #service: DigestSchedulerOptions['service'];
  readonly #poster: DigestPoster;
  readonly #clock: Clock;
  readonly #log: Logger;
  readonly #catchUpMs: number;
  readonly #replica: string;
  readonly #alertEveryMs: number;
  readonly #concurrency: number;
  readonly #renderChart: ChartRenderer | false;
  readonly #heartbeatPattern: string;
  readonly #entries = new Map<string, Entry>();
  readonly #schedules = new SlotScheduleCache();
  #lastAlertCheck = Number.NEGATIVE_INFINITY;
  /** This tick's digests by channel view and options: identical digests are computed once. */
  #digests = new WeakMap<object, Map<string, Promise<DigestOutput>>>();
  #heartbeat: Cron | undefined;
  #running: Promise<TickReport> | undefined;

  constructor(options: DigestSchedulerOptions) {
    this.#store = options.store;
    this.#repo = new ScheduleRepo(options.store);
    this.#service = options.service;
    this.#poster = options.poster;
    this.#clock = options.clock ?? systemClock;
    this.#log = options.logger ?? silentLogger;
    this.#catchUpMs = options.catchUpMs ?? 6 * 3_600_000;
    this.#replica = options.replicaId ?? randomUUID().slice(0, 8);
    this.#alertEveryMs = options.alertIntervalMs ?? 15 * 60_000;
    this.#concurrency = options.channelConcurrency ?? 64;
    this.#renderChart = options.renderChart ?? false;
    this.#heartbeatPattern = options.heartbeat ?? '* * * * *';
  }

  get replicaId(): string {
    return this.#replica;
  }

  /** Catches up at once, then ticks on the heartbeat. */
  async start(): Promise<TickReport> {
    this.#heartbeat ??= new Cron(this.#heartbeatPattern, { protect: true }, () => {
      void this.tick().catch((error: unknown) =>
        this.#log.error({ err: String(error) }, 'scheduler tick failed'),
      );
    });
    return this.tick();
  }

  async stop(): Promise<void> {
    this.#heartbeat?.stop();
    this.#heartbeat = undefined;
    await this.#running?.catch(() => undefined);
  }

  /** One pass: due digests, then alerts when their interval has passed. Overlapping calls share the pass. */
  tick(): Promise<TickReport> {
    this.#running ??= this.#tick().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  async #tick(): Promise<TickReport> {
    const report = emptyReport();
    const now = this.#clock.now().getTime();
    this.#digests = new WeakMap();
    await this.#sync();
    const { due, late } = this.#dueSlots(now);
    report.due = due.length;
    await this.#countMissed(late, report);
    await this.#postDue(due, now, report);
    if (now - this.#lastAlertCheck >= this.#alertEveryMs) {
      this.#lastAlertCheck = now;
      await this.#checkAlerts(report);
    }
    if (report.posted || report.failed || report.alerts || report.expired) {
      this.#log.info({ replica: this.#replica, ...report }, 'scheduler tick');
    }
    return report;
  }

  /** Mirrors the subscriptions in the store: new ones are loaded once (they never change), removed ones dropped. */
  async #sync(): Promise<void> {
    const ids = new Set(await this.#repo.subscriptionIds());
    for (const id of this.#entries.keys()) if (!ids.has(id)) this.#entries.delete(id);
    const fresh = [...ids].filter((id) => !this.#entries.has(id));
    const subs = await Promise.all(fresh.map((id) => this.#repo.getSubscription(id)));
    for (const sub of subs) {
      if (!sub) continue;
      try {
        const schedule = this.#schedules.get(sub.schedule.cron, sub.timezone);
        this.#entries.set(sub.id, { sub, schedule, createdAt: Date.parse(sub.createdAt), retry: [] });
      } catch (error) {
        this.#log.warn({ subscription: sub.id, err: String(error) }, 'subscription has an unusable schedule');
      }
    }
  }

  #dueSlots(now: number): { due: DueSlot[]; late: DueSlot[] } {
    const due: DueSlot[] = [];
    const late: DueSlot[] = [];
    const inWindow = (slot: number, entry: Entry) => slot >= entry.createdAt && now - slot <= this.#catchUpMs;
    for (const entry of this.#entries.values()) {
      const waiting = entry.retry.filter((r) => r.after > now);
      for (const { slot } of entry.retry.filter((r) => r.after <= now)) {
        if (inWindow(slot, entry)) due.push({ entry, slot: new Date(slot) });
        else late.push({ entry, slot: new Date(slot) });
      }
      entry.retry = waiting;
      entry.nextDue ??= now;
      if (entry.nextDue > now) continue;
      // Only the latest slot counts: after downtime, one catch-up post, not one per missed slot.
      const latest = entry.schedule.latestAtOrBefore(new Date(now))?.getTime();
      entry.nextDue = entry.schedule.nextAfter(new Date(now))?.getTime() ?? Number.POSITIVE_INFINITY;
      if (latest === undefined || latest < entry.createdAt) continue;
      if (inWindow(latest, entry)) due.push({ entry, slot: new Date(latest) });
      else late.push({ entry, slot: new Date(latest) });
    }
    return { due, late };
  }

  /** Counts (and logs) the late slots that nobody posted: those were missed for good. */
  async #countMissed(late: DueSlot[], report: TickReport): Promise<void> {
    const missed = await Promise.all(
      late.map(async ({ entry, slot }) => {
        const done = await this.#store.get(KEYS.slot(entry.sub.id, slot)).catch(() => 'unknown');
        if (done !== undefined) return false;
        this.#log.warn(
          { subscription: entry.sub.id, slot: slot.toISOString(), catchUpMs: this.#catchUpMs },
          'digest slot missed beyond the catch-up window; skipped',
        );
        return true;
      }),
    );
    report.expired += missed.filter(Boolean).length;
  }

  async #postDue(due: DueSlot[], now: number, report: TickReport): Promise<void> {
    const byChannel = new Map<string, DueSlot[]>();
    for (const d of due) {
      const list = byChannel.get(d.entry.sub.channelId) ?? [];
      list.push(d);
      byChannel.set(d.entry.sub.channelId, list);
    }
    await runPool(shuffled([...byChannel.entries()]), this.#concurrency, async ([channelId, slots]) => {
      const leaseKey = `sched:lease:${channelId}`;
      const lease = await this.#store.claim(leaseKey, this.#replica, LEASE_MS).catch((error: unknown) => {
        this.#log.error({ err: String(error) }, 'channel lease failed');
        return false;
      });
      if (!lease) {
        // Another replica serves this channel now; look again after its lease in case it died half-way.
        for (const d of slots) d.entry.retry.push({ slot: d.slot.getTime(), after: now + LEASE_MS });
        report.taken += slots.length;
        return;
      }
      // Held while this channel's posts go out (renewed, since a long queue outlasts one lease), then released.
      const renew = setInterval(() => {
        void this.#store.set(leaseKey, this.#replica, LEASE_MS).catch(() => undefined);
      }, LEASE_MS / 3);
      renew.unref();
      try {
        slots.sort((a, b) => a.slot.getTime() - b.slot.getTime());
        for (const d of slots) await this.#postSlot(d, report);
      } finally {
        clearInterval(renew);
        await this.#store.delete(leaseKey).catch(() => undefined);
      }
    });
  }

  async #postSlot({ entry, slot }: DueSlot, report: TickReport): Promise<void> {
    const { sub } = entry;
    const key = KEYS.slot(sub.id, slot);
    const keepMs = this.#catchUpMs + DAY_MS;
    let claimed = false;
    try {
      claimed = await this.#store.claim(key, `posting by ${this.#replica}`, keepMs);
      if (!claimed) {
        report.taken++;
        return;
      }
      const { result, rendered } = await this.#digest(sub);
      if (sub.skipUnchanged && result.unchanged) {
        await this.#store.set(key, `unchanged, seen by ${this.#replica}`, keepMs);
        report.unchanged++;
        return;
      }
      const chart = await this.#chart(result);
      await this.#poster.post(sub.channelId, rendered, chart);
      await this.#store.set(key, `posted by ${this.#replica}`, keepMs);
      report.posted++;
    } catch (error) {
      report.failed++;
      const delivered = error instanceof PostError && error.delivered;
      const retry = !delivered && !(error instanceof PostError && !error.retryable);
      this.#log.error(
        { subscription: sub.id, slot: slot.toISOString(), retry, err: String(error) },
        'scheduled digest failed',
      );
      if (!claimed) {
        entry.retry.push({ slot: slot.getTime(), after: 0 });
      } else if (retry) {
        // Nothing reached Slack: release the slot so a later tick (here or on another replica) tries again.
        await this.#store.delete(key).catch(() => undefined);
        entry.retry.push({ slot: slot.getTime(), after: 0 });
      }
    }
  }

  /**
   * The subscription's digest. The digest depends only on what the channel may see (the dataset view, shared by
   * channels with the same visibility), the day, the period and the campaigns, so those key a per-tick memo.
   */
  #digest(sub: Subscription): Promise<DigestOutput> {
    const compute = () =>
      this.#service.digest({
        period: sub.period,
        campaigns: sub.campaigns,
        viewer: { channelId: sub.channelId },
      });
    const view = this.#service.data?.current().forChannel(sub.channelId);
    if (!view) return compute();
    const key = [this.#service.today(), sub.period, [...sub.campaigns].sort().join(',')].join('|');
    const memo = this.#digests.get(view) ?? new Map<string, Promise<DigestOutput>>();
    this.#digests.set(view, memo);
    let made = memo.get(key);
    if (!made) {
      made = compute();
      memo.set(key, made);
      // A failed computation is not shared: the next subscription (or tick) tries afresh.
      made.catch(() => memo.delete(key));
    }
    return made;
  }

  async #chart(result: DigestResult): Promise<ChartImage | undefined> {
    const chart = digestChart(result);
    if (!this.#renderChart || !chart) return undefined;
    try {
      const png = await this.#renderChart(chart);
      return { png, filename: chartFilename(chart), title: chart.title, altText: chartAltText(chart) };
    } catch (error) {
      this.#log.warn({ err: String(error) }, 'digest chart could not be drawn; posting without it');
      return undefined;
    }
  }

  async #checkAlerts(report: TickReport): Promise<void> {
    let rules: AlertRule[];
    try {
      rules = await this.#repo.alerts();
    } catch (error) {
      this.#log.error({ err: String(error) }, 'alerts could not be read');
      return;
    }
    await runPool(rules, 8, async (rule) => {
      try {
        if (await this.#checkAlert(rule)) report.alerts++;
      } catch (error) {
        this.#log.warn({ alert: rule.id, err: String(error) }, 'alert check failed');
      }
    });
  }

  /** Posts when the condition becomes true; stays quiet until it clears, then re-arms. */
  async #checkAlert(rule: AlertRule): Promise<boolean> {
    if (rule.kind === 'unusual')
      return checkUnusualAlert(rule, {
        service: this.#service,
        store: this.#store,
        poster: this.#poster,
        replica: this.#replica,
      });
    const reading = await readAlert(rule, this.#service);
    const firing = breaches(rule, reading);
    const stateKey = KEYS.alertState(rule.id);
    const state = (await this.#store.get<AlertState>(stateKey)) ?? { firing: false, episode: 0 };
    if (!firing) {
      if (state.firing) await this.#store.set(stateKey, { firing: false, episode: state.episode + 1 });
      return false;
    }
    if (state.firing) return false;
    // One post per episode, whichever replica sees the breach first.
    const fireKey = KEYS.alertFire(rule.id, state.episode);
    if (!(await this.#store.claim(fireKey, this.#replica, 400 * DAY_MS))) return false;
    try {
      await this.#poster.post(rule.channelId, alertMessage(rule, reading));
    } catch (error) {
      if (!(error instanceof PostError && error.delivered)) await this.#store.delete(fireKey);
      throw error;
    }
    await this.#store.set(stateKey, { firing: true, episode: state.episode });
    return true;
  }
}

export const createDigestScheduler = (options: DigestSchedulerOptions): DigestScheduler =>
  new DigestScheduler(options);
