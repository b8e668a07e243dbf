import type { PulseService } from '../../app/pulse-types.ts';
import type { Clock, FeedbackStore, KeyValueStore, Logger } from '../../core/ports.ts';
import type { ChartRenderer } from '../chart/chart-cache.ts';
import type { AccessPolicy } from './access.ts';
import type { ImportSettings } from './import-flow.ts';
import type { InFlight } from './in-flight.ts';

/** What every Slack listener needs; built once by `createSlackApp`. */
export interface SlackDeps {
  service: PulseService;
  store: KeyValueStore;
  logger: Logger;
  policy: AccessPolicy;
  work: InFlight;
  threadTtlMs: number;
  /** Pause between response_url attempts. */
  respondBackoffMs: number;
  /** Draws answer charts; false posts answers without them. */
  renderChart: ChartRenderer | false;
  feedback: FeedbackStore;
  clock: Clock;
  /** Imports from Slack and the admin-only commands. */
  imports: ImportSettings;
}
