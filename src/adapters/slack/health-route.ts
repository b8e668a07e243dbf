import type { CustomRoute } from '@slack/bolt';
import type { PulseService } from '../../app/pulse-types.ts';

/**
 * GET /healthz for load balancers and people: up, which data it serves, and per source (file or URL) how far its
 * figures reach, when it last loaded and its standing failure. Names are file names and redacted URLs; failures
 * say where and what kind, never file contents.
 */
export function healthRoute(service: PulseService): CustomRoute {
  return {
    path: '/healthz',
    method: ['GET'],
    handler: (_req, res) => {
      const data = service.data.current();
      const body = {
        ok: true,
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
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    },
  };
}
