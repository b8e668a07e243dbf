import type { PulseService } from '../../app/pulse-types.ts';
import type { KeyValueStore, Logger } from '../../core/ports.ts';
import type { AccessPolicy } from './access.ts';
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
}
