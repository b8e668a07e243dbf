import { platformName } from '../../model/names.ts';
import type { Recogniser } from './recogniser.ts';

/**
 * "How did we do on Bilibili?" when the data has no Bilibili channel: the platform is named back, never dropped
 * for the organization's total, whatever else the question asks.
 */
export const absentPlatform: Recogniser<string[]> = {
  name: 'absent-platform',
  matches: (s) => {
    const present = new Set(s.ctx.dataset.catalog.channels.map((c) => c.platform));
    const absent = s
      .refs('platform')
      .filter((r) => !present.has(r.id))
      .map((r) => platformName(r.id));
    return absent.length > 0 ? absent : undefined;
  },
  build: (_s, absent) => ({
    plan: { op: 'help', unknown: absent, suggestions: [] },
    confident: true,
    unknown: absent,
    followUp: false,
  }),
};
