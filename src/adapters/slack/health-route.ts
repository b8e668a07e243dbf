import type { CustomRoute } from '@slack/bolt';
import type { PulseService } from '../../app/pulse-types.ts';

/** GET /healthz for load balancers: up, and which data it serves (no paths, no error text). */
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
      };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    },
  };
}
