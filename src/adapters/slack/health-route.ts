import type { CustomRoute } from '@slack/bolt';
import type { PulseService } from '../../app/pulse-types.ts';
import type { KeyValueStore } from '../../core/ports.ts';

/** A store slower than this to answer one read is as good as down for a Slack ack. */
const STORE_PROBE_MS = 1000;

/** One read of a key nobody writes: "ok" when the store answers in time, else "unreachable". */
async function probeStore(store: KeyValueStore): Promise<'ok' | 'unreachable'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), STORE_PROBE_MS);
  });
  try {
    await Promise.race([store.get('health:probe'), late]);
    return 'ok';
  } catch {
    return 'unreachable';
  } finally {
    clearTimeout(timer);
  }
}

/**
 * GET /healthz for load balancers and people: up, which data it serves, whether the store answers, and per source
 * (file or URL) how far its figures reach, when it last loaded and its standing failure. Names are file names and
 * redacted URLs; failures say where and what kind, never file contents. 503 when the store is down: without it
 * the bot can neither dedupe events nor remember threads.
 */
export function healthRoute(service: PulseService, store: KeyValueStore): CustomRoute {
  return {
    path: '/healthz',
    method: ['GET'],
    handler: (_req, res) => {
      void probeStore(store).then((storeHealth) => {
        const data = service.data.current();
        const ok = storeHealth === 'ok';
        const body = {
          ok,
          store: storeHealth,
          data: { asOf: data.asOf ?? null, version: data.meta.version },
          reloadFailed: service.data.lastError() !== undefined,
          sources: (service.data.sources?.() ?? []).map((s) => ({
            kind: s.kind,
            name: s.name,
            dataThrough: s.through,
            lastLoadedAt: s.loadedAt?.toISOString() ?? null,
            lastError: s.error ? { message: s.error.message, at: s.error.at.toISOString() } : null,
            ...(s.refreshMs ? { refreshMinutes: s.refreshMs / 60_000 } : {}),
          })),
        };
        res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      });
    },
  };
}
